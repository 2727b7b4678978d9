import { isEmail } from 'class-validator';
import { FieldProblem } from '../../common/errors/field-problem';
import { type KnownZones, unknownZoneMessage } from '../../infrastructure/database/time-zones';
import { ISO_COUNTRY_CODES } from './iso-countries';
import { countryCodeByName, languageTagByName } from './place-names';
import { HEADER_TEXT_RULE, isHeaderText } from '../../infrastructure/mail/mail-headers';

/** A flat attribute value: nested objects and arrays are refused so segments can compare them. */
export type AttributeValue = string | number | boolean | null;

/** Learner fields as received, from the API (typed JSON) or a CSV row (strings). */
export interface LearnerInput {
  externalId?: unknown;
  email?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  locale?: unknown;
  timeZone?: unknown;
  department?: unknown;
  jobTitle?: unknown;
  site?: unknown;
  country?: unknown;
  managerExternalId?: unknown;
  hireDate?: unknown;
  attributes?: unknown;
  personaId?: unknown;
  networkHandle?: unknown;
  consentEmail?: unknown;
  consentNetwork?: unknown;
}

export type LearnerField = keyof LearnerInput;

/**
 * Normalised learner fields. A key is present only when the input carried it, so an update
 * touches exactly the fields it was given.
 */
export interface LearnerValues {
  externalId?: string;
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  locale?: string;
  timeZone?: string;
  department?: string | null;
  jobTitle?: string | null;
  site?: string | null;
  country?: string | null;
  managerExternalId?: string | null;
  hireDate?: string | null;
  attributes?: Record<string, AttributeValue>;
  personaId?: string | null;
  networkHandle?: string | null;
  consentEmail?: boolean;
  consentNetwork?: boolean;
}

export interface FieldError {
  /** The input field, or `attributes.<key>` for one attribute. */
  field: string;
  message: string;
  code: FieldProblem;
}

export interface NormalisedLearner {
  values: LearnerValues;
  errors: FieldError[];
}

export const MAX_TEXT_LENGTH = 200;
export const MAX_ATTRIBUTES = 100;
export const MAX_ATTRIBUTE_TEXT_LENGTH = 2000;
const ATTRIBUTE_KEY = /^[A-Za-z0-9_-]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const OPTIONAL_TEXT = ['firstName', 'lastName', 'department', 'jobTitle', 'site', 'managerExternalId', 'networkHandle'] as const;
// The names go into the To header of every email (the email too, checked with it).
const HEADER_TEXT: ReadonlySet<LearnerField> = new Set(['firstName', 'lastName']);

/**
 * Validates and normalises learner fields, the same way for the API and the CSV import:
 * email trimmed and lower-cased, locale canonicalised (`fr-fr` → `fr-FR`), a time zone that
 * `zones` knows (in its canonical spelling), ISO country upper-cased, real `YYYY-MM-DD` hire date,
 * flat attributes. Empty optional text becomes null. `required` lists fields that must be present
 * and non-empty (creation needs externalId and email). Every problem is reported, not just the first.
 */
