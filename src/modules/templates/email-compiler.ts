import { compile as compileHtmlToText } from 'html-to-text';
import mjml2html from 'mjml';
import type { ErrorDetail } from '../../common/errors/domain-error';
import type { BrandStyle } from '../branding/brand-style';
import { explainPlaceholders, protectMustaches, restoreMustaches, scanMjmlBody } from './mjml-source';
import type { PartialSignatures } from './handlebars-checker';
import { neutraliseUnsafeLinks } from './link-checker';
import { problem, type SourceProblem, type SourceProblemCode, sourceProblem } from './source-problems';
import type { TemplateLibrary } from './template-library';

const BETWEEN_SECTIONS = 'between sections: directly in the body (or in an <mj-wrapper>), not inside an <mj-section> or <mj-column>';

/**
 * The partials an email body may call (`{{> button url=links.enrol label="…"}}`): their file in
 * `templates/partials`, parameters, the MJML element they are, and where that element may stand.
 */
export const EMAIL_PARTIAL_GUIDE: Record<string, { file: string; parameters: readonly string[]; element: string; place: string; misplaced: SourceProblemCode }> = {
  button: { file: 'button', parameters: ['url', 'label'], element: 'mj-button', place: 'inside an <mj-column>, like an <mj-text>', misplaced: 'SOURCE.PARTIAL_MISPLACED_IN_COLUMN' },
  sponsorQuote: { file: 'sponsor-quote', parameters: [], element: 'mj-section', place: BETWEEN_SECTIONS, misplaced: 'SOURCE.PARTIAL_MISPLACED_BETWEEN_SECTIONS' },
  courseCard: { file: 'course-card', parameters: [], element: 'mj-section', place: BETWEEN_SECTIONS, misplaced: 'SOURCE.PARTIAL_MISPLACED_BETWEEN_SECTIONS' },
};

/** Partials an email body may call, with their parameters. */
export const EMAIL_PARTIALS: PartialSignatures = Object.fromEntries(Object.entries(EMAIL_PARTIAL_GUIDE).map(([name, p]) => [name, p.parameters]));

// Words of the layout and partials, by language; other locales fall back to English.
const LAYOUT_STRINGS: Record<string, Record<string, string>> = {
  en: { footer: 'You receive this message as a member of our learning community.', unsubscribe: 'Unsubscribe', preferences: 'Email preferences', when: 'When:', duration: 'Duration:', where: 'Where:', online: 'online' },
  fr: { footer: 'Vous recevez ce message en tant que membre de notre communauté apprenante.', unsubscribe: 'Se désinscrire', preferences: 'Préférences d’envoi', when: 'Quand :', duration: 'Durée :', where: 'Où :', online: 'en ligne' },
};

export interface EmailCompileInput {
  body: string;
  preheader: string;
  locale: string;
  brand: BrandStyle;
  library: TemplateLibrary;
  /** Error path of the body, e.g. `variants.fr.body`. */
  path: string;
  /**
   * `strict` (the default) when a version is saved. Rendering may `skip` it: the version passed at
   * save time and brand kit values are validated, so the document cannot have become invalid.
   */
  validation?: 'strict' | 'skip';
}

/** HTML and text sources with their Handlebars expressions intact, ready for Handlebars to compile. */
export interface CompiledEmailSource {
  html: string;
  text: string;
}

export type EmailCompileResult = { ok: true; source: CompiledEmailSource } | { ok: false; errors: ErrorDetail[] };

/**
 * MJML → HTML, once per template version, locale and brand: partials expanded, the body placed in
 * the brand layout, Handlebars expressions protected from MJML and put back, strict validation with
 * line numbers of the body. The text part is derived from the same HTML, expressions intact.
 */
export async function compileEmailSource(input: EmailCompileInput): Promise<EmailCompileResult> {
  const values = brandValues(input.brand, input.locale);
  const partial = (name: string) => oneLine(fill(input.library.partial(name), values));

  const scanned = scanMjmlBody(expandEmailBody(input.body, input.locale, input.brand, input.library), input.path);
  if (scanned.errors.length) return { ok: false, errors: scanned.errors };

  const layout = fill(input.library.layout('email'), values, {
    '> header': partial(input.brand.logoUrl ? 'header' : 'header-text'),
    '> footer': partial('footer'),
    preheader: oneLine(input.preheader),
  });
  const marker = layout.indexOf('[[body]]');
  const offset = layout.slice(0, marker).split('\n').length - 1;
  const bodyLines = input.body.split('\n');
  const document = layout.replace('[[body]]', () => scanned.source);

  const protectedDoc = protectMustaches(document);
  let html: string;
  try {
    // ignoreIncludes is already mjml 5's default: stated here so that no template can read a file.
    const result = await mjml2html(protectedDoc.text, {
      validationLevel: input.validation ?? 'strict',
      ignoreIncludes: true,
      keepComments: false,
      minify: false,
      beautify: false,
      fonts: {},
    });
    html = result.html;
  } catch (error) {
    const details = (error as { errors?: Array<{ line: number; message: string; tagName: string }> }).errors;
    if (!details) throw error;
    return {
      ok: false,
      errors: details.map((e) => {
        const line = e.line - offset;
        const inBody = line >= 1 && line <= bodyLines.length;
        const misplaced = inBody ? misplacedPartial(bodyLines[line - 1], e) : null;
        if (misplaced) return sourceProblem(input.path, line, misplaced);
        const mjml = { detail: explainPlaceholders(e.message.trim(), protectedDoc), tag: e.tagName };
        return inBody ? sourceProblem(input.path, line, problem('SOURCE.MJML', mjml)) : sourceProblem(input.path, null, problem('SOURCE.MJML_IN_LAYOUT', mjml));
      }),
    };
  }

  const restored = restoreMustaches(html, protectedDoc);
  if (restored.lost.length) {
    const lostTokens = restored.lost.map((i) => protectedDoc.tokens[i]).join(', ');
    return { ok: false, errors: [sourceProblem(input.path, null, problem('SOURCE.MJML_DROPPED_EXPRESSIONS', { expressions: lostTokens }))] };
  }
  // The renderer neutralises unsafe links in the HTML of each recipient; the text part is derived
  // here, once, so a link written unsafe (in a version saved before links were checked as they are
  // now) is neutralised before it becomes text.
  const text = restoreMustaches(inertText(htmlToText(neutraliseUnsafeLinks(html))), protectedDoc).text;
  return { ok: true, source: { html: restored.text, text } };
}

