import { Channel } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { FieldProblem } from '../../common/errors/field-problem';

export interface EmailVariant {
  subject: string;
  preheader: string;
  /** MJML + Handlebars: the content of the email body; the brand layout adds header and footer. */
  body: string;
  /** Plain-text part; derived from the HTML when absent. */
  text?: string | null;
}

export interface PostVariant {
  title: string;
  /** Markdown + Handlebars. */
  body: string;
  callToAction?: { label: string; url: string } | null;
}

export interface TalkingPointsVariant {
  subject: string;
  preheader: string;
  intro: string;
  keyMessages: string[];
  /** Ready-to-post text the ambassador copies to the network. */
  postText: string;
  faq: Array<{ question: string; answer: string }>;
}

export type Variant = EmailVariant | PostVariant | TalkingPointsVariant;
export type Variants = Record<string, Variant>;

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const MAX_TEXT = 200_000;

type FieldRule = { name: string; required: boolean; max: number };

const FIELDS: Record<Channel, FieldRule[]> = {
  [Channel.Email]: [
    { name: 'subject', required: true, max: 300 },
    { name: 'preheader', required: true, max: 300 },
    { name: 'body', required: true, max: MAX_TEXT },
    { name: 'text', required: false, max: MAX_TEXT },
  ],
  [Channel.Post]: [
    { name: 'title', required: true, max: 300 },
    { name: 'body', required: true, max: 20_000 },
  ],
  [Channel.TalkingPoints]: [
    { name: 'subject', required: true, max: 300 },
    { name: 'preheader', required: true, max: 300 },
    { name: 'intro', required: true, max: 5_000 },
    { name: 'postText', required: true, max: 5_000 },
  ],
};

/**
 * Checks the shape of a version's variants for its channel (locales, required fields, types,
 * lengths, no unknown field) and returns them typed. Template syntax is checked afterwards.
 */
export function checkVariantsShape(channel: Channel, input: unknown): { variants: Variants; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const fail: Fail = (path, message, code = FieldProblem.Invalid, params) => errors.push({ path, message, code, ...(params && { params }) });
  if (!isObject(input) || Object.keys(input).length === 0) {
    fail('variants', 'must be an object with at least one locale, e.g. {"fr": {…}, "en": {…}}', FieldProblem.Required);
    return { variants: {}, errors };
  }
  for (const [locale, variant] of Object.entries(input)) {
    const base = `variants.${locale}`;
    if (!LOCALE.test(locale)) fail(base, 'locale must look like "fr", "en" or "fr-CA"', FieldProblem.InvalidLocale);
    if (!isObject(variant)) {
      fail(base, 'must be an object', FieldProblem.WrongType);
      continue;
    }
    const allowed = new Set([...FIELDS[channel].map((f) => f.name), ...(channel === Channel.Post ? ['callToAction'] : []), ...(channel === Channel.TalkingPoints ? ['keyMessages', 'faq'] : [])]);
    for (const key of Object.keys(variant)) if (!allowed.has(key)) fail(`${base}.${key}`, `is not a field of a ${channel} variant`, FieldProblem.Unknown);
    for (const rule of FIELDS[channel]) checkString(variant[rule.name], `${base}.${rule.name}`, rule.required, rule.max, fail);
    if (channel === Channel.Post && variant.callToAction !== undefined && variant.callToAction !== null) {
      const cta = variant.callToAction;
      if (!isObject(cta)) fail(`${base}.callToAction`, 'must be an object {label, url}', FieldProblem.WrongType);
      else {
        checkString(cta.label, `${base}.callToAction.label`, true, 75, fail);
        checkString(cta.url, `${base}.callToAction.url`, true, 2000, fail);
        for (const key of Object.keys(cta)) if (key !== 'label' && key !== 'url') fail(`${base}.callToAction.${key}`, 'is not a field of a call to action', FieldProblem.Unknown);
      }
    }
    if (channel === Channel.TalkingPoints) {
      const messages = variant.keyMessages;
      if (!Array.isArray(messages) || messages.length === 0 || messages.length > 10) fail(`${base}.keyMessages`, 'must be a list of 1 to 10 messages', FieldProblem.TooMany);
      else messages.forEach((m, i) => checkString(m, `${base}.keyMessages[${i}]`, true, 1000, fail));
      const faq = variant.faq;
      if (!Array.isArray(faq) || faq.length > 20) fail(`${base}.faq`, 'must be a list of at most 20 {question, answer}', FieldProblem.TooMany);
      else
        faq.forEach((item, i) => {
          if (!isObject(item)) return fail(`${base}.faq[${i}]`, 'must be an object {question, answer}', FieldProblem.WrongType);
          checkString(item.question, `${base}.faq[${i}].question`, true, 500, fail);
          checkString(item.answer, `${base}.faq[${i}].answer`, true, 2000, fail);
          for (const key of Object.keys(item)) if (key !== 'question' && key !== 'answer') fail(`${base}.faq[${i}].${key}`, 'is not a field of a FAQ entry', FieldProblem.Unknown);
        });
    }
  }
  return { variants: input as Variants, errors };
}

type Fail = (path: string, message: string, code?: FieldProblem, params?: Record<string, number>) => void;

function checkString(value: unknown, path: string, required: boolean, max: number, fail: Fail): void {
  if (value === undefined || value === null) {
    if (required) fail(path, 'is required', FieldProblem.Required);
    return;
  }
  if (typeof value !== 'string') return fail(path, 'must be a string', FieldProblem.WrongType);
  if (required && !value.trim()) return fail(path, 'must not be empty', FieldProblem.Required);
  if (value.length > max) fail(path, `must be at most ${max} characters`, FieldProblem.TooLong, { max });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The variant to use: the learner's locale, then the workspace default, then any available one;
 * a regional locale (fr-CA) also matches its language (fr), and the reverse.
 */
export function resolveLocale(available: string[], preferred: Array<string | null | undefined>): string {
  if (available.length === 0) throw new Error('A template version has at least one variant');
  for (const wanted of preferred) {
    if (!wanted) continue;
    const exact = available.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const language = wanted.slice(0, 2).toLowerCase();
    const sameLanguage = available.find((l) => l.slice(0, 2).toLowerCase() === language);
    if (sameLanguage) return sameLanguage;
  }
  return [...available].sort()[0];
}
