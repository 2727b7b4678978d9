import { FUNNEL_STAGES, RATE_NAMES, type FunnelCounts, type FunnelRates } from './funnel';

export interface CsvBreakdownRow {
  dimension: string;
  key: string | null;
  label: string;
  funnel: FunnelCounts;
  rates: FunnelRates;
}

const BOM = '\uFEFF';

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * How a spreadsheet of the reader's locale reads a CSV: French Excel expects `;` between fields and a
 * decimal comma (a `,`-separated file opens there in one column); English tools expect `,` and a
 * decimal point.
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_DIALECTS = {
  en: { separator: ',', decimal: '.' },
  fr: { separator: ';', decimal: ',' },
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
const ratio = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value.toFixed(4)));

/** The breakdown rows (header first), rates as decimals. */
function breakdownLines(rows: CsvBreakdownRow[], dialect: CsvDialect): string[] {
  const header = ['dimension', 'key', 'label', ...FUNNEL_STAGES.map(snake), ...RATE_NAMES.map((r) => `${snake(r)}_rate`)];
  return [
    line(header, dialect),
    ...rows.map((row) => line([row.dimension, row.key, row.label, ...FUNNEL_STAGES.map((stage) => row.funnel[stage]), ...RATE_NAMES.map((name) => ratio(row.rates[name]))], dialect)),
  ];
}

/** The breakdowns as CSV: UTF-8 with a BOM (Excel then reads accents right), CRLF line ends, rates as decimals. */
export function breakdownsCsv(rows: CsvBreakdownRow[], dialect: CsvDialect = CSV_DIALECTS.en): string {
  return `${BOM}${breakdownLines(rows, dialect).join('\r\n')}\r\n`;
}

export interface CsvReport {
  rows: CsvBreakdownRow[];
  abTests: Array<{ stepName: string; verdict: string; leader: string | null; pValue: number | null; winner: string | null; variants: Array<{ variant: string; targeted: number; delivered: number; clicked: number; rate: number | null; enrolled: number }> }>;
  roi: { cost: number | null; currency: string | null; production: number | null; hours: number | null; hourlyRate: number | null; costPerEnrolment: number | null; costPerCompletion: number | null };
  ambassadors: Array<{ rank: number; name: string; department: string | null; enrolled: number; completed: number }>;
}

/**
 * The whole report as one CSV file: the breakdowns, then (each after a blank line, with its own
 * header) the A/B tests, the ROI and the ambassador leaderboard. UTF-8 with a BOM, CRLF.
 */
export function reportCsv(report: CsvReport, dialect: CsvDialect = CSV_DIALECTS.en): string {
  const ab = [
    line(['ab_step', 'variant', 'targeted', 'delivered', 'clicked', 'click_rate', 'enrolled', 'leader', 'p_value', 'winner', 'verdict'], dialect),
    ...report.abTests.flatMap((test) =>
      test.variants.map((v) => line([test.stepName, v.variant, v.targeted, v.delivered, v.clicked, ratio(v.rate), v.enrolled, test.leader, ratio(test.pValue), test.winner, test.verdict], dialect)),
    ),
  ];
  const { roi } = report;
  const roiLines = [
    line(['roi_cost', 'currency', 'production', 'hours', 'hourly_rate', 'cost_per_enrolment', 'cost_per_completion'], dialect),
    line([roi.cost, roi.currency, roi.production, roi.hours, roi.hourlyRate, roi.costPerEnrolment === null ? null : Number(roi.costPerEnrolment.toFixed(2)), roi.costPerCompletion === null ? null : Number(roi.costPerCompletion.toFixed(2))], dialect),
  ];
  const leaderboard = [line(['ambassador_rank', 'name', 'department', 'enrolled', 'completed'], dialect), ...report.ambassadors.map((a) => line([a.rank, a.name, a.department, a.enrolled, a.completed], dialect))];
  const sections = [breakdownLines(report.rows, dialect), ab, roiLines, leaderboard];
  return `${BOM}${sections.map((lines) => lines.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
