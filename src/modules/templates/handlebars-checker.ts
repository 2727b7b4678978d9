import Handlebars from 'handlebars';
import type { ErrorDetail } from '../../common/errors/domain-error';
import type { VariableSchema, VariableType } from './render-context';
import { BUILTIN_HELPERS, KNOWN_HELPERS } from './template-helpers';

type AstNode = hbs.AST.Node;
type Scope = VariableSchema | VariableType;

/** Partials a source may call, each with the names of its parameters. */
export type PartialSignatures = Record<string, readonly string[]>;

export interface HandlebarsCheck {
  errors: ErrorDetail[];
  /** Declared variables the source uses, as dotted paths (`session.startsAt`). */
  variables: Set<string>;
}

const BLOCK_HELPERS: ReadonlySet<string> = new Set(BUILTIN_HELPERS);
const EACH_DATA = new Set(['index', 'first', 'last', 'key']);

/**
 * Checks a Handlebars source at save time: syntax, every path a declared variable, every helper a
 * known one, no raw `{{{…}}}` output, only known partials. Messages start with the line.
 */
export function checkHandlebars(source: string, path: string, schema: VariableSchema, partials: PartialSignatures = {}): HandlebarsCheck {
  const errors: ErrorDetail[] = [];
  const variables = new Set<string>();
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    return { errors: [{ path, message: describeBlockProblem(source) ?? describeParseError(error as Error) }], variables };
  }

  const fail = (node: AstNode, message: string) => errors.push({ path, message: `line ${node.loc?.start.line ?? 1}: ${message}` });

  // Resolves a path against the scope stack; returns its type, or null after reporting the problem.
  const resolve = (expr: hbs.AST.PathExpression, scopes: Scope[], blockParams: Map<string, Scope>): Scope | null => {
    const [head, ...rest] = expr.parts;
    if (expr.data) {
      if (head === 'root') return walkSchema(expr, schema, rest, '', 'root');
      if (EACH_DATA.has(head) && rest.length === 0 && scopes.length > 1) return 'string';
      fail(expr, `unknown data variable "${expr.original}"`);
      return null;
    }
    if (expr.depth === 0 && head !== undefined && blockParams.has(head)) {
      const scope = blockParams.get(head) as Scope;
      return rest.length ? walkSchema(expr, scope, rest, head, 'param') : scope;
    }
    const scope = scopes[scopes.length - 1 - expr.depth];
    if (scope === undefined) {
      fail(expr, `"${expr.original}" climbs above the template's root`);
      return null;
    }
    const prefix = scopes.length - 1 - expr.depth === 0 ? '' : 'this';
    return walkSchema(expr, scope, expr.parts, prefix, 'scope');
  };

  const walkSchema = (expr: hbs.AST.PathExpression, start: Scope, parts: string[], prefix: string, origin: string): Scope | null => {
    let node: Scope = start;
    const seen: string[] = [];
    for (const part of parts) {
      const next: Scope | undefined = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
      if (next === undefined) {
        const suggestion = typeof node === 'object' ? closest(part, Object.keys(node)) : null;
        const hint = suggestion ? ` (did you mean "${[...seen, suggestion].join('.')}"?)` : '';
        fail(expr, `unknown variable "${expr.original}"${hint}`);
        return null;
      }
      seen.push(part);
      node = next;
    }
    if (origin !== 'param' && prefix !== 'this' && seen.length) variables.add(seen.join('.'));
    return node;
  };

  const visitExpression = (expr: AstNode, scopes: Scope[], blockParams: Map<string, Scope>): Scope | null => {
    switch (expr.type) {
      case 'PathExpression':
        return resolve(expr as hbs.AST.PathExpression, scopes, blockParams);
      case 'SubExpression': {
        const sub = expr as hbs.AST.SubExpression;
        checkHelperCall(sub.path, sub.params, sub.hash, scopes, blockParams);
        return 'string';
      }
      default:
        return null;
    }
  };

  const visitArguments = (params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined, scopes: Scope[], blockParams: Map<string, Scope>) => {
    for (const param of params) visitExpression(param, scopes, blockParams);
    for (const pair of hash?.pairs ?? []) visitExpression(pair.value, scopes, blockParams);
  };

  const checkHelperCall = (
    name: hbs.AST.PathExpression,
    params: hbs.AST.Expression[],
    hash: hbs.AST.Hash | undefined,
    scopes: Scope[],
    blockParams: Map<string, Scope>,
  ) => {
    if (name.type !== 'PathExpression' || !KNOWN_HELPERS.has(name.original) || BLOCK_HELPERS.has(name.original)) {
      fail(name, `unknown helper "${name.original}"`);
    }
    visitArguments(params, hash, scopes, blockParams);
  };

  const visitProgram = (program: hbs.AST.Program | undefined, scopes: Scope[], blockParams: Map<string, Scope>) => {
    for (const statement of program?.body ?? []) visitStatement(statement, scopes, blockParams);
  };

  const visitStatement = (node: hbs.AST.Statement, scopes: Scope[], blockParams: Map<string, Scope>) => {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (!m.escaped) fail(m, `"{{{${exprText(m.path)}}}}" would output raw HTML; use {{${exprText(m.path)}}} so the value is escaped`);
        if (m.path.type !== 'PathExpression') return;
        const path = m.path as hbs.AST.PathExpression;
        const isHelper = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || (isSimple(path) && KNOWN_HELPERS.has(path.original));
        if (isHelper) {
          checkHelperCall(path, m.params, m.hash, scopes, blockParams);
          return;
        }
        const type = resolve(path, scopes, blockParams);
        if (type !== null && typeof type === 'object') fail(m, `"${path.original}" is a group of variables, not a value; pick one of ${Object.keys(type).map((k) => `${path.original}.${k}`).join(', ')}`);
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = block.path.original;
        if (!BLOCK_HELPERS.has(name)) {
          const hint = KNOWN_HELPERS.has(name) ? `; write {{#if (${name} …)}} instead` : '';
          fail(block, `unknown block helper "#${name}"${hint}`);
          return;
        }
        const [subject] = block.params;
        if (!subject) {
          fail(block, `{{#${name}}} needs a value`);
          return;
        }
        visitArguments(block.params.slice(1), block.hash, scopes, blockParams);
        const type = visitExpression(subject, scopes, blockParams);
        let inner = scopes;
        const innerParams = new Map(blockParams);
        if (name === 'each') {
          if (type !== null && type !== 'list') fail(block, `{{#each}} needs a list; "${exprText(subject)}" is not one`);
          const [itemName] = block.program.blockParams ?? [];
          if (itemName) innerParams.set(itemName, 'string');
          else inner = [...scopes, 'string'];
        } else if (name === 'with') {
          if (type !== null && typeof type !== 'object') fail(block, `{{#with}} needs a group of variables; "${exprText(subject)}" is a value`);
          const [alias] = block.program.blockParams ?? [];
          if (alias) innerParams.set(alias, type ?? {});
          else inner = [...scopes, type ?? {}];
        }
        visitProgram(block.program, inner, innerParams);
        visitProgram(block.inverse, scopes, blockParams);
        return;
      }
      case 'PartialStatement': {
        const partial = node as hbs.AST.PartialStatement;
        const name = partial.name.type === 'PathExpression' ? (partial.name as hbs.AST.PathExpression).original : '';
        const allowed = Object.hasOwn(partials, name) ? partials[name] : undefined;
        if (!allowed) {
          const known = Object.keys(partials);
          fail(partial, `unknown partial "${name || exprText(partial.name)}"${known.length ? `; available: ${known.join(', ')}` : ''}`);
          return;
        }
        if (partial.params.length) fail(partial, `partial "${name}" takes named parameters only (${allowed.join(', ')})`);
        for (const pair of partial.hash?.pairs ?? []) {
          if (!allowed.includes(pair.key)) fail(pair, `partial "${name}" has no parameter "${pair.key}"; it takes ${allowed.join(', ')}`);
          else if (pair.value.type === 'PathExpression') resolve(pair.value as hbs.AST.PathExpression, scopes, blockParams);
          else if (pair.value.type !== 'StringLiteral') fail(pair, `parameter "${pair.key}" of partial "${name}" must be a variable or a "quoted text"`);
          // Quoted text is put in as written, never evaluated: an expression in it is a mistake.
          else if ((pair.value as hbs.AST.StringLiteral).value.includes('{{')) {
            fail(pair, `parameter "${pair.key}" of partial "${name}" is quoted text, so the {{…}} in it would be shown as written; to use a variable, write it without quotes or braces, as in url=links.enrol`);
          }
        }
        return;
      }
      default:
        fail(node, `${node.type.replace(/Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} is not supported in templates`);
    }
  };

  visitProgram(ast, [schema], new Map());
  return { errors, variables };
}