export function normaliseLearnerInput(input: LearnerInput, zones: KnownZones, required: readonly LearnerField[] = []): NormalisedLearner {
  const values: LearnerValues = {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string, code: FieldProblem) => errors.push({ field, message, code });

  for (const field of required) {
    if (input[field] === undefined || input[field] === null || input[field] === '') fail(field, 'is required', FieldProblem.Required);
  }
  const has = (field: LearnerField) => input[field] !== undefined && !(required.includes(field) && (input[field] === null || input[field] === ''));

  if (has('externalId')) {
    const text = requiredText(input.externalId);
    if (isProblem(text)) fail('externalId', text.error, text.code);
    else values.externalId = text;
  }

  if (has('email')) {
    const email = normaliseEmail(input.email);
    if (isProblem(email)) fail('email', email.error, email.code);
    else values.email = email;
  }

  for (const field of OPTIONAL_TEXT) {
    if (!has(field)) continue;
    const text = optionalText(input[field]);
    if (isProblem(text)) fail(field, text.error, text.code);
    else if (text && HEADER_TEXT.has(field) && !isHeaderText(text)) fail(field, HEADER_TEXT_RULE, FieldProblem.ControlCharacters);
    else values[field] = text;
  }

  if (has('locale')) {
    const locale = canonicalLocale(input.locale);
    if (isProblem(locale)) fail('locale', locale.error, locale.code);
    else values.locale = locale;
  }

  if (has('timeZone')) {
    const zone = typeof input.timeZone === 'string' ? input.timeZone.trim() : '';
    const known = zone ? zones.canonical(zone) : undefined;
    if (known) values.timeZone = known;
    else fail('timeZone', zone ? unknownZoneMessage(zone) : 'must be an IANA time zone such as Europe/Paris', FieldProblem.UnknownTimeZone);
  }

  if (has('country')) {
    const country = normaliseCountry(input.country);
    if (isProblem(country)) fail('country', country.error, country.code);
    else values.country = country;
  }

  if (has('hireDate')) {
    const date = normaliseDate(input.hireDate);
    if (isProblem(date)) fail('hireDate', date.error, date.code);
    else values.hireDate = date;
  }

  if (has('personaId')) {
    const id = input.personaId;
    if (id === null || id === '') values.personaId = null;
    else if (typeof id === 'string' && UUID.test(id.trim())) values.personaId = id.trim().toLowerCase();
    else fail('personaId', 'must be a UUID', FieldProblem.InvalidUuid);
  }

  for (const field of ['consentEmail', 'consentNetwork'] as const) {
    if (!has(field)) continue;
    if (typeof input[field] === 'boolean') values[field] = input[field];
    else fail(field, 'must be true or false', FieldProblem.InvalidBoolean);
  }

  if (has('attributes')) {
    const attributes = normaliseAttributes(input.attributes, fail);
    if (attributes) values.attributes = attributes;
  }

  return { values, errors };
}

type Checked<T> = T | { error: string; code: FieldProblem };

function isProblem<T>(checked: Checked<T>): checked is { error: string; code: FieldProblem } {
  return typeof checked === 'object' && checked !== null && 'error' in checked;
}

function requiredText(value: unknown): Checked<string> {
  if (value === null) return { error: 'cannot be null', code: FieldProblem.Required };
  if (typeof value !== 'string') return { error: 'must be a string', code: FieldProblem.WrongType };
  const text = value.trim();
  if (!text) return { error: 'must not be empty', code: FieldProblem.Required };
  if (text.length > MAX_TEXT_LENGTH) return { error: `must be at most ${MAX_TEXT_LENGTH} characters`, code: FieldProblem.TooLong };
  return text;
}

function optionalText(value: unknown): Checked<string | null> {
  if (value === null) return null;
  if (typeof value !== 'string') return { error: 'must be a string or null', code: FieldProblem.WrongType };
  const text = value.trim();
  if (text.length > MAX_TEXT_LENGTH) return { error: `must be at most ${MAX_TEXT_LENGTH} characters`, code: FieldProblem.TooLong };
  return text || null;
}

export function normaliseEmail(value: unknown): Checked<string> {
  if (value === null) return { error: 'cannot be null', code: FieldProblem.Required };
  if (typeof value !== 'string') return { error: 'must be a string', code: FieldProblem.WrongType };
  const email = value.trim().toLowerCase();
  if (!email) return { error: 'must not be empty', code: FieldProblem.Required };
  // A quoted local part may hold a line break and still look valid.
  if (!isHeaderText(email)) return { error: HEADER_TEXT_RULE, code: FieldProblem.ControlCharacters };
  if (email.length > 254 || !isEmail(email)) return { error: `"${clip(value.trim())}" is not a valid email address`, code: FieldProblem.InvalidEmail };
  return email;
}

