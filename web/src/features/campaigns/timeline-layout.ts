// Where things stand on the campaign builder's timeline: pure functions, no React, tested by tables.
// The timeline runs from the first step to the last, around the session; each step sits at the
// instant its anchor and offset give (in the session's zone, at its local send time), and cards
// that would overlap go on separate rows.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type Anchor = 'session_start' | 'session_end' | 'enrol_by' | 'launch' | 'learner_enrolled' | 'learner_completed';
export type Phase = 'before' | 'during' | 'after';

/** A step offset as the api writes it (`-P14D`, `PT2H`, `-P1DT12H`, `P2W`): signed minutes, or null when unreadable. */
export function offsetMinutes(offset: string): number | null {
  const match = /^(-)?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(offset.trim().toUpperCase());
  if (!match) return null;
  const [text, sign, w, d, h, m] = match;
  if ([w, d, h, m].every((x) => x === undefined) || (text.includes('T') && h === undefined && m === undefined)) return null;
  const minutes = ((Number(w ?? 0) * 7 + Number(d ?? 0)) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0);
  return sign ? -minutes : minutes;
}

export interface OffsetParts {
  /** before, after, or at the anchor itself */
  direction: 'before' | 'after' | 'at';
  days: number;
  hours: number;
  minutes: number;
}

/** An offset in parts a sentence can say: « 14 jours avant », « 2 h après ». */
export function offsetParts(offset: string): OffsetParts | null {
  const total = offsetMinutes(offset);
  if (total === null) return null;
  const abs = Math.abs(total);
  return {
    direction: total < 0 ? 'before' : total > 0 ? 'after' : 'at',
    days: Math.floor(abs / 1440),
    hours: Math.floor((abs % 1440) / 60),
    minutes: abs % 60,
  };
}

