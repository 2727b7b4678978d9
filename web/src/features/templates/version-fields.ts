import { diffWords, structuredPatch } from 'diff';

/** One field of a locale's content as text: `callToAction.url`, `keyMessages` (one per line)… */
export interface VariantField {
  key: string;
  text: string;
  /** Compared line by line (a body, a list) rather than word by word (a subject). */
  long: boolean;
}

// The order a person reads a message in; fields the console does not know come after, by name.
const ORDER = ['subject', 'preheader', 'title', 'intro', 'keyMessages', 'postText', 'faq', 'callToAction.label', 'callToAction.url', 'body', 'text'];
const LONG = new Set(['body', 'text', 'intro', 'postText', 'keyMessages', 'faq']);

const rank = (key: string) => {
  const i = ORDER.indexOf(key);
  return i === -1 ? ORDER.length : i;
};

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const items = value.map(asText);
    // A list of pairs (a FAQ) reads best with a blank line between its items.
    return items.join(value.some((v) => typeof v === 'object' && v !== null) ? '\n\n' : '\n');
  }
  if (typeof value === 'object') return Object.values(value).map(asText).filter(Boolean).join('\n');
  return String(value);
}

/** A locale's content (as the api stores it) as a list of text fields, in reading order. */
export function variantFields(variant: unknown): VariantField[] {
  if (!variant || typeof variant !== 'object') return [];
  const fields: VariantField[] = [];
  for (const [key, value] of Object.entries(variant)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value)) {
        if (subValue !== null && subValue !== undefined) fields.push({ key: `${key}.${sub}`, text: asText(subValue), long: false });
      }
      continue;
    }
    const text = asText(value);
    fields.push({ key, text, long: LONG.has(key) || text.includes('\n') });
  }
  return fields.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

export type Variants = Record<string, unknown>;

/** One line of a hunk: kept as context, removed, or added. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}
export interface Hunk {
  /** First line in the older and the newer text (1-based). */
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}
/** A short field: its words, each kept, removed or added. */
export interface DiffWords {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export type FieldChange =
  | { key: string; status: 'same' }
  | { key: string; status: 'added' | 'removed' | 'changed'; long: true; hunks: Hunk[] }
  | { key: string; status: 'added' | 'removed' | 'changed'; long: false; words: DiffWords[] };

export interface LocaleChange {
  locale: string;
  /** The locale exists in both versions, only in the newer (added) or only in the older (removed). */
  status: 'both' | 'added' | 'removed';
  fields: FieldChange[];
}

const CONTEXT_LINES = 2;

function lineHunks(before: string, after: string): Hunk[] {
  const patch = structuredPatch('', '', before, after, '', '', { context: CONTEXT_LINES });
  return patch.hunks.map((hunk) => ({
    oldStart: hunk.oldStart,
    newStart: hunk.newStart,
    lines: hunk.lines
      .filter((line) => !line.startsWith('\\')) // "\ No newline at end of file"
      .map((line) => ({ kind: line[0] === '+' ? 'added' : line[0] === '-' ? 'removed' : 'same', text: line.slice(1) })),
  }));
}

function wordChanges(before: string, after: string): DiffWords[] {
  return diffWords(before, after).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

function compareField(key: string, before: VariantField | undefined, after: VariantField | undefined): FieldChange {
  const a = before?.text ?? '';
  const b = after?.text ?? '';
  if (before && after && a === b) return { key, status: 'same' };
  const status = !before ? 'added' : !after ? 'removed' : 'changed';
  const long = Boolean(before?.long || after?.long);
  return long ? { key, status, long, hunks: lineHunks(a, b) } : { key, status, long, words: wordChanges(a, b) };
}

/**
 * What changed from one version's content to another's, locale by locale and field by field
 * (locales in `order` first, then the others by code).
 */
export function compareVariants(older: Variants, newer: Variants, order: string[] = []): LocaleChange[] {
  const locales = [...new Set([...Object.keys(older), ...Object.keys(newer)])].sort((x, y) => {
    const rx = order.indexOf(x);
    const ry = order.indexOf(y);
    return (rx === -1 ? order.length : rx) - (ry === -1 ? order.length : ry) || x.localeCompare(y);
  });
  return locales.map((locale) => {
    const before = Object.hasOwn(older, locale) ? variantFields(older[locale]) : null;
    const after = Object.hasOwn(newer, locale) ? variantFields(newer[locale]) : null;
    const keys = [...new Set([...(before ?? []), ...(after ?? [])].map((f) => f.key))].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
    return {
      locale,
      status: before && after ? 'both' : after ? 'added' : 'removed',
      fields: keys.map((key) => compareField(key, before?.find((f) => f.key === key), after?.find((f) => f.key === key))),
    };
  });
}
