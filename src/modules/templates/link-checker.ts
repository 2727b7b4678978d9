import Handlebars from 'handlebars';
import type { ErrorDetail } from '../../common/errors/domain-error';
import type { VariableSchema } from './render-context';
import { problem, type SourceProblem, sourceProblem } from './source-problems';

// Attributes whose value a mail client follows or loads (`background-url` is MJML's, for sections).
const URL_ATTRIBUTE = /\b(href|src|action|formaction|background(?:-url)?|poster|xlink:href)(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)/gi;
const MARKDOWN_LINK = /\]\(\s*(<[^>]*>|[^)\s]*)/g;
const SAFE_SCHEME = /^(https?:\/\/|mailto:|tel:|#)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// What a rendered link may still hold: http(s), mailto:, tel:, or no scheme at all (relative, #fragment).
const RENDERED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const RESOURCE_ATTRIBUTES = new Set(['src', 'background', 'background-url', 'poster']);

/**
 * Every link written in a template (an HTML or MJML attribute, a Markdown link, the `link` helper's
 * target) must be an http(s), mailto: or tel: URL, a #fragment, or one of the link variables: those
 * typed `url` in the schema, which Clarion fills itself or validated as http(s) when they were
 * written (see `linkVariables`). `javascript:` and friends are refused however they are disguised
 * (case, white space, entities). Email bodies are checked with their partials expanded, so a
 * partial's parameter that ends up in an href is checked like any other link.
 */
export function checkLinks(source: string, path: string, schema: VariableSchema, kind: 'html' | 'markdown'): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const check = (raw: string, line: number) => {
    const found = linkProblem(raw, schema);
    if (found) errors.push(sourceProblem(path, line, found));
  };
  for (const match of source.matchAll(URL_ATTRIBUTE)) check(unquote(match[3]), lineAt(source, match.index ?? 0));
  if (kind === 'markdown') {
    for (const match of source.matchAll(MARKDOWN_LINK)) check(match[1].replace(/^<|>$/g, ''), lineAt(source, match.index ?? 0));
  }
  for (const call of linkHelperCalls(source)) {
    const found = linkTargetProblem(call.target, schema);
    if (found) errors.push(sourceProblem(path, call.line, found));
  }
  return errors;
}

/** A single URL value (a call to action's url, for instance); null when acceptable. */
export function linkProblem(raw: string, schema: VariableSchema): SourceProblem | null {
  const value = normalise(raw);
  if (value.startsWith('{{')) return expressionProblem(raw.trim(), schema);
  if (value === '' || SAFE_SCHEME.test(value)) {
    // A variable may follow a safe prefix (https://example.com/{{…}}) but never form the scheme.
    return null;
  }
  const scheme = SCHEME.exec(value)?.[1];
  return scheme
    ? problem('SOURCE.LINK_SCHEME', { link: raw.trim(), scheme: scheme.toLowerCase() })
    : problem('SOURCE.LINK_NOT_ABSOLUTE', { link: raw.trim(), variables: linkVariables(schema).join(', ') });
}

/**
 * The variables a link may point to: the `url` leaves of the schema, a group whose leaves are all
 * URLs written as `group.*`, groups first (`links.*, course.lmsUrl, session.meetingUrl, …`).
 */
export function linkVariables(schema: VariableSchema): string[] {
  const collect = (node: VariableSchema, prefix: string): string[] =>
    Object.entries(node).flatMap(([name, child]) => {
      if (typeof child === 'string') return child === 'url' ? [`${prefix}${name}`] : [];
      const leaves = Object.values(child);
      if (leaves.length && leaves.every((leaf) => leaf === 'url')) return [`${prefix}${name}.*`];
      return collect(child, `${prefix}${name}.`);
    });
  const variables = collect(schema, '');
  return [...variables.filter((v) => v.endsWith('.*')), ...variables.filter((v) => !v.endsWith('.*'))];
}

/**
 * Render-time guard, for versions saved before links were checked this way: an attribute whose
 * final value has a scheme other than http(s), mailto: or tel: is replaced, by `#` for a link and
 * `about:blank` for an image or background, so nothing unsafe reaches a sent email.
 */