// Called once per CSV row, and slow (Intl): cache the few distinct values a file holds.
const localeCache = new Map<string, Checked<string>>();

export function canonicalLocale(value: unknown): Checked<string> {
  if (typeof value !== 'string' || !value.trim()) return { error: 'must be a BCP 47 language tag such as fr-FR', code: FieldProblem.InvalidLocale };
  // HR exports often write the language's name ("Français", "anglais"), or POSIX-style `fr_FR`.
  const named = languageTagByName(value);
  if (named) return named;
  const tag = value.trim().replace(/_/g, '-');
  let result = localeCache.get(tag);
  if (!result) {
    try {
      result = Intl.getCanonicalLocales(tag)[0];
      // The syntax allows a 5-8 letter language ("english"), but every registered one has 2 or 3.
      if (!/^[a-z]{2,3}(-|$)/.test(result)) throw new RangeError(result);
    } catch {
      result = { error: `"${clip(value.trim())}" is not a language: a BCP 47 tag (e.g. fr-FR, en) or a name in French or English`, code: FieldProblem.InvalidLocale };
    }
    if (localeCache.size < 10_000) localeCache.set(tag, result);
  }
  return result;
}

function normaliseCountry(value: unknown): Checked<string | null> {
  if (value === null) return null;
  if (typeof value !== 'string') return { error: 'must be an ISO 3166-1 alpha-2 code such as FR', code: FieldProblem.InvalidCountry };
  const code = value.trim().toUpperCase();
  if (!code) return null;
  if (ISO_COUNTRY_CODES.has(code)) return code;
  return (
    countryCodeByName(value) ?? {
      error: `"${clip(value.trim())}" is not a country: an ISO 3166-1 alpha-2 code (e.g. FR, DE, US) or a name in French or English`,
      code: FieldProblem.InvalidCountry,
    }
  );
}

function normaliseDate(value: unknown): Checked<string | null> {
  if (value === null) return null;
  if (typeof value !== 'string') return { error: 'must be a date written YYYY-MM-DD', code: FieldProblem.InvalidDate };
  const text = value.trim();
  if (!text) return null;
  const match = ISO_DATE.exec(text);
  if (!match) return { error: `"${clip(text)}" is not a date written YYYY-MM-DD`, code: FieldProblem.InvalidDate };
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: `"${text}" is not a real date`, code: FieldProblem.InvalidDate };
  }
  return text;
}

function normaliseAttributes(value: unknown, fail: (field: string, message: string, code: FieldProblem) => void): Record<string, AttributeValue> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('attributes', 'must be an object of string, number, boolean or null values', FieldProblem.WrongType);
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_ATTRIBUTES) {
    fail('attributes', `must have at most ${MAX_ATTRIBUTES} keys`, FieldProblem.TooMany);
    return undefined;
  }
  const attributes: Record<string, AttributeValue> = {};
  let ok = true;
  for (const [key, item] of entries) {
    if (!ATTRIBUTE_KEY.test(key)) {
      fail(`attributes.${key}`, 'keys are 1 to 64 letters, digits, "_" or "-"', FieldProblem.InvalidAttributeKey);
      ok = false;
    } else if (typeof item === 'string') {
      if (item.length > MAX_ATTRIBUTE_TEXT_LENGTH) {
        fail(`attributes.${key}`, `must be at most ${MAX_ATTRIBUTE_TEXT_LENGTH} characters`, FieldProblem.TooLong);
        ok = false;
      } else attributes[key] = item;
    } else if ((typeof item === 'number' && Number.isFinite(item)) || typeof item === 'boolean' || item === null) {
      attributes[key] = item;
    } else {
      fail(`attributes.${key}`, 'must be a string, number, boolean or null (no nested objects or lists)', FieldProblem.WrongType);
      ok = false;
    }
  }
  return ok ? attributes : undefined;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