/** The api's offset from parts: days and hours before (negative) or after the anchor. */
export function toOffset(direction: 'before' | 'after', days: number, hours: number, minutes = 0): string {
  const d = Math.max(0, Math.floor(days));
  const h = Math.max(0, Math.floor(hours));
  const m = Math.max(0, Math.floor(minutes));
  if (d === 0 && h === 0 && m === 0) return 'PT0M';
  const time = h || m ? `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : '';
  return `${direction === 'before' ? '-' : ''}P${d ? `${d}D` : ''}${time}`;
}

// ---- Wall clocks in a zone (the same rule as the api's zoned-time) ---------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds of the wall clock in `zone` at `instant`, counted as if it were UTC (the api's "wall ms"). */
export function toWallMs(instant: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!) + ms;
}

const offsetAt = (instant: number, zone: string) => toWallMs(instant, zone) - instant;

/**
 * The instant a wall clock in `zone` denotes: the earlier one when it occurs twice, and in a gap
 * read with the offset before the change (the api's `fromWallMs`).
 */
export function fromWallMs(wall: number, zone: string): number {
  const before = wall - offsetAt(wall - DAY_MS, zone);
  const after = wall - offsetAt(wall + DAY_MS, zone);
  const fits = [before, after].filter((t) => t + offsetAt(t, zone) === wall).sort((a, b) => a - b);
  return fits[0] ?? before;
}

/** `HH:MM` → minutes of the day; null when absent or unreadable. */
export function localTimeMinutes(localTime: string | null | undefined): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(localTime ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export interface SessionDates {
  startsAt: number;
  endsAt: number;
  enrolBy: number | null;
  timeZone: string;
}

export interface StepShape {
  id: string;
  anchor: Anchor | string;
  offset: string;
  localTime: string | null;
}

/**
 * The instant a step goes in the session's zone, before quiet hours (the api's `stepSendTime`):
 * null when its anchor has no date (a learner's event, no session, no enrol-by date).
 * `launchAt` stands for "launch" (the launch date, or now for a draft).
 */
export function stepInstant(step: StepShape, session: SessionDates | null, launchAt: number): number | null {
  const offset = offsetMinutes(step.offset);
  if (offset === null) return null;
  const anchor =
    step.anchor === 'launch'
      ? launchAt
      : !session
        ? null
        : step.anchor === 'session_start'
          ? session.startsAt
          : step.anchor === 'session_end'
            ? session.endsAt
            : step.anchor === 'enrol_by'
              ? session.enrolBy
              : null;
  if (anchor === null) return null;
  const local = localTimeMinutes(step.localTime);
  if (local === null) return anchor + offset * MINUTE_MS;
  const zone = session?.timeZone ?? 'UTC';
  const wall = toWallMs(anchor, zone) + offset * MINUTE_MS;
  const day = Math.floor(wall / DAY_MS) * DAY_MS;
  return fromWallMs(day + local * MINUTE_MS, zone);
}

// ---- The scale -------------------------------------------------------------------------------------

export interface Scale {
  from: number;
  to: number;
  /** Where an instant stands, from 0 (left) to 1 (right). */
  at(instant: number): number;
  /** The session's start and end on the scale (null without a session). */
  sessionFrom: number | null;
  sessionTo: number | null;
}

/** The session's days get at least this share of the width, however short it is beside the weeks before. */
const MIN_SESSION_SHARE = 0.2;
const MARGIN_SHARE = 0.04;

/**
 * A scale from the first instant to the last (session included), linear in each part (before,
 * during, after the session) but with the session given at least a fifth of the width: a one-day
 * session beside six weeks of invitations stays visible. Margins keep the first and last cards in.
 */
export function timelineScale(instants: readonly number[], session: { startsAt: number; endsAt: number } | null): Scale {
  const all = [...instants, ...(session ? [session.startsAt, session.endsAt] : [])];
  if (all.length === 0) {
    const now = Date.now();
    return { from: now, to: now + DAY_MS, at: () => 0.5, sessionFrom: null, sessionTo: null };
  }
  let from = Math.min(...all);
  let to = Math.max(...all);
  if (to - from < DAY_MS) {
    from -= DAY_MS / 2;
    to += DAY_MS / 2;
  }
  const inner = (f: number) => MARGIN_SHARE + f * (1 - 2 * MARGIN_SHARE);
  if (!session) {
    const at = (t: number) => inner((t - from) / (to - from));
    return { from, to, at, sessionFrom: null, sessionTo: null };
  }
  const before = Math.max(0, session.startsAt - from);
  const during = Math.max(0, session.endsAt - session.startsAt);
  const after = Math.max(0, to - session.endsAt);
  const total = before + during + after;
  let duringShare = Math.max(during / total, MIN_SESSION_SHARE);
  if (before + after === 0) duringShare = 1;
  const rest = 1 - duringShare;
  const beforeShare = before + after === 0 ? 0 : (rest * before) / (before + after);
  const a = beforeShare;
  const b = beforeShare + duringShare;
  const at = (t: number): number => {
    if (t <= session.startsAt) return inner(before === 0 ? 0 : a * Math.max(0, (t - from) / before));
    if (t <= session.endsAt) return inner(a + (during === 0 ? 0 : (duringShare * (t - session.startsAt)) / during));
    return inner(after === 0 ? b : b + (1 - b) * Math.min(1, (t - session.endsAt) / after));
  };
  return { from, to, at, sessionFrom: inner(a), sessionTo: inner(b) };
}

// ---- Cards on rows ---------------------------------------------------------------------------------

export interface PlacedCard {
  id: string;
  /** The exact point of the step on the axis (0–1). */
  x: number;
  /** The card's left edge and width (0–1): centred on x, kept inside the timeline. */
  left: number;
  width: number;
  row: number;
}

/**
 * Puts cards of `width` (a share of the timeline) on rows: each card centred on its point where it
 * fits, on the first row where it overlaps no card already there. Steps are taken in time order.
 */
export function placeCards(points: ReadonlyArray<{ id: string; x: number }>, width: number, gap = 0.01): PlacedCard[] {
  const w = Math.min(1, width);
  const rowsEnd: number[] = [];
  return [...points]
    .sort((p, q) => p.x - q.x || p.id.localeCompare(q.id))
    .map(({ id, x }) => {
      const left = Math.min(Math.max(0, x - w / 2), 1 - w);
      let row = rowsEnd.findIndex((end) => end + gap <= left);
      if (row === -1) {
        row = rowsEnd.length;
        rowsEnd.push(left + w);
      } else rowsEnd[row] = left + w;
      return { id, x, left, width: w, row };
    });
}

/** The phase an instant falls in, by the session's dates: what the timeline's bands say. */
export function phaseAt(instant: number, session: { startsAt: number; endsAt: number } | null): Phase | null {
  if (!session) return null;
  if (instant < session.startsAt) return 'before';
  if (instant <= session.endsAt) return 'during';
  return 'after';
}

/** Date ticks for the axis: about `count` evenly spread instants, rounded to the day (in `zone`). */
export function axisTicks(scale: Scale, zone: string, count: number): Array<{ at: number; x: number }> {
  const span = scale.to - scale.from;
  if (count < 2 || span <= 0) return [];
  const ticks: Array<{ at: number; x: number }> = [];
  for (let i = 0; i < count; i++) {
    const raw = scale.from + (span * i) / (count - 1);
    const wall = toWallMs(raw, zone);
    const at = fromWallMs(Math.round(wall / DAY_MS) * DAY_MS, zone);
    if (ticks.some((t) => Math.abs(t.at - at) < DAY_MS / 2)) continue;
    ticks.push({ at, x: scale.at(at) });
  }
  return ticks;
}

// ---- The dry run -----------------------------------------------------------------------------------

export interface PlanStepLike {
  stepId: string;
  name: string;
  zones: ReadonlyArray<{ zone: string; count: number; sendAt: string | null }>;
}

export interface LaneMark {
  stepId: string;
  name: string;
  sendAt: number;
  count: number;
}

export interface Lane {
  zone: string;
  /** Learners of the audience timed in this zone (the largest step audience there). */
  learners: number;
  marks: LaneMark[];
}

/** One lane per zone of the audience, largest first; each lists when each step lands there. */
export function zoneLanes(steps: readonly PlanStepLike[]): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const step of steps) {
    for (const z of step.zones) {
      if (z.count === 0) continue;
      const lane = lanes.get(z.zone) ?? { zone: z.zone, learners: 0, marks: [] };
      lane.learners = Math.max(lane.learners, z.count);
      if (z.sendAt) lane.marks.push({ stepId: step.stepId, name: step.name, sendAt: Date.parse(z.sendAt), count: z.count });
      lanes.set(z.zone, lane);
    }
  }
  for (const lane of lanes.values()) lane.marks.sort((a, b) => a.sendAt - b.sendAt);
  return [...lanes.values()].sort((a, b) => b.learners - a.learners || a.zone.localeCompare(b.zone));
}

/** Steps whose first send is before `now`, for a plan not yet launched: they would go at once, or never. */
export function stepsInThePast(steps: ReadonlyArray<{ stepId: string; firstSendAt: string | null }>, now: number): string[] {
  return steps.filter((s) => s.firstSendAt !== null && Date.parse(s.firstSendAt) < now).map((s) => s.stepId);
}