function isSimple(path: hbs.AST.PathExpression): boolean {
  return !path.data && path.depth === 0 && path.parts.length === 1;
}

function exprText(expr: AstNode): string {
  if (expr.type === 'PathExpression') return (expr as hbs.AST.PathExpression).original;
  if (expr.type === 'StringLiteral') return `"${(expr as hbs.AST.StringLiteral).value}"`;
  if (expr.type === 'SubExpression') return `(${exprText((expr as hbs.AST.SubExpression).path)} …)`;
  return String((expr as hbs.AST.Literal & { original?: unknown }).original ?? expr.type);
}

// `{{#name`, `{{^name`, `{{/name` and `{{else}}`, after comments are blanked out (lines kept).
const BLOCK_TAG = /\{\{~?\s*([#^/])\s*([^\s}~]+)[^}]*\}\}|\{\{~?\s*(?:else|\^)\s*[^}]*\}\}/g;
const COMMENT = /\{\{!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g;

/**
 * Names the block behind a parse error in the writer's words: the `{{#if}}` never closed, or the
 * `{{/each}}` that closes an `{{#if}}`. Null when the blocks pair up (the parser's message is then used).
 */
export function describeBlockProblem(source: string): string | null {
  const text = source.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
  const stack: Array<{ name: string; line: number; inverse: boolean }> = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  BLOCK_TAG.lastIndex = 0;
  for (let match = BLOCK_TAG.exec(text); match; match = BLOCK_TAG.exec(text)) {
    const [, sigil, name] = match;
    const line = lineOf(match.index);
    if (!sigil) {
      if (!stack.length) return `line ${line}: {{else}} is outside any {{#if}}, {{#unless}} or {{#each}} block`;
      continue;
    }
    if (sigil !== '/') {
      stack.push({ name, line, inverse: sigil === '^' });
      continue;
    }
    const open = stack.pop();
    if (!open) return `line ${line}: {{/${name}}} closes a block that was never opened`;
    if (open.name !== name) return `line ${line}: {{/${name}}} closes the ${opener(open)} opened on line ${open.line}; close it with {{/${open.name}}} first`;
  }
  const open = stack.pop();
  return open ? `line ${open.line}: the ${opener(open)} opened on line ${open.line} is never closed; add {{/${open.name}}} where it ends` : null;
}

function opener(block: { name: string; inverse: boolean }): string {
  return `{{${block.inverse ? '^' : '#'}${block.name}}}`;
}

/** Handlebars' messages carry the line in different places: normalise to "line N: …". */
export function describeParseError(error: Error & { lineNumber?: number }): string {
  const parse = /^Parse error on line (\d+):[\s\S]*?\n(Expecting [\s\S]*|Unexpected [\s\S]*)$/m.exec(error.message);
  if (parse) return `line ${parse[1]}: syntax error, ${parse[2].replace(/\s+/g, ' ').trim()}`;
  const lexical = /^Lexical error on line (\d+)\. ([^\n]*)/.exec(error.message);
  if (lexical) return `line ${lexical[1]}: syntax error, ${lexical[2]}`;
  const located = / - (\d+):(\d+)$/.exec(error.message);
  const line = error.lineNumber ?? (located ? Number(located[1]) : 1);
  return `line ${line}: syntax error, ${error.message.replace(/ - \d+:\d+$/, '').split('\n')[0]}`;
}

function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
