import type { FunnelDimension, FunnelRow } from './report.repository';

/** A day's opens of one step, variant and channel, as counted in aggregate (see `open_counts`). */
export interface OpenCounterRow {
  stepId: string;
  /** '' when the step has no variants. */
  variant: string;
  channel: string;
  /** `YYYY-MM-DD` in the workspace's zone. */
  day: string;
  opens: number;
  machineOpens: number;
}

/** Breakdowns the counters can say something about; profiles (persona, department, site) they cannot. */
const COUNTED: ReadonlySet<FunnelDimension> = new Set(['total', 'step', 'stepVariant', 'variant', 'channel', 'day']);

/** Dimensions whose opens are unknown in aggregate mode: the counters name no learner, so no profile. */
export const OPENS_UNKNOWN: ReadonlySet<FunnelDimension> = new Set(['persona', 'department', 'site']);

/**
 * The report's rows with their opens taken from the aggregate counters: in a workspace that keeps
 * opens in aggregate only, `opened` and `machineOpened` are the opens counted (a learner who opens
 * twice counts twice) by step, variant, channel and day; by persona, department or site they are
 * unknown (0, and the report says so). Counter days without another figure get a row of their own.
 */
export function withOpenCounters(rows: readonly FunnelRow[], counters: readonly OpenCounterRow[]): FunnelRow[] {
  const sums = new Map<string, { opens: number; machineOpens: number }>();
  const add = (dimension: FunnelDimension, key: string | null, c: OpenCounterRow) => {
    const id = `${dimension}\u0000${key ?? ''}`;
    const sum = sums.get(id) ?? { opens: 0, machineOpens: 0 };
    sum.opens += c.opens;
    sum.machineOpens += c.machineOpens;
    sums.set(id, sum);
  };
  for (const c of counters) {
    add('total', null, c);
    add('step', c.stepId, c);
    if (c.variant) add('stepVariant', `${c.stepId}:${c.variant}`, c);
    add('variant', c.variant || null, c);
    add('channel', c.channel, c);
    add('day', c.day, c);
  }
  const counted = (row: FunnelRow) => sums.get(`${row.dimension}\u0000${row.key ?? ''}`) ?? { opens: 0, machineOpens: 0 };
  const out = rows.map((row): FunnelRow => {
    if (COUNTED.has(row.dimension)) {
      const { opens, machineOpens } = counted(row);
      return { ...row, opened: opens, machineOpened: machineOpens };
    }
    if (OPENS_UNKNOWN.has(row.dimension)) return { ...row, opened: 0, machineOpened: 0 };
    return { ...row };
  });
  const days = new Set(rows.filter((r) => r.dimension === 'day').map((r) => r.key));
  for (const day of new Set(counters.map((c) => c.day))) {
    if (days.has(day)) continue;
    const { opens, machineOpens } = sums.get(`day\u0000${day}`)!;
    out.push({ dimension: 'day', key: day, targeted: 0, sent: 0, delivered: 0, opened: opens, machineOpened: machineOpens, clicked: 0, enrolled: 0, started: 0, completed: 0 });
  }
  return out;
}