export function neutraliseUnsafeLinks(html: string): string {
  return html.replace(URL_ATTRIBUTE, (whole: string, name: string, equals: string, value: string) => {
    const scheme = SCHEME.exec(normalise(unquote(value)))?.[1];
    if (!scheme || RENDERED_SCHEMES.has(scheme.toLowerCase())) return whole;
    return `${name}${equals}"${RESOURCE_ATTRIBUTES.has(name.toLowerCase()) ? 'about:blank' : '#'}"`;
  });
}

// `{{links.enrol}}` or `{{url links.enrol}}`: one link variable, nothing else.
function expressionProblem(expression: string, schema: VariableSchema): SourceProblem | null {
  const notSingle = () => problem('SOURCE.LINK_NOT_SINGLE', { link: expression, variables: linkVariables(schema).join(', ') });
  const mustache = singleMustache(expression);
  if (!mustache) return notSingle();
  const isUrlHelper = mustache.path.type === 'PathExpression' && (mustache.path as hbs.AST.PathExpression).original === 'url' && mustache.params.length === 1;
  if (isUrlHelper) return linkTargetProblem(mustache.params[0], schema, expression);
  if (mustache.params.length || mustache.hash?.pairs.length) return notSingle();
  return linkTargetProblem(mustache.path, schema, expression);
}

// The target of a link: a link variable, or a quoted URL that passes `linkProblem`.
function linkTargetProblem(target: hbs.AST.Expression | undefined, schema: VariableSchema, written?: string): SourceProblem | null {
  if (target?.type === 'StringLiteral') return linkProblem((target as hbs.AST.StringLiteral).value, schema);
  const variables = linkVariables(schema).join(', ');
  if (target?.type !== 'PathExpression') return problem('SOURCE.LINK_TARGET', { link: written ?? '{{link …}}', variables });
  const path = target as hbs.AST.PathExpression;
  if (isLinkVariable(path, schema)) return null;
  return problem('SOURCE.NOT_A_LINK_VARIABLE', { link: written ?? `{{link ${path.original} …}}`, name: path.original, variables });
}

function isLinkVariable(path: hbs.AST.PathExpression, schema: VariableSchema): boolean {
  if (path.data || path.depth) return false;
  let node: VariableSchema | string | undefined = schema;
  for (const part of path.parts) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return node === 'url';
}

function singleMustache(expression: string): hbs.AST.MustacheStatement | null {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(expression);
  } catch {
    return null;
  }
  if (program.body.length !== 1 || program.body[0].type !== 'MustacheStatement') return null;
  const mustache = program.body[0] as hbs.AST.MustacheStatement;
  return mustache.path.type === 'PathExpression' ? mustache : null;
}

// Every `{{link target "label"}}` call, in mustaches, blocks and sub-expressions. A source that does
// not parse has none here: its syntax error is reported by the Handlebars check.
function linkHelperCalls(source: string): Array<{ target: hbs.AST.Expression | undefined; line: number }> {
  if (!source.includes('link')) return [];
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch {
    return [];
  }
  const calls: Array<{ target: hbs.AST.Expression | undefined; line: number }> = [];
  const visitCall = (node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash; loc?: hbs.AST.SourceLocation }) => {
    if (node.path.type === 'PathExpression' && (node.path as hbs.AST.PathExpression).original === 'link') calls.push({ target: node.params[0], line: node.loc?.start.line ?? 1 });
    for (const param of node.params) visitExpression(param);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value);
  };
  const visitExpression = (node: hbs.AST.Expression) => {
    if (node.type === 'SubExpression') visitCall(node as hbs.AST.SubExpression);
  };
  const visitProgram = (body: hbs.AST.Program | undefined) => {
    for (const statement of body?.body ?? []) {
      if (statement.type === 'MustacheStatement') visitCall(statement as hbs.AST.MustacheStatement);
      else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        visitCall(block);
        visitProgram(block.program);
        visitProgram(block.inverse);
      } else if (statement.type === 'PartialStatement') {
        for (const pair of (statement as hbs.AST.PartialStatement).hash?.pairs ?? []) visitExpression(pair.value);
      }
    }
  };
  visitProgram(program);
  return calls;
}

// Decodes entities and drops white space and control characters, as browsers do in URLs.
function normalise(raw: string): string {
  return decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '');
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
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
