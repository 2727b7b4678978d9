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
