import { EnrollmentStatus } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { FieldProblem } from '../../common/errors/field-problem';
import { isUuid } from '../../common/http/parse-id.pipe';
import { isInFuture, parseOffsetTimestamp } from './timestamp';

/** Cell positions of the known columns; null when the file has no such column. */
export interface ImportColumns {
  /** Null only in a session's own import, where the column may be left out. */
  sessionId: number | null;
  externalId: number | null;
  email: number | null;
  status: number | null;
  occurredAt: number | null;
}

export interface ImportRowValue {
  sessionId: string;
  /** The learner is looked up by external id when given, else by email (lower-cased). */
  externalId: string | null;
  email: string | null;
  status: EnrollmentStatus;
  occurredAt: Date;
  /** The cells as written (untrimmed, not lower-cased), for the errors found later. */
  written: WrittenCells;
}

/** What a row said, as written; `learner` is the external_id cell when it names the learner, else the email. */
export interface WrittenCells {
  sessionId: string;
  learner: string;
  status: string;
}

/** A row refused on its own: the column, what is wrong, and the cell as written when one is at fault. */
export type ImportRowParse = { ok: true; value: ImportRowValue } | { ok: false; field: string; message: string; code: FieldProblem; value?: string };

const STATUSES = Object.values(EnrollmentStatus) as string[];

// `Session ID`, `session-id` and `SESSION_ID` all name session_id.
const normaliseHeader = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The columns an enrolment import reads, as normalised headers. */
export const IMPORT_COLUMNS = ['session_id', 'external_id', 'email', 'status', 'occurred_at'] as const;
export type ImportColumnName = (typeof IMPORT_COLUMNS)[number];

/** How one header is read: the column it is, or why it is not read (unknown, empty, or named twice: the first wins). */
export type HeaderReading = { column: ImportColumnName; ignored: null } | { column: null; ignored: 'unknown' | 'no_header' | 'ambiguous' };

export function readHeaders(header: string[]): HeaderReading[] {
  const names = header.map(normaliseHeader);
  return names.map((name, index): HeaderReading => {
    if (!name) return { column: null, ignored: 'no_header' };
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) return { column: null, ignored: 'unknown' };
    if (names.indexOf(name) !== index) return { column: null, ignored: 'ambiguous' };
    return { column: name as ImportColumnName, ignored: null };
  });
}

/**
 * Finds the columns in a header row; errors name what is missing. Unknown columns are ignored.
 * `forSession`: the import of one session, whose rows need no session_id.
 */
export function resolveImportColumns(header: string[], forSession = false): { ok: true; columns: ImportColumns } | { ok: false; problems: ErrorDetail[] } {
  const names = header.map(normaliseHeader);
  const at = (name: ImportColumnName): number | null => (names.includes(name) ? names.indexOf(name) : null);
  const problems: ErrorDetail[] = [];
  const sessionId = at('session_id');
  if (sessionId === null && !forSession) problems.push({ path: 'session_id', message: 'required column: the id of the session' });
  const externalId = at('external_id');
  const email = at('email');
  if (externalId === null && email === null) problems.push({ path: 'external_id', message: 'name learners with an external_id or an email column' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, columns: { sessionId, externalId, email, status: at('status'), occurredAt: at('occurred_at') } };
}

/**
 * Checks one data row on its own (the database checks whether session and learner exist).
 * `session`: the session a session's own import is for; a row may then leave session_id empty, and
 * one naming another session is refused.
 */
export function parseImportRow(columns: ImportColumns, cells: string[], now: Date, session?: string): ImportRowParse {
  const written = (index: number | null): string => (index === null ? '' : (cells[index] ?? ''));
  const cell = (index: number | null): string => written(index).trim();

  const sessionCell = cell(columns.sessionId);
  if (!sessionCell && !session) return { ok: false, field: 'session_id', message: 'required', code: FieldProblem.Required };
  if (sessionCell && !isUuid(sessionCell)) return { ok: false, field: 'session_id', message: `"${sessionCell}" is not a session id (a UUID)`, code: FieldProblem.InvalidUuid, value: written(columns.sessionId) };
  if (sessionCell && session && sessionCell.toLowerCase() !== session.toLowerCase()) {
    return { ok: false, field: 'session_id', message: 'names another session: this import is for one session only', code: FieldProblem.OtherSession, value: written(columns.sessionId) };
  }
  const sessionId = sessionCell || session!;

  const externalId = cell(columns.externalId) || null;
  const rawEmail = cell(columns.email);
  const email = rawEmail ? rawEmail.toLowerCase() : null;
  if (!externalId && !email) return { ok: false, field: columns.externalId !== null ? 'external_id' : 'email', message: 'give the learner’s external_id or email', code: FieldProblem.Required };
  if (!externalId && email && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    return { ok: false, field: 'email', message: `"${rawEmail}" is not an email address`, code: FieldProblem.InvalidEmail, value: written(columns.email) };
  }

  const rawStatus = cell(columns.status);
  if (rawStatus && !STATUSES.includes(rawStatus.toLowerCase())) {
    return { ok: false, field: 'status', message: `"${rawStatus}" is not one of ${STATUSES.join(', ')}`, code: FieldProblem.NotAllowed, value: written(columns.status) };
  }
  const status = (rawStatus.toLowerCase() || EnrollmentStatus.Enrolled) as EnrollmentStatus;

  let occurredAt = now;
  const rawOccurredAt = cell(columns.occurredAt);
  if (rawOccurredAt) {
    const parsed = parseOffsetTimestamp(rawOccurredAt);
    if (!parsed.ok) return { ok: false, field: 'occurred_at', message: parsed.message, code: FieldProblem.InvalidDate, value: written(columns.occurredAt) };
    if (isInFuture(parsed.value, now)) return { ok: false, field: 'occurred_at', message: 'must not be in the future', code: FieldProblem.InFuture, value: written(columns.occurredAt) };
    occurredAt = parsed.value;
  }
  const asWritten: WrittenCells = {
    sessionId: written(columns.sessionId),
    learner: externalId ? written(columns.externalId) : written(columns.email),
    status: written(columns.status),
  };
  return { ok: true, value: { sessionId: sessionId.toLowerCase(), externalId, email, status, occurredAt, written: asWritten } };
}
