import type { components } from '../../../api/schema';

export type Vocabulary = components['schemas']['TemplateVocabularyDto'];
export type VariableType = components['schemas']['VocabularyVariableDto']['type'];

export type OptionKind = 'variable' | 'helper' | 'block' | 'close' | 'partial';

export interface HandlebarsOption {
  label: string;
  kind: OptionKind;
  /** What replaces the word being typed. */
  apply: string;
  detail?: string;
  info?: string;
}

/** Short words about each name, in the reader's language (the page looks them up in its strings). */
export interface Describe {
  variable(path: string, type: VariableType): { detail: string; info?: string };
  helper(name: string): { detail?: string; info?: string };
  partial(name: string, where: string): { detail?: string; info?: string };
}

// Handlebars' own block helpers: `{{#if …}}…{{/if}}`. Every other helper is called inline.
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

/**
 * What to offer at the cursor inside a Handlebars expression: `before` is the text up to the cursor,
 * `after` what follows it. Returns the offset in `before` where the word being replaced starts, and
 * the options; null outside an expression (or inside a quoted parameter, or a `{{{raw}}}` one).
 *
 * - `{{lea` → variables (closed with `}}` when nothing closes them yet) and inline helpers;
 * - `{{#` → block helpers; `{{/` → the innermost block still open;
 * - `{{> ` → partials with their parameters (`button url=links.enrol label=""`);
 * - `{{formatDate ses`, `url=li`, `(gt se` → variables (and helpers in a sub-expression).
 */
export function completeHandlebars(before: string, after: string, vocabulary: Vocabulary, describe: Describe): { from: number; options: HandlebarsOption[] } | null {
  const open = before.lastIndexOf('{{');
  if (open === -1 || before.indexOf('}}', open) !== -1) return null;
  const expr = before.slice(open + 2);
  if (before[open - 1] === '{' || expr.startsWith('{') || (expr.match(/"/g)?.length ?? 0) % 2 === 1) return null;
  const closed = /^\s*[\w.@]*\s*}}/.test(after);
  const close = closed ? '' : '}}';
  const at = (word: string) => before.length - word.length;

  const variables = (closing: string): HandlebarsOption[] =>
    vocabulary.variables.map((v) => ({ label: v.path, kind: 'variable', apply: `${v.path}${closing}`, ...describe.variable(v.path, v.type) }));
  const inlineHelpers = (): HandlebarsOption[] =>
    vocabulary.helpers.filter((h) => !BLOCK_HELPERS.has(h)).map((h) => ({ label: h, kind: 'helper', apply: `${h} `, ...describe.helper(h) }));

  let m = /^\s*>\s*(\w*)$/.exec(expr);
  if (m) {
    const word = m[1]!;
    const link = vocabulary.variables.find((v) => v.path === 'links.enrol')?.path ?? '';
    const options = vocabulary.partials.map<HandlebarsOption>((p) => {
      const params = p.parameters.map((name) => ` ${name}=${name === 'url' ? link : '""'}`).join('');
      return { label: p.name, kind: 'partial', apply: `${p.name}${params}${close}`, ...describe.partial(p.name, p.where) };
    });
    return options.length ? { from: at(word), options } : null;
  }
  m = /^\s*#(\w*)$/.exec(expr);
  if (m) {
    const options = vocabulary.helpers.filter((h) => BLOCK_HELPERS.has(h)).map<HandlebarsOption>((h) => ({ label: h, kind: 'block', apply: `${h} `, ...describe.helper(h) }));
    return { from: at(m[1]!), options };
  }
  m = /^\s*\/(\w*)$/.exec(expr);
  if (m) {
    const block = innermostOpenBlock(before.slice(0, open));
    return block ? { from: at(m[1]!), options: [{ label: block, kind: 'close', apply: `${block}${close}` }] } : null;
  }
  m = /^\s*([\w.@]*)$/.exec(expr);
  if (m) return { from: at(m[1]!), options: [...variables(close), ...inlineHelpers()] };
  // An argument: after a helper's name, a parameter's `=`, or an opening parenthesis.
  m = /([\s(=])([\w.@]*)$/.exec(expr);
  if (m) return { from: at(m[2]!), options: [...variables(''), ...(m[1] === '(' ? inlineHelpers() : [])] };
  return null;
}

/** The name of the innermost `{{#block}}` not closed yet in `text`, else null. */
export function innermostOpenBlock(text: string): string | null {
  const stack: string[] = [];
  for (const [, kind, name] of text.matchAll(/{{~?\s*([#/])\s*(\w+)/g)) {
    if (kind === '#') stack.push(name!);
    else if (stack[stack.length - 1] === name) stack.pop();
  }
  return stack.at(-1) ?? null;
}