// MJML names the partial's element ("mj-section cannot be used inside mj-column"): say which call it is and where it goes.
function misplacedPartial(line: string, error: { message: string; tagName: string }): SourceProblem | null {
  const parent = /cannot be used inside (mj-[a-z0-9-]+)/.exec(error.message)?.[1];
  if (!parent) return null;
  for (const [, name] of line.matchAll(PARTIAL_CALL)) {
    const guide = Object.hasOwn(EMAIL_PARTIAL_GUIDE, name) ? EMAIL_PARTIAL_GUIDE[name] : undefined;
    if (guide?.element === error.tagName) return problem(guide.misplaced, { partial: `{{> ${name}}}`, element: guide.element, parent });
  }
  return null;
}

// Compiled once: building html-to-text's selector tree costs more than converting a whole email.
const convertHtml = compileHtmlToText({
  wordwrap: 78,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'div[style*="display:none"]', format: 'skip' },
    { selector: 'title', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
  ],
});

/** Plain text from rendered (or placeholder-bearing) HTML: no images, the hidden preheader skipped. */
export function htmlToText(html: string): string {
  return convertHtml(html);
}

/**
 * The body with each partial call replaced by the partial's MJML, on the call's own line so line
 * numbers hold: what is compiled, and what the link check reads (a partial's `url=` ends in an href).
 */
export function expandEmailBody(body: string, locale: string, brand: BrandStyle, library: TemplateLibrary): string {
  const values = brandValues(brand, locale);
  return expandPartials(body, (name, params) => oneLine(fill(library.partial(EMAIL_PARTIAL_GUIDE[name].file), { ...values, ...params })));
}

// Handlebars reads "{{" (and "\{{") in the text it compiles. The text part is compiled from text
// derived from the HTML, where entities are decoded (&#123; becomes "{"): every literal "{" is
// written as an expression printing it, and backslashes before one are doubled (Handlebars then
// prints them and evaluates what follows), so no literal text can become an expression.
const LITERAL_BRACE = '{{default "" "{"}}';

/** Literal text made inert for Handlebars: compiled, it prints itself. */
export function inertText(text: string): string {
  return text.replace(/(\\*)\{/g, (_, slashes: string) => `${slashes}${slashes ? '\\' : ''}${LITERAL_BRACE}`);
}

const PARTIAL_CALL = /\{\{>\s*([A-Za-z][\w-]*)((?:\s+[A-Za-z]+=(?:"[^"]*"|'[^']*'|[^\s}]+))*)\s*\}\}/g;

/** Replaces `{{> name key=path key="text"}}` by the partial's MJML, on one line so line numbers hold. */
export function expandPartials(body: string, render: (name: string, params: Record<string, string>) => string): string {
  return body.replace(PARTIAL_CALL, (whole, name: string, args: string) => {
    if (!Object.hasOwn(EMAIL_PARTIAL_GUIDE, name)) return whole;
    const params: Record<string, string> = {};
    for (const [, key, raw] of args.matchAll(/([A-Za-z]+)=("[^"]*"|'[^']*'|[^\s}]+)/g)) {
      // Quoted text is text: escaped, and its braces too, so Handlebars never reads it as an expression.
      params[key] = /^["']/.test(raw) ? escapeLiteral(raw.slice(1, -1)) : `{{${raw}}}`;
    }
    return render(name, params);
  });
}

// The brand's look, filled in when a version is compiled. Its text (name, logo alt text, footer,
// legal mention) is not: the layout reads it as {{brand.…}} variables, escaped on every render and
// never compiled, so a kit's text is plain text whatever it holds. Braces in it are therefore not
// refused when a kit is written: they mean nothing to the engine, and kits saved with them keep sending.
function brandValues(brand: BrandStyle, locale: string): Record<string, string> {
  const strings = LAYOUT_STRINGS[locale.slice(0, 2).toLowerCase()] ?? LAYOUT_STRINGS.en;
  const values: Record<string, string> = { lang: locale, 'brand.fontFamily': brand.fontFamily };
  for (const [name, color] of Object.entries(brand.colors)) values[`brand.colors.${name}`] = color;
  for (const [name, text] of Object.entries(strings)) values[`t.${name}`] = text;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeXml(v)]));
}

// `[[name]]` markers of the library files; values are already escaped, raw ones are inserted as is.
function fill(text: string, values: Record<string, string>, raw: Record<string, string> = {}): string {
  return text.replace(/\[\[\s*([^\]]+?)\s*\]\]/g, (whole, name: string) => {
    if (Object.hasOwn(raw, name)) return raw[name];
    if (Object.hasOwn(values, name)) return values[name];
    if (name === 'body') return whole;
    throw new Error(`Unknown marker [[${name}]] in the template library`);
  });
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// XML-escaped, with the characters Handlebars reads ({, }, \) as character references.
function escapeLiteral(value: string): string {
  return escapeXml(value).replace(/[{}\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
