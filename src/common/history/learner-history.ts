import type { CursorPosition } from '../pagination/cursor';

/** Which module's rows a learner's history entry comes from. */
export enum HistorySource {
  Enrolment = 'enrolment',
  Delivery = 'delivery',
  Event = 'event',
}

/**
 * One thing that happened to a learner, as the module that owns it tells it: an enrolment (its
 * current status), a delivery (its status and reason) or an event (opened, clicked, enrolled…).
 * The learners module merges the three into the learner's timeline.
 */
export interface HistoryEntry {
  source: HistorySource;
  id: string;
  /** When it happened, as `YYYY-MM-DDTHH:MI:SS.ffffffZ` (microseconds, sortable as text): the sort and cursor key. */
  key: string;
  /** Enrolment or delivery status, or event kind. */
  kind: string;
  campaignId: string | null;
  campaignName: string | null;
  stepId: string | null;
  stepName: string | null;
  channel: string | null;
  /** Why a delivery was skipped or failed. */
  reason: string | null;
  courseId: string | null;
  courseTitle: string | null;
  sessionId: string | null;
  sessionTitle: string | null;
  sessionStartsAt: Date | null;
  /** An open or click made by a mail privacy proxy or a link scanner. */
  machine: boolean;
}

/** A page request over a learner's history: newest first, strictly before `before`. */
export interface HistoryQuery {
  workspaceId: string;
  learnerId: string;
  limit: number;
  before?: CursorPosition;
}

/** The SQL text of a timestamptz as a history key (microseconds, UTC). */
export const historyKeySql = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Newest first on (key, id), as each source sorts. */
export const compareHistoryEntries = (a: HistoryEntry, b: HistoryEntry): number =>
  a.key === b.key ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.key < b.key ? 1 : -1;
