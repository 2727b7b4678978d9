import { FUNNEL_STAGES, RATE_NAMES, type FunnelCounts, type FunnelRates } from './funnel';

export interface CsvBreakdownRow {
  dimension: string;
  key: string | null;
  label: string;
  funnel: FunnelCounts;
  rates: FunnelRates;
}

const BOM = '\uFEFF';

/**
 * How a spreadsheet of the reader's locale reads a CSV: French Excel expects `;` between fields and a
 * decimal comma (a `,`-separated file opens there in one column); English tools expect `,` and a
 * decimal point.
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
  /** The language of the headers and of the words in the values. */
  language: 'en' | 'fr';
}

export const CSV_DIALECTS = {
  en: { separator: ',', decimal: '.', language: 'en' },
  fr: { separator: ';', decimal: ',', language: 'fr' },
} as const satisfies Record<string, CsvDialect>;

export type CsvLocale = keyof typeof CSV_DIALECTS;

/** The dialect of a locale (`fr-FR` → French; anything else reads English). */
export function csvLocaleOf(locale: string): CsvLocale {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * One CSV field. Fields holding a separator of either kind (`,` or `;`, so the file survives Excel
 * set to either list separator), a quote or a line break are quoted; text starting like a formula
 * is prefixed with `'` so a spreadsheet never evaluates a department name. Numbers take the
 * dialect's decimal mark.
 */
export function csvField(value: string | number | null, dialect: CsvDialect = CSV_DIALECTS.en): string {
  if (value === null) return '';
  if (typeof value === 'number') return dialect.decimal === '.' ? String(value) : String(value).replace('.', dialect.decimal);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: Array<string | number | null>, dialect: CsvDialect) => fields.map((f) => csvField(f, dialect)).join(dialect.separator);
/** A ratio as a percentage with one decimal (0.2163 → 21.6), as the screen shows it. */
const pct = (value: number | null | undefined) => (value === null || value === undefined ? null : Number((value * 100).toFixed(1)));
const money2 = (value: number | null) => (value === null ? null : Number(value.toFixed(2)));

/** The words of the CSV files, in the reader's language: the same names as the report screen. */
export const CSV_WORDS = {
  en: {
    none: '(none)',
    noVariant: '(none)',
    dimension: { total: 'Total', step: 'Step', channel: 'Channel', variant: 'Variant', persona: 'Persona', department: 'Department', site: 'Site' } as Record<string, string>,
    stage: {
      targeted: 'Targeted', sent: 'Sent (learners)', delivered: 'Delivered', opened: 'Opened', machineOpened: 'Machine opens only', clicked: 'Clicked',
      enrolled: 'Enrolled', started: 'Started', completed: 'Completed', reachedEnrolled: 'Enrolled in the session (reached)', reachedStarted: 'Started the session (reached)', reachedCompleted: 'Completed the session (reached)',
    } as Record<string, string>,
    rate: { open: 'Open rate (%)', clickThrough: 'Click-through rate (%)', clickToOpen: 'Click-to-open rate (%)', participation: 'Participation (%)', conversion: 'Conversion (%)', completion: 'Completion (%)' } as Record<string, string>,
    channel: { email: 'email', talking_points: 'talking points', ambassador: 'ambassador', poster: 'poster', post: 'network post', slack: 'Slack', teams: 'Microsoft Teams', webhook: 'webhook' } as Record<string, string>,
    variant: (key: string) => `Variant ${key}`,
    breakdown: ['Breakdown', 'Key', 'Group'],
    ab: ['A/B test (step)', 'Variant', 'Targeted', 'Delivered', 'Clicked', 'Click-through rate (%)', 'Enrolled', 'Leader', 'p-value', 'Winner sent to the rest', 'Verdict'],
    verdict: { significant: (leader: string, confidence: number) => `Variant ${leader} gets more clicks, with ${confidence}% confidence.`, inconclusive: (leader: string) => `No significant difference yet: variant ${leader} leads, but it may be chance.`, insufficient: 'Not enough data yet to compare the variants.' },
    roi: ['Cost', 'Currency', 'Production', 'Hours', 'Hourly rate', 'Cost per enrolment', 'Cost per completion'],
    ambassadors: ['Ambassador rank', 'Ambassador', 'Department', 'Days shared', 'Clicks', 'Enrolled', 'Completed'],
    poster: ['Poster', 'Scans'],
    posterRow: 'Poster (scans of its short link; not in the per-learner funnel)',
    posts: ['Network post (step)', 'Channel', 'Status', 'Sent at', 'Clicks'],
    postStatus: { pending: 'Planned', queued: 'Queued', sending: 'Sending', sent: 'Posted', failed: 'Failed', skipped: 'Skipped' } as Record<string, string>,
    channelGone: '(deleted channel)',
    learners: ['Last name', 'First name', 'Email', 'External id', 'Department', 'Site', 'Persona', 'Stages', 'Sent at', 'Opened at', 'Clicked at', 'Enrolled at'],
  },
  fr: {
    none: '(aucun)',
    noVariant: '(aucune)',
    dimension: { total: 'Total', step: 'Étape', channel: 'Canal', variant: 'Variante', persona: 'Persona', department: 'Service', site: 'Site' } as Record<string, string>,
    stage: {
      targeted: 'Ciblés', sent: 'Envoyés (apprenants)', delivered: 'Remis', opened: 'Ouverts', machineOpened: 'Ouvertures automatiques seules', clicked: 'Cliqués',
      enrolled: 'Inscrits', started: 'Ont commencé', completed: 'Ont terminé', reachedEnrolled: 'Inscrits à la session (touchés)', reachedStarted: 'Ont commencé la session (touchés)', reachedCompleted: 'Ont terminé la session (touchés)',
    } as Record<string, string>,
    rate: { open: 'Taux d’ouverture (%)', clickThrough: 'Taux de clic (%)', clickToOpen: 'Taux de clic après ouverture (%)', participation: 'Participation (%)', conversion: 'Conversion (%)', completion: 'Achèvement (%)' } as Record<string, string>,
    channel: { email: 'e-mail', talking_points: 'éléments de langage', ambassador: 'ambassadeur', poster: 'affiche', post: 'publication réseau', slack: 'Slack', teams: 'Microsoft Teams', webhook: 'webhook' } as Record<string, string>,
    variant: (key: string) => `Variante ${key}`,
    breakdown: ['Répartition', 'Clé', 'Groupe'],
    ab: ['Test A/B (étape)', 'Variante', 'Ciblés', 'Remis', 'Cliqués', 'Taux de clic (%)', 'Inscrits', 'En tête', 'p-valeur', 'Gagnante envoyée aux autres', 'Verdict'],
    verdict: { significant: (leader: string, confidence: number) => `La variante ${leader} obtient plus de clics, avec ${confidence} % de confiance.`, inconclusive: (leader: string) => `Pas de différence significative pour l’instant : la variante ${leader} est devant, mais cela peut être le hasard.`, insufficient: 'Pas encore assez de données pour comparer les variantes.' },
    roi: ['Coût', 'Devise', 'Production', 'Heures', 'Taux horaire', 'Coût par inscription', 'Coût par achèvement'],
    ambassadors: ['Rang', 'Ambassadeur', 'Service', 'Jours partagés', 'Clics', 'Inscrits', 'Ont terminé'],
    poster: ['Affiche', 'Scans'],
    posterRow: 'Affiche (scans de son lien court ; hors entonnoir par apprenant)',
    posts: ['Publication réseau (étape)', 'Canal', 'État', 'Publiée le', 'Clics'],
    postStatus: { pending: 'Prévue', queued: 'En file', sending: 'En cours', sent: 'Publiée', failed: 'Échec', skipped: 'Écartée' } as Record<string, string>,
    channelGone: '(canal supprimé)',
    learners: ['Nom', 'Prénom', 'E-mail', 'Identifiant externe', 'Service', 'Site', 'Persona', 'Étapes atteintes', 'Envoyé le', 'Ouvert le', 'Cliqué le', 'Inscrit le'],
  },
};

export type CsvWords = (typeof CSV_WORDS)['en'];
export const wordsOf = (dialect: CsvDialect): CsvWords => CSV_WORDS[dialect.language];

/** A group's name as the screen shows it: channels and variants in words, the group without a value as "(none)". */
function groupName(row: CsvBreakdownRow, words: CsvWords): string {
  if (row.key === null && row.dimension !== 'total') return row.dimension === 'variant' ? words.noVariant : words.none;
  if (row.dimension === 'channel') return words.channel[row.label] ?? row.label;
  if (row.dimension === 'variant') return words.variant(row.label);
  return row.label;
}

/** The breakdown rows (header first), rates as percentages with one decimal. */
function breakdownLines(rows: CsvBreakdownRow[], dialect: CsvDialect): string[] {
  const words = wordsOf(dialect);
  const header = [...words.breakdown, ...FUNNEL_STAGES.map((s) => words.stage[s]!), ...RATE_NAMES.map((r) => words.rate[r]!)];
  return [
    line(header, dialect),
    ...rows.map((row) =>
      line([words.dimension[row.dimension] ?? row.dimension, row.key, groupName(row, words), ...FUNNEL_STAGES.map((stage) => row.funnel[stage]), ...RATE_NAMES.map((name) => pct(row.rates[name]))], dialect),
    ),
  ];
}

/** The breakdowns as CSV: UTF-8 with a BOM (Excel then reads accents right), CRLF line ends, rates as percentages. */
export function breakdownsCsv(rows: CsvBreakdownRow[], dialect: CsvDialect = CSV_DIALECTS.en): string {
  return `${BOM}${breakdownLines(rows, dialect).join('\r\n')}\r\n`;
}

export interface CsvReport {
  rows: CsvBreakdownRow[];
  abTests: Array<{
    stepName: string;
    outcome: string;
    leader: string | null;
    confidence: number | null;
    pValue: number | null;
    winner: string | null;
    variants: Array<{ variant: string; targeted: number; delivered: number; clicked: number; rate: number | null; enrolled: number }>;
  }>;
  roi: { cost: number | null; currency: string | null; production: number | null; hours: number | null; hourlyRate: number | null; costPerEnrolment: number | null; costPerCompletion: number | null };
  ambassadors: Array<{ rank: number; name: string; department: string | null; relayCount: number; clicks: number; enrolled: number; completed: number }>;
  posterScans: number;
  posts: Array<{ stepName: string; channelName: string | null; channelKind: string | null; status: string; sentAt: string | null; clicks: number }>;
}

/** The A/B verdict in the reader's words, from the test's outcome, leader and confidence. */
export function verdictText(test: Pick<CsvReport['abTests'][number], 'outcome' | 'leader' | 'confidence'>, words: CsvWords): string {
  if (test.outcome === 'significant' && test.leader) return words.verdict.significant(test.leader, test.confidence ?? 95);
  if (test.outcome === 'inconclusive') return words.verdict.inconclusive(test.leader ?? '—');
  return words.verdict.insufficient;
}

/**
 * The whole report as one CSV file: the breakdowns, then (each after a blank line, with its own
 * header) the A/B tests, the ROI, the ambassador leaderboard, the poster's scans and the network
 * posts. Headers and words in the dialect's language; rates as percentages with one decimal.
 * UTF-8 with a BOM, CRLF. `posts[].sentAt` is already in the workspace's local time.
 */
export function reportCsv(report: CsvReport, dialect: CsvDialect = CSV_DIALECTS.en): string {
  const words = wordsOf(dialect);
  const variant = (key: string | null) => (key === null ? null : words.variant(key));
  const ab = [
    line(words.ab, dialect),
    ...report.abTests.flatMap((test) =>
      test.variants.map((v) => line([test.stepName, variant(v.variant), v.targeted, v.delivered, v.clicked, pct(v.rate), v.enrolled, variant(test.leader), test.pValue === null ? null : Number(test.pValue.toFixed(4)), variant(test.winner), verdictText(test, words)], dialect)),
    ),
  ];
  const { roi } = report;
  const roiLines = [line(words.roi, dialect), line([roi.cost, roi.currency, roi.production, roi.hours, roi.hourlyRate, money2(roi.costPerEnrolment), money2(roi.costPerCompletion)], dialect)];
  const leaderboard = [line(words.ambassadors, dialect), ...report.ambassadors.map((a) => line([a.rank, a.name, a.department, a.relayCount, a.clicks, a.enrolled, a.completed], dialect))];
  const poster = [line(words.poster, dialect), line([words.posterRow, report.posterScans], dialect)];
  const posts = [
    line(words.posts, dialect),
    ...report.posts.map((p) => line([p.stepName, p.channelName ?? words.channelGone, words.postStatus[p.status] ?? p.status, p.sentAt, p.clicks], dialect)),
  ];
  const sections = [breakdownLines(report.rows, dialect), ab, roiLines, leaderboard, poster, posts];
  return `${BOM}${sections.map((lines) => lines.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
