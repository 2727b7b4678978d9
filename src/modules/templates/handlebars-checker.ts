import Handlebars from 'handlebars';
import type { ErrorDetail } from '../../common/errors/domain-error';
import type { VariableSchema, VariableType } from './render-context';
import { problem, type ProblemParams, type SourceProblem, type SourceProblemCode, sourceProblem } from './source-problems';
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
    const located = describeBlockProblem(source) ?? describeParseError(error as Error);
    return { errors: [sourceProblem(path, located.line, located.problem)], variables };
  }

  const fail = (node: AstNode, code: SourceProblemCode, params: ProblemParams = {}) => errors.push(sourceProblem(path, node.loc?.start.line ?? 1, problem(code, params)));

  // Resolves a path against the scope stack; returns its type, or null after reporting the problem.
  const resolve = (expr: hbs.AST.PathExpression, scopes: Scope[], blockParams: Map<string, Scope>): Scope | null => {
    const [head, ...rest] = expr.parts;
    if (expr.data) {
      if (head === 'root') return walkSchema(expr, schema, rest, '', 'root');
      if (EACH_DATA.has(head) && rest.length === 0 && scopes.length > 1) return 'string';
      fail(expr, 'SOURCE.UNKNOWN_DATA_VARIABLE', { name: expr.original });
      return null;
    }
    if (expr.depth === 0 && head !== undefined && blockParams.has(head)) {
      const scope = blockParams.get(head) as Scope;
      return rest.length ? walkSchema(expr, scope, rest, head, 'param') : scope;
    }
    const scope = scopes[scopes.length - 1 - expr.depth];
    if (scope === undefined) {
      fail(expr, 'SOURCE.ABOVE_ROOT', { name: expr.original });
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
        if (suggestion) fail(expr, 'SOURCE.UNKNOWN_VARIABLE_SUGGESTED', { name: expr.original, suggestion: [...seen, suggestion].join('.') });
        else fail(expr, 'SOURCE.UNKNOWN_VARIABLE', { name: expr.original });
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
      fail(name, 'SOURCE.UNKNOWN_HELPER', { name: name.original });
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
        if (!m.escaped) fail(m, 'SOURCE.RAW_HTML', { raw: `{{{${exprText(m.path)}}}}`, escaped: `{{${exprText(m.path)}}}` });
        if (m.path.type !== 'PathExpression') return;
        const path = m.path as hbs.AST.PathExpression;
        const isHelper = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || (isSimple(path) && KNOWN_HELPERS.has(path.original));
        if (isHelper) {
          checkHelperCall(path, m.params, m.hash, scopes, blockParams);
          return;
        }
        const type = resolve(path, scopes, blockParams);
        if (type !== null && typeof type === 'object') fail(m, 'SOURCE.GROUP_NOT_VALUE', { name: path.original, choices: Object.keys(type).map((k) => `${path.original}.${k}`).join(', ') });
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = block.path.original;
        if (!BLOCK_HELPERS.has(name)) {
          if (KNOWN_HELPERS.has(name)) fail(block, 'SOURCE.HELPER_NOT_BLOCK', { name, instead: `{{#if (${name} …)}}` });
          else fail(block, 'SOURCE.UNKNOWN_BLOCK_HELPER', { name });
          return;
        }
        const [subject] = block.params;
        if (!subject) {
          fail(block, 'SOURCE.BLOCK_NEEDS_VALUE', { tag: `{{#${name}}}` });
          return;
        }
        visitArguments(block.params.slice(1), block.hash, scopes, blockParams);
        const type = visitExpression(subject, scopes, blockParams);
        let inner = scopes;
        const innerParams = new Map(blockParams);
        if (name === 'each') {
          if (type !== null && type !== 'list') fail(block, 'SOURCE.EACH_NEEDS_LIST', { name: exprText(subject) });
          const [itemName] = block.program.blockParams ?? [];
          if (itemName) innerParams.set(itemName, 'string');
          else inner = [...scopes, 'string'];
        } else if (name === 'with') {
          if (type !== null && typeof type !== 'object') fail(block, 'SOURCE.WITH_NEEDS_GROUP', { name: exprText(subject) });
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
          fail(partial, 'SOURCE.UNKNOWN_PARTIAL', { name: name || exprText(partial.name), available: known.join(', ') });
          return;
        }
        if (partial.params.length) fail(partial, 'SOURCE.PARTIAL_POSITIONAL', { name, parameters: allowed.join(', ') });
        for (const pair of partial.hash?.pairs ?? []) {
          if (!allowed.includes(pair.key)) fail(pair, 'SOURCE.PARTIAL_UNKNOWN_PARAMETER', { name, parameter: pair.key, parameters: allowed.join(', ') });
          else if (pair.value.type === 'PathExpression') resolve(pair.value as hbs.AST.PathExpression, scopes, blockParams);
          else if (pair.value.type !== 'StringLiteral') fail(pair, 'SOURCE.PARTIAL_PARAMETER_TYPE', { name, parameter: pair.key });
          // Quoted text is put in as written, never evaluated: an expression in it is a mistake.
          else if ((pair.value as hbs.AST.StringLiteral).value.includes('{{')) {
            fail(pair, 'SOURCE.PARTIAL_QUOTED_EXPRESSION', { name, parameter: pair.key });
          }
        }
        return;
      }
      default:
        fail(node, 'SOURCE.UNSUPPORTED', { construct: node.type.replace(/Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() });
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
export function describeBlockProblem(source: string): LocatedProblem | null {
  const text = source.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
  const stack: Array<{ name: string; line: number; inverse: boolean }> = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  BLOCK_TAG.lastIndex = 0;
  for (let match = BLOCK_TAG.exec(text); match; match = BLOCK_TAG.exec(text)) {
    const [, sigil, name] = match;
    const line = lineOf(match.index);
    if (!sigil) {
      if (!stack.length) return { line, problem: problem('SOURCE.ELSE_OUTSIDE_BLOCK', { tag: '{{else}}' }) };
      continue;
    }
    if (sigil !== '/') {
      stack.push({ name, line, inverse: sigil === '^' });
      continue;
    }
    const open = stack.pop();
    if (!open) return { line, problem: problem('SOURCE.CLOSE_NEVER_OPENED', { close: `{{/${name}}}` }) };
    if (open.name !== name) return { line, problem: problem('SOURCE.CLOSE_CROSSED', { close: `{{/${name}}}`, tag: opener(open), openLine: open.line, expected: `{{/${open.name}}}` }) };
  }
  const open = stack.pop();
  return open ? { line: open.line, problem: problem('SOURCE.BLOCK_NEVER_CLOSED', { tag: opener(open), openLine: open.line, expected: `{{/${open.name}}}` }) } : null;
}

function opener(block: { name: string; inverse: boolean }): string {
  return `{{${block.inverse ? '^' : '#'}${block.name}}}`;
}

/** Handlebars' messages carry the line in different places: find it, keep the parser's own words as the detail. */
export function describeParseError(error: Error & { lineNumber?: number }): LocatedProblem {
  const syntax = (line: number | string, detail: string): LocatedProblem => ({ line: Number(line), problem: problem('SOURCE.SYNTAX', { detail }) });
  const parse = /^Parse error on line (\d+):[\s\S]*?\n(Expecting [\s\S]*|Unexpected [\s\S]*)$/m.exec(error.message);
  if (parse) return syntax(parse[1], parse[2].replace(/\s+/g, ' ').trim());
  const lexical = /^Lexical error on line (\d+)\. ([^\n]*)/.exec(error.message);
  if (lexical) return syntax(lexical[1], lexical[2]);
  const located = / - (\d+):(\d+)$/.exec(error.message);
  return syntax(error.lineNumber ?? (located ? Number(located[1]) : 1), error.message.replace(/ - \d+:\d+$/, '').split('\n')[0]);
}

/** A problem and the line it is on. */
export interface LocatedProblem {
  line: number;
  problem: SourceProblem;
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
