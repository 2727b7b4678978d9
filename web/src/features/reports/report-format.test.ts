import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import { percent, sortRows, verdictSentence } from './report-format';
import type { BreakdownRow } from './use-report';

// The sentence's template from the English strings, filled as i18next would.
const t = (key: string, options: Record<string, unknown> = {}) => {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(options[name]));
};

const row = (key: string | null, label: string, targeted: number, participation: number | null): BreakdownRow => ({
  key,
  label,
  funnel: { targeted, sent: 0, delivered: 0, opened: 0, machineOpened: 0, clicked: 0, enrolled: 0, started: 0, completed: 0 },
  rates: { open: null, clickThrough: null, clickToOpen: null, participation, conversion: null, completion: null },
});

describe('verdictSentence', () => {
  it('says the verdict from outcome, leader and confidence, not from the api English text', () => {
    expect(verdictSentence(t, { outcome: 'significant', leader: 'B', confidence: 99, variants: [] })).toBe('Variant B gets more clicks, with 99% confidence.');
    expect(verdictSentence(t, { outcome: 'inconclusive', leader: 'A', confidence: null, variants: [] })).toMatch(/^No significant difference yet: variant A leads/);
    expect(verdictSentence(t, { outcome: 'insufficient', leader: 'A', confidence: null, variants: [] })).toMatch(/^Not enough data yet/);
  });
});

describe('sortRows', () => {
  const rows = [row('a', 'Émile', 3, 0.5), row('b', 'Zoé', 10, null), row(null, '(none)', 1, 0.1)];
  it('sorts by a figure, a rate (none last) or a label in the reader’s collation', () => {
    expect(sortRows(rows, 'targeted', true, 'fr').map((r) => r.key)).toEqual(['b', 'a', null]);
    expect(sortRows(rows, 'participation', false, 'fr').map((r) => r.key)).toEqual([null, 'a', 'b']);
    expect(sortRows(rows, 'label', false, 'fr').map((r) => r.label)).toEqual(['(none)', 'Émile', 'Zoé']);
  });
});

describe('percent', () => {
  it('writes a French percentage with a comma and a dash for none', () => {
    expect(percent(0.6667, 'fr')).toBe('66,7\u00a0%');
    expect(percent(null, 'en')).toBe('—');
  });
});

describe('everyDay', () => {
  it('fills the quiet days with zeros', async () => {
    const { everyDay } = await import('./report-format');
    const day = (date: string, sent: number) => ({ date, sent, opened: 0, clicked: 0, enrolled: 0 });
    expect(everyDay([day('2026-03-30', 2), day('2026-04-02', 1)]).map((d) => [d.date, d.sent])).toEqual([
      ['2026-03-30', 2],
      ['2026-03-31', 0],
      ['2026-04-01', 0],
      ['2026-04-02', 1],
    ]);
    expect(everyDay([])).toEqual([]);
  });
});

describe('file names', () => {
  it('slugs a campaign name, accents kept, and names a drill-down export after its selection', async () => {
    const { slugOf } = await import('./report-format');
    const { exportFileName } = await import('./drilldown-drawer');
    expect(slugOf('Printemps du feedback : été 2026 !')).toBe('printemps-du-feedback-été-2026');
    expect(slugOf('***')).toBe('campagne');
    const words: Record<string, string> = { 'stage.clicked.short': 'Cliqués', 'stage.enrolled.short': 'Inscrits', 'drill.fileExcept': 'sauf', noValue: '(aucun)' };
    const t = (key: string) => words[key] ?? key;
    expect(exportFileName(t, 'Printemps du feedback', { stage: 'clicked', notStage: 'enrolled' })).toBe('printemps-du-feedback-cliqués-sauf-inscrits.csv');
    expect(exportFileName(t, 'Printemps', { stage: 'clicked', dimension: 'department', key: null, label: '(aucun)' })).toBe('printemps-cliqués-aucun.csv');
  });
});
