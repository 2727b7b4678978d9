import type { AbTest, BreakdownRow, Funnel, Report } from './use-report';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A ratio as a percentage in the reader's language; a dash when there is none. */
export function percent(value: number | null | undefined, language: string, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** A file-name-safe slug of a name: letters (accents kept) and digits joined by dashes ("Printemps : été" → "printemps-été"). */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'campagne';
}

export function count(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

export function money(value: number | null, currency: string | null, language: string): string {
  if (value === null) return '—';
  return currency ? new Intl.NumberFormat(language, { style: 'currency', currency }).format(value) : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/**
 * The A/B verdict in the reader's words, from the test's outcome, leader and confidence (the api's
 * `verdict` is English).
 */
export function verdictSentence(t: T, test: Pick<AbTest, 'outcome' | 'leader' | 'confidence' | 'variants'>): string {
  if (test.outcome === 'significant' && test.leader) return t('ab.significant', { leader: test.leader, confidence: test.confidence ?? 95 });
  if (test.outcome === 'inconclusive') return t('ab.inconclusive', { leader: test.leader ?? '—' });
  return t('ab.insufficient');
}

export type SortKey = 'label' | keyof Funnel | 'clickThrough' | 'participation';

/** A breakdown's rows sorted by a column (a label alphabetically, a figure or a rate as numbers; no rate last). */
export function sortRows(rows: BreakdownRow[], key: SortKey, descending: boolean, language: string): BreakdownRow[] {
  const value = (row: BreakdownRow): number | string | null => {
    if (key === 'label') return row.label;
    if (key === 'clickThrough' || key === 'participation') return row.rates[key];
    return row.funnel[key];
  };
  const collator = new Intl.Collator(language);
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? collator.compare(x, y as string) : (x as number) - (y as number);
    return descending ? -order : order;
  });
}

type Day = Report['daily'][number];

/** The daily series with the quiet days in between as zeros, so a chart's axis keeps time evenly. */
export function everyDay(days: Day[]): Day[] {
  if (days.length === 0) return [];
  const byDate = new Map(days.map((d) => [d.date, d]));
  const out: Day[] = [];
  const last = Date.parse(`${days[days.length - 1]!.date}T00:00:00Z`);
  // Capped at a year and a half: a series longer than that is drawn as it comes.
  for (let at = Date.parse(`${days[0]!.date}T00:00:00Z`), n = 0; at <= last && n < 550; at += 86_400_000, n++) {
    const date = new Date(at).toISOString().slice(0, 10);
    out.push(byDate.get(date) ?? { date, sent: 0, opened: 0, clicked: 0, enrolled: 0 });
  }
  return out.length === 550 ? days : out;
}
