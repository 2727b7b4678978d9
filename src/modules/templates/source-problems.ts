import type { ErrorDetail } from '../../common/errors/domain-error';

/** The values a problem's text is made of (a variable's name, a line, the tags involved). */
export type ProblemParams = Record<string, string | number>;

type Text = (p: ProblemParams) => string;

/**
 * What can be wrong in a template's source, by stable code, with its English text. Details carry the
 * code and its values (`params`), so the console says each problem in the writer's language
 * (web/src/api/i18n, `SOURCE.*`); the English message stays, for machines and as the fallback.
 * Values holding `{{…}}` are passed whole (`tag`, `close`), never written into a translation.
 */
const TEXTS = {
  // Handlebars syntax and blocks.
  'SOURCE.SYNTAX': (p) => `syntax error, ${p.detail}`,
  'SOURCE.ELSE_OUTSIDE_BLOCK': (p) => `${p.tag} is outside any {{#if}}, {{#unless}} or {{#each}} block`,
  'SOURCE.CLOSE_NEVER_OPENED': (p) => `${p.close} closes a block that was never opened`,
  'SOURCE.CLOSE_CROSSED': (p) => `${p.close} closes the ${p.tag} opened on line ${p.openLine}; close it with ${p.expected} first`,
  'SOURCE.BLOCK_NEVER_CLOSED': (p) => `the ${p.tag} opened on line ${p.openLine} is never closed; add ${p.expected} where it ends`,
  // Variables, helpers and partials.
  'SOURCE.UNKNOWN_DATA_VARIABLE': (p) => `unknown data variable "${p.name}"`,
  'SOURCE.ABOVE_ROOT': (p) => `"${p.name}" climbs above the template's root`,
  'SOURCE.UNKNOWN_VARIABLE': (p) => `unknown variable "${p.name}"`,
  'SOURCE.UNKNOWN_VARIABLE_SUGGESTED': (p) => `unknown variable "${p.name}" (did you mean "${p.suggestion}"?)`,
  'SOURCE.UNKNOWN_HELPER': (p) => `unknown helper "${p.name}"`,
  'SOURCE.RAW_HTML': (p) => `"${p.raw}" would output raw HTML; use ${p.escaped} so the value is escaped`,
  'SOURCE.GROUP_NOT_VALUE': (p) => `"${p.name}" is a group of variables, not a value; pick one of ${p.choices}`,
  'SOURCE.UNKNOWN_BLOCK_HELPER': (p) => `unknown block helper "#${p.name}"`,
  'SOURCE.HELPER_NOT_BLOCK': (p) => `unknown block helper "#${p.name}"; write ${p.instead} instead`,
  'SOURCE.BLOCK_NEEDS_VALUE': (p) => `${p.tag} needs a value`,
  'SOURCE.EACH_NEEDS_LIST': (p) => `{{#each}} needs a list; "${p.name}" is not one`,
  'SOURCE.WITH_NEEDS_GROUP': (p) => `{{#with}} needs a group of variables; "${p.name}" is a value`,
  'SOURCE.UNKNOWN_PARTIAL': (p) => `unknown partial "${p.name}"${p.available ? `; available: ${p.available}` : ''}`,
  'SOURCE.PARTIAL_POSITIONAL': (p) => `partial "${p.name}" takes named parameters only (${p.parameters})`,
  'SOURCE.PARTIAL_UNKNOWN_PARAMETER': (p) => `partial "${p.name}" has no parameter "${p.parameter}"; it takes ${p.parameters}`,
  'SOURCE.PARTIAL_PARAMETER_TYPE': (p) => `parameter "${p.parameter}" of partial "${p.name}" must be a variable or a "quoted text"`,
  'SOURCE.PARTIAL_QUOTED_EXPRESSION': (p) =>
    `parameter "${p.parameter}" of partial "${p.name}" is quoted text, so the {{…}} in it would be shown as written; to use a variable, write it without quotes or braces, as in url=links.enrol`,
  'SOURCE.UNSUPPORTED': (p) => `${p.construct} is not supported in templates`,
  // Links.
  'SOURCE.LINK_SCHEME': (p) => `link "${p.link}" uses the "${p.scheme}:" scheme; only http(s), mailto: and tel: links are allowed`,
  'SOURCE.LINK_NOT_ABSOLUTE': (p) => `link "${p.link}" must be an absolute http(s) URL or a link variable (${p.variables})`,
  'SOURCE.LINK_NOT_SINGLE': (p) => `link "${p.link}" must be a single link variable (${p.variables}) or start with https://`,
  'SOURCE.LINK_TARGET': (p) => `link "${p.link}" must be a link variable (${p.variables}) or a quoted https:// URL`,
  'SOURCE.NOT_A_LINK_VARIABLE': (p) => `link "${p.link}": "${p.name}" is not a link variable; use one of ${p.variables}, or an https:// URL`,
  // MJML structure.
  'SOURCE.MJML_TEXT_DROPPED': (p) => `text "${p.text}" directly inside <${p.parent}> is dropped by MJML; put it in an <mj-text>`,
  'SOURCE.MJML_EXPRESSION_DROPPED': (p) => `${p.expression} directly inside <${p.parent}> is dropped by MJML; put it in an <mj-text>`,
  'SOURCE.MJML_HTML_DROPPED': (p) => `HTML ${p.html} directly inside <${p.parent}> is dropped by MJML; put it in an <mj-text> or <mj-raw>`,
  'SOURCE.MJML_DOCUMENT_TAG': (p) => `<${p.tag}> is not allowed here: write only the content of the email body; the brand layout provides the head, header and footer`,
  'SOURCE.MJML_INCLUDE': () => 'mj-include is not allowed: templates never read files; use the partials button, sponsorQuote and courseCard',
  'SOURCE.MJML_CLOSE_NEVER_OPENED': (p) => `</${p.tag}> closes an element that was never opened`,
  'SOURCE.MJML_CLOSE_CROSSED': (p) => `</${p.tag}> closes <${p.open}> opened on line ${p.openLine}`,
  'SOURCE.MJML_NEVER_CLOSED': (p) => `<${p.tag}> is never closed`,
  'SOURCE.MJML_ELEMENT_IN_TEXT': (p) => `<${p.inner}> inside <${p.tag}> (opened on line ${p.openLine}): <${p.tag}> holds text and HTML only; close it before the next MJML element`,
  'SOURCE.PARTIAL_MISPLACED_IN_COLUMN': (p) => `${p.partial} is an <${p.element}>, so it cannot go inside <${p.parent}>: place it inside an <mj-column>, like an <mj-text>`,
  'SOURCE.PARTIAL_MISPLACED_BETWEEN_SECTIONS': (p) =>
    `${p.partial} is an <${p.element}>, so it cannot go inside <${p.parent}>: place it between sections: directly in the body (or in an <mj-wrapper>), not inside an <mj-section> or <mj-column>`,
  /** MJML's own validation message (English, from the library), said with the element it concerns. */
  'SOURCE.MJML': (p) => `${p.detail} (<${p.tag}>)`,
  'SOURCE.MJML_IN_LAYOUT': (p) => `${p.detail} (<${p.tag}>)`,
  'SOURCE.MJML_DROPPED_EXPRESSIONS': (p) => `MJML dropped ${p.expressions}: place expressions inside <mj-text>, <mj-button> or attribute values`,
} satisfies Record<string, Text>;

export type SourceProblemCode = keyof typeof TEXTS;

/** One problem, not yet placed in a field. */
export interface SourceProblem {
  code: SourceProblemCode;
  params: ProblemParams;
}

export const problem = (code: SourceProblemCode, params: ProblemParams = {}): SourceProblem => ({ code, params });

/** The problem in English. */
export const problemText = (p: SourceProblem): string => TEXTS[p.code](p.params);

/** A problem of a field's source, at a line when it has one: `{path, message: "line 3: …", code, params}`. */
export function sourceProblem(path: string, line: number | null, p: SourceProblem): ErrorDetail {
  const where = p.code === 'SOURCE.MJML_IN_LAYOUT' ? 'brand layout: ' : line === null ? '' : `line ${line}: `;
  return { path, message: `${where}${problemText(p)}`, code: p.code, params: line === null ? p.params : { ...p.params, line } };
}

/** The codes and their English texts, for the console's tables and their test. */
export const SOURCE_PROBLEM_CODES = Object.keys(TEXTS) as SourceProblemCode[];
