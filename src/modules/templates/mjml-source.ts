import { randomBytes } from 'node:crypto';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { lineAt } from './link-checker';
import { problem, type ProblemParams, type SourceProblemCode, sourceProblem } from './source-problems';

// Elements that hold other mj-* elements; text or HTML directly inside them is dropped by MJML.
// Any other element keeps its content as HTML (mj-text, mj-button…) or is unknown (MJML names it).
const CONTAINER_TAGS = new Set([
  'mj-body',
  'mj-wrapper',
  'mj-section',
  'mj-group',
  'mj-column',
  'mj-hero',
  'mj-navbar',
  'mj-social',
  'mj-accordion',
  'mj-accordion-element',
  'mj-carousel',
]);
const DOCUMENT_TAGS = new Set(['mjml', 'mj-head', 'mj-body', 'mj-include', 'mj-attributes', 'mj-style', 'mj-font', 'mj-preview', 'mj-title', 'mj-breakpoint', 'mj-html-attributes']);

const TOKEN =
  /<!--[\s\S]*?-->|\{\{!--[\s\S]*?--\}\}|\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}|<\/?(mj-[a-z0-9-]+|mjml)\b(?:"[^"]*"|'[^']*'|[^'">])*>|<\/?[a-zA-Z][^>]*>/g;

export interface ScannedBody {
  source: string;
  errors: ErrorDetail[];
}

/**
 * Checks the structure of an MJML body fragment that MJML's lenient parser lets through (unclosed
 * or crossed elements, text or HTML where MJML silently drops it) and wraps Handlebars block tags
 * standing between elements in <mj-raw>, so MJML keeps them where they were. Lines are preserved.
 */
export function scanMjmlBody(body: string, path: string): ScannedBody {
  const errors: ErrorDetail[] = [];
  const fail = (index: number, code: SourceProblemCode, params: ProblemParams) => errors.push(sourceProblem(path, lineAt(body, index), problem(code, params)));
  const stack: Array<{ name: string; index: number }> = [];
  const reported = new Set<string>();
  let out = '';
  let cursor = 0;
  const parent = () => stack[stack.length - 1]?.name ?? 'mj-body';

  const text = (from: number, to: number) => {
    const segment = body.slice(from, to);
    if (segment.trim()) fail(from + segment.search(/\S/), 'SOURCE.MJML_TEXT_DROPPED', { text: segment.trim().slice(0, 40), parent: parent() });
    out += segment;
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(body); match; match = TOKEN.exec(body)) {
    const token = match[0];
    const index = match.index;
    text(cursor, index);
    cursor = index + token.length;

    if (token.startsWith('<!--')) {
      out += token;
    } else if (token.startsWith('{{')) {
      if (/^\{\{~?\s*([#^/!]|else\b)/.test(token)) {
        out += token.startsWith('{{!') ? token : `<mj-raw>${token}</mj-raw>`;
      } else {
        fail(index, 'SOURCE.MJML_EXPRESSION_DROPPED', { expression: token, parent: parent() });
        out += token;
      }
    } else if (match[1]) {
      const name = match[1];
      const closing = token.startsWith('</');
      const selfClosing = token.endsWith('/>');
      if (DOCUMENT_TAGS.has(name)) {
        // Said once, at the opening tag: its closing tag is the same mistake.
        if (!closing || !reported.has(name)) {
          fail(index, name === 'mj-include' ? 'SOURCE.MJML_INCLUDE' : 'SOURCE.MJML_DOCUMENT_TAG', { tag: name });
        }
        reported.add(name);
        out += token;
      } else if (closing) {
        const top = stack.pop();
        if (!top) fail(index, 'SOURCE.MJML_CLOSE_NEVER_OPENED', { tag: name });
        else if (top.name !== name) fail(index, 'SOURCE.MJML_CLOSE_CROSSED', { tag: name, open: top.name, openLine: lineAt(body, top.index) });
        out += token;
      } else if (selfClosing) {
        out += token;
      } else if (!CONTAINER_TAGS.has(name)) {
        const close = matchingClose(body, name, cursor);
        if (close < 0) {
          fail(index, 'SOURCE.MJML_NEVER_CLOSED', { tag: name });
          out += body.slice(index);
          cursor = body.length;
          break;
        }
        // Its content is HTML: an MJML element inside it is one mistake, said once (not as the
        // cascade of crossed closing tags it would otherwise cause).
        const inner = /<(mj-[a-z0-9-]+)\b/.exec(body.slice(cursor, close));
        if (inner) fail(cursor + inner.index, 'SOURCE.MJML_ELEMENT_IN_TEXT', { inner: inner[1], tag: name, openLine: lineAt(body, index) });
        out += body.slice(index, close + name.length + 3);
        cursor = close + name.length + 3;
        TOKEN.lastIndex = cursor;
      } else {
        stack.push({ name, index });
        out += token;
      }
    } else {
      fail(index, 'SOURCE.MJML_HTML_DROPPED', { html: token.slice(0, 30), parent: parent() });
      out += token;
    }
  }
  text(cursor, body.length);
  for (const open of stack.reverse()) fail(open.index, 'SOURCE.MJML_NEVER_CLOSED', { tag: open.name });
  return { source: out, errors };
}

// The `</name>` closing the element whose content starts at `from`, counting nested `<name>` of the same kind.
function matchingClose(body: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b(?:"[^"]*"|'[^']*'|[^'">])*>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(body); match; match = tags.exec(body)) {
    if (match[1]) depth -= 1;
    else if (!match[0].endsWith('/>')) depth += 1;
    if (depth === 0) return match.index;
  }
  return -1;
}

export interface ProtectedSource {
  text: string;
  tokens: string[];
  /** The placeholder standing for token i. */
  placeholder: (i: number) => string;
}

/**
 * Swaps every Handlebars expression for an inert placeholder so MJML neither parses nor mangles it
 * (quotes inside attributes, CSS inlining); `restoreMustaches` puts them back after compilation.
 */
export function protectMustaches(source: string): ProtectedSource {
  const nonce = randomBytes(4).toString('hex');
  const tokens: string[] = [];
  const placeholder = (i: number) => `hbs${nonce}x${i}x`;
  const text = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g, (token) => {
    tokens.push(token);
    return placeholder(tokens.length - 1);
  });
  return { text, tokens, placeholder };
}

/** Puts the expressions back; returns the indexes of those MJML lost, if any. */
export function restoreMustaches(compiled: string, source: ProtectedSource): { text: string; lost: number[] } {
  const seen = new Set<number>();
  const prefix = source.placeholder(0).replace(/0x$/, '');
  const text = compiled.replace(new RegExp(`${prefix}(\\d+)x`, 'g'), (whole, i: string) => {
    const index = Number(i);
    if (index >= source.tokens.length) return whole;
    seen.add(index);
    return source.tokens[index];
  });
  const lost = source.tokens.map((_, i) => i).filter((i) => !seen.has(i));
  return { text, lost };
}

/** Replaces a placeholder in an MJML message by the expression it stands for. */
export function explainPlaceholders(message: string, source: ProtectedSource): string {
  return message.replace(/hbs[0-9a-f]{8}x(\d+)x/g, (whole, i: string) => source.tokens[Number(i)] ?? whole);
}
