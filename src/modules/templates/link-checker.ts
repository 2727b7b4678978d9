import Handlebars from 'handlebars';
import type { ErrorDetail } from '../../common/errors/domain-error';
import type { VariableSchema } from './render-context';

const URL_ATTRIBUTE = /\b(href|src|action|formaction|background|poster|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const MARKDOWN_LINK = /\]\(\s*(<[^>]*>|[^)\s]*)/g;
const SAFE_SCHEME = /^(https?:\/\/|mailto:|tel:|#)/i;

/**
 * Every link written in a template must be http(s) (or mailto:, tel:, #anchor) or a URL variable
 * such as `{{links.enrol}}`; `javascript:` and friends are refused however they are disguised
 * (case, white space, entities).
 */
export function checkLinks(source: string, path: string, schema: VariableSchema, kind: 'html' | 'markdown'): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const check = (raw: string, index: number) => {
    const problem = linkProblem(raw, schema);
    if (problem) errors.push({ path, message: `line ${lineAt(source, index)}: ${problem}` });
  };
  for (const match of source.matchAll(URL_ATTRIBUTE)) {
    check(unquote(match[2]), match.index ?? 0);
  }
  if (kind === 'markdown') {
    for (const match of source.matchAll(MARKDOWN_LINK)) check(match[1].replace(/^<|>$/g, ''), match.index ?? 0);
  }
  return errors;
}

/** A single URL value (a call to action's url, for instance); null when acceptable. */
export function linkProblem(raw: string, schema: VariableSchema): string | null {
  const value = normalise(raw);
  if (value.startsWith('{{')) {
    return isUrlExpression(raw.trim(), schema)
      ? null
      : `link "${raw.trim()}" must be a URL variable such as {{links.enrol}} or {{course.lmsUrl}}, or start with https://`;
  }
  if (value === '' || SAFE_SCHEME.test(value)) {
    // A variable may follow a safe prefix (https://example.com/{{…}}) but never form the scheme.
    return null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  return scheme
    ? `link "${raw.trim()}" uses the "${scheme.toLowerCase()}:" scheme; only http(s) links are allowed`
    : `link "${raw.trim()}" must be an absolute http(s) URL or a URL variable such as {{links.enrol}}`;
}

function isUrlExpression(expression: string, schema: VariableSchema): boolean {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(expression);
  } catch {
    return false;
  }
  if (program.body.length !== 1 || program.body[0].type !== 'MustacheStatement') return false;
  const mustache = program.body[0] as hbs.AST.MustacheStatement;
  if (mustache.path.type !== 'PathExpression') return false;
  const path = mustache.path as hbs.AST.PathExpression;
  // {{url x}} checks its value at render time.
  if (path.original === 'url' && mustache.params.length === 1) return true;
  if (mustache.params.length || path.data || path.depth) return false;
  let node: VariableSchema | string | undefined = schema;
  for (const part of path.parts) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return node === 'url';
}

// Decodes entities and drops white space and control characters, as browsers do in URLs.
function normalise(raw: string): string {
  return decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', period: '.', lpar: '(', rpar: ')' };
  let previous: string;
  let current = text;
  // Repeat so that double encodings (&amp;#106;) are undone as well.
  do {
    previous = current;
    current = current
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
      .replace(/&([a-z]+);/gi, (whole, name: string) => named[name.toLowerCase()] ?? whole);
  } while (current !== previous);
  return current;
}

function unquote(value: string): string {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
