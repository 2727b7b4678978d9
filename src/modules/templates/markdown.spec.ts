import { rewriteMarkdownLinks } from './markdown';

describe('rewriteMarkdownLinks', () => {
  const seen: string[] = [];
  const track = (url: string) => {
    seen.push(url);
    return `https://t.example/c/${seen.length}`;
  };
  beforeEach(() => (seen.length = 0));

  it.each([
    ['an inline link', 'Read [the programme](https://lms.example.com/p?a=1&b=2) now.', 'Read [the programme](https://t.example/c/1) now.', ['https://lms.example.com/p?a=1&b=2']],
    ['a link whose label is its URL', '[https://a.example/x](https://a.example/x)', '[https://a.example/x](https://t.example/c/1)', ['https://a.example/x']],
    ['a title kept', '[Go](https://a.example/x "https://a.example/x")', '[Go](https://t.example/c/1 "https://a.example/x")', ['https://a.example/x']],
    ['an autolink', 'See <https://a.example/y>.', 'See <https://t.example/c/1>.', ['https://a.example/y']],
    ['a bare URL, its full stop kept', 'See https://a.example/z.', 'See https://t.example/c/1.', ['https://a.example/z']],
    ['links in a list, in order', '- [one](https://a.example/1)\n- [two](https://a.example/2)', '- [one](https://t.example/c/1)\n- [two](https://t.example/c/2)', ['https://a.example/1', 'https://a.example/2']],
    ['mailto and relative links left alone', '[mail](mailto:x@example.com) and [here](/relative)', '[mail](mailto:x@example.com) and [here](/relative)', []],
    ['escaped text that looks like a URL left alone', 'Title https\\://evil\\.example', 'Title https\\://evil\\.example', []],
  ])('%s', (_name, markdown, expected, urls) => {
    expect(rewriteMarkdownLinks(markdown, track)).toBe(expected);
    expect(seen).toEqual(urls);
  });
});
