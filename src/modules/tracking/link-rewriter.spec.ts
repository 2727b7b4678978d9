import { rewriteEmailLinks, rewriteTextLinks, type LinkRewriteOptions } from './link-rewriter';
import type { TokenClaims } from './tracking-token';

const BASE = 'https://go.example.com';
const options: LinkRewriteOptions = {
  baseUrl: BASE,
  deliveryId: 'd1',
  // A readable stand-in for signed tokens: the kind and the link index.
  tokens: { sign: (c: TokenClaims) => (c.kind === 'c' ? `c${c.link}` : c.kind) },
  keep: (url) => url.startsWith(`${BASE}/u/`),
};

describe('rewriteEmailLinks', () => {
  it.each([
    ['double quotes', '<a href="https://a.example/x">A</a>', '<a href="https://go.example.com/t/c/c0">A</a>', ['https://a.example/x']],
    ['single quotes', "<a href='https://a.example/x'>A</a>", '<a href="https://go.example.com/t/c/c0">A</a>', ['https://a.example/x']],
    ['no quotes', '<a href=https://a.example/x>A</a>', '<a href="https://go.example.com/t/c/c0">A</a>', ['https://a.example/x']],
    [
      'attributes before and after, upper case',
      '<A class="btn" HREF = "HTTPS://a.example/x" target="_blank">A</A>',
      '<A class="btn" HREF = "https://go.example.com/t/c/c0" target="_blank">A</A>',
      ['HTTPS://a.example/x'],
    ],
    [
      'a ">" inside another attribute',
      '<a title="1 > 0" href="http://a.example/">A</a>',
      '<a title="1 > 0" href="https://go.example.com/t/c/c0">A</a>',
      ['http://a.example/'],
    ],
    ['&amp; decoded for the recorded URL', '<a href="https://a.example/?a=1&amp;b=2">A</a>', '<a href="https://go.example.com/t/c/c0">A</a>', ['https://a.example/?a=1&b=2']],
    ['numeric entities decoded', '<a href="https://a.example/?a=1&#38;b=&#x32;">A</a>', '<a href="https://go.example.com/t/c/c0">A</a>', ['https://a.example/?a=1&b=2']],
    ['mailto: kept', '<a href="mailto:dlm@example.com">M</a>', '<a href="mailto:dlm@example.com">M</a>', []],
    ['tel: kept', '<a href="tel:+33102030405">T</a>', '<a href="tel:+33102030405">T</a>', []],
    ['an anchor kept', '<a href="#top">T</a>', '<a href="#top">T</a>', []],
    ['a relative link kept', '<a href="/x">T</a>', '<a href="/x">T</a>', []],
    ['a link without href kept', '<a name="x">T</a>', '<a name="x">T</a>', []],
    ['the unsubscribe link kept', `<a href="${BASE}/u/tok">U</a>`, `<a href="${BASE}/u/tok">U</a>`, []],
    ['an <abbr> is not an anchor', '<abbr href="https://a.example/">X</abbr>', '<abbr href="https://a.example/">X</abbr>', []],
    [
      'one index per distinct URL, in order',
      '<a href="https://a.example/1">1</a><a href="https://a.example/2">2</a><a href="https://a.example/1">1</a>',
      '<a href="https://go.example.com/t/c/c0">1</a><a href="https://go.example.com/t/c/c1">2</a><a href="https://go.example.com/t/c/c0">1</a>',
      ['https://a.example/1', 'https://a.example/2'],
    ],
  ])('%s', (_name, html, expected, links) => {
    const result = rewriteEmailLinks(`<html><body>${html}</body></html>`, options);
    expect(result.links).toEqual(links);
    expect(result.html.replace(/<img[^>]*\/>/, '')).toBe(`<html><body>${expected}</body></html>`);
  });

  it('adds the open pixel just before the last </body>, or at the end without one', () => {
    const pixel = `<img src="${BASE}/t/o/o" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0;" />`;
    expect(rewriteEmailLinks('<body><p>x</p></BODY >', options).html).toBe(`<body><p>x</p>${pixel}</BODY >`);
    expect(rewriteEmailLinks('<p>x</p>', options).html).toBe(`<p>x</p>${pixel}`);
  });
});

describe('rewriteTextLinks', () => {
  it.each([
    ['a known URL keeps its index', 'Go: https://a.example/2', ['https://a.example/1', 'https://a.example/2'], 'Go: https://go.example.com/t/c/c1', 2],
    ['final punctuation stays outside', 'See https://a.example/1.', ['https://a.example/1'], 'See https://go.example.com/t/c/c0.', 1],
    ['a URL in brackets', '(https://a.example/1)', ['https://a.example/1'], '(https://go.example.com/t/c/c0)', 1],
    ['a text-only URL is appended', 'https://b.example/', ['https://a.example/1'], 'https://go.example.com/t/c/c1', 2],
    ['the unsubscribe link is kept', `Stop: ${BASE}/u/tok`, [], `Stop: ${BASE}/u/tok`, 0],
    ['mailto: is no URL', 'mailto:dlm@example.com', [], 'mailto:dlm@example.com', 0],
  ])('%s', (_name, text, links, expected, count) => {
    const result = rewriteTextLinks(text, { ...options, links });
    expect(result.text).toBe(expected);
    expect(result.links).toHaveLength(count);
    expect(result.links.slice(0, links.length)).toEqual(links);
  });
});
