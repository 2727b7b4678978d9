import type * as MarkedModule from 'marked';

// marked ships only ES modules, which Node (20.19+) requires natively. Node's own require is taken
// from the built-in module so that jest, whose loader cannot run ES modules, is bypassed too.
const nodeModule = process.getBuiltinModule('node:module') as typeof import('node:module');
const markedModule = nodeModule.createRequire(__filename)('marked') as typeof MarkedModule;

export type MarkdownToken = MarkedModule.Token;

/** Block tokens of a Markdown text (GitHub flavour). */
export function lexMarkdown(markdown: string): MarkdownToken[] {
  return markedModule.lexer(markdown, { gfm: true });
}

const html = new markedModule.Marked({
  gfm: true,
  renderer: {
    // Raw HTML in Markdown is shown as text, never interpreted.
    html: ({ text }) => escapeHtml(text),
    link({ href, tokens }) {
      const label = this.parser.parseInline(tokens);
      return /^(https?:|mailto:)/i.test(href) ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
    },
    image: ({ text }) => escapeHtml(text),
  },
});

/** Markdown → HTML, with raw HTML escaped and only http(s)/mailto links kept. */
export function markdownToHtml(markdown: string): string {
  return html.parse(markdown, { async: false });
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The Markdown with the target of every http(s) link (inline, reference-free autolink or bare URL)
 * replaced by `map(url)`, in document order; the rest of the text is kept as written. Used to put
 * tracked URLs in a post before its payloads are built, so every shape of the post carries them.
 */
export function rewriteMarkdownLinks(markdown: string, map: (url: string) => string): string {
  const links: MarkedModule.Tokens.Link[] = [];
  markedModule.walkTokens(lexMarkdown(markdown), (token) => {
    if (token.type === 'link' && /^https?:\/\//i.test(String(token.href))) links.push(token as MarkedModule.Tokens.Link);
  });
  let out = '';
  let cursor = 0;
  for (const link of links) {
    const at = markdown.indexOf(link.raw, cursor);
    if (at < 0) continue;
    const href = link.href;
    const target = map(href);
    // After the label: `[label](target "title")`, `<target>` or a bare target.
    const written = link.raw.indexOf(href, link.raw.startsWith('[') ? 1 + link.text.length : 0);
    // The target as written (a link whose URL was written with escapes is written again plainly).
    const raw = written >= 0
      ? `${link.raw.slice(0, written)}${target}${link.raw.slice(written + href.length)}`
      : link.raw.startsWith('[') ? `[${link.text}](${target})` : target;
    out += markdown.slice(cursor, at) + raw;
    cursor = at + link.raw.length;
  }
  return out + markdown.slice(cursor);
}
