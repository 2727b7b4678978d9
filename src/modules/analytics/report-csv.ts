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
 * One CSV field. Fields holding a separator of either kind (`,` or `;`, so the file survives Excel
 * set to either list separator), a quote or a line break are quoted; text starting like a formula
 * is prefixed with `'` so a spreadsheet never evaluates a department name.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The breakdowns as CSV: UTF-8 with a BOM (Excel then reads accents right), CRLF line ends, rates as decimals. */
export function breakdownsCsv(rows: CsvBreakdownRow[]): string {
  const header = ['dimension', 'key', 'label', ...FUNNEL_STAGES.map(snake), ...RATE_NAMES.map((r) => `${snake(r)}_rate`)];
  const lines = rows.map((row) =>
    [
      row.dimension,
      row.key,
      row.label,
      ...FUNNEL_STAGES.map((stage) => row.funnel[stage]),
      ...RATE_NAMES.map((name) => (row.rates[name] === null ? null : Number(row.rates[name]!.toFixed(4)))),
    ]
      .map(csvField)
      .join(','),
  );
  return `${BOM}${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
