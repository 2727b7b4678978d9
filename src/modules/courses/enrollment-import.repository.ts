import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnrollmentStatus, SessionStatus } from '../../common/enums';
import { setTransactionStatementTimeout } from '../../infrastructure/database/statement-timeout';
import type { ImportRowValue } from './enrollment-import-row';
import { SEAT_STATUSES } from './enrollment-status';

export type StagedRow = ImportRowValue & { row: number };

export interface ImportSession {
  id: string;
  courseId: string;
  status: SessionStatus;
  capacity: number | null;
  seatsTaken: number;
}

export interface UnresolvedRow {
  row: number;
  field: 'session_id' | 'external_id' | 'email';
  /** The cell as written. */
  value: string;
}

export interface ResolvedRow {
  row: number;
  learnerId: string;
  status: EnrollmentStatus;
  occurredAt: Date;
  /** The session_id and status cells as written. */
  sessionCell: string;
  statusCell: string;
}

/**
 * SQL of the CSV enrolment import. Rows are staged in a temporary table of the import's transaction
 * (dropped at commit), resolved against sessions and learners in bulk, then read back per session.
 */
@Injectable()
export class EnrollmentImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction whose statements may run `statementTimeoutMs` each (rows stream in meanwhile). */
  transaction<T>(statementTimeoutMs: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setTransactionStatementTimeout(manager, statementTimeoutMs);
      return work(manager);
    });
  }

  async createStaging(manager: EntityManager): Promise<void> {
    await manager.query(`
      CREATE TEMPORARY TABLE enrollment_import_rows (
        csv_row integer PRIMARY KEY,
        session_id uuid NOT NULL,
        external_id text,
        email text,
        status text NOT NULL,
        occurred_at timestamptz NOT NULL,
        learner_id uuid,
        session_cell text NOT NULL,
        learner_cell text NOT NULL,
        status_cell text NOT NULL
      ) ON COMMIT DROP`);
  }

  async stage(manager: EntityManager, rows: StagedRow[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO enrollment_import_rows (csv_row, session_id, external_id, email, status, occurred_at, session_cell, learner_cell, status_cell)
       SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[])`,
      [
        rows.map((r) => r.row),
        rows.map((r) => r.sessionId),
        rows.map((r) => r.externalId),
        rows.map((r) => r.email),
        rows.map((r) => r.status),
        rows.map((r) => r.occurredAt.toISOString()),
        rows.map((r) => r.written.sessionId),
        rows.map((r) => r.written.learner),
        rows.map((r) => r.written.status),
      ],
    );
  }

  /** Finds each row's learner: by external id when the row has one, else by email. */
  async resolveLearners(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.query(`CREATE INDEX ON enrollment_import_rows (session_id, csv_row)`);
    await manager.query(
      `UPDATE enrollment_import_rows r SET learner_id = l.id FROM learners l
        WHERE r.external_id IS NOT NULL AND l.workspace_id = $1 AND l.external_id = r.external_id`,
      [workspaceId],
    );
    await manager.query(
      `UPDATE enrollment_import_rows r SET learner_id = l.id FROM learners l
        WHERE r.external_id IS NULL AND l.workspace_id = $1 AND l.email = r.email`,
      [workspaceId],
    );
    await manager.query(`ANALYZE enrollment_import_rows`);
  }

  /** Rows whose session or learner is not in the workspace, first ones first; the session is reported before the learner. */
  unresolvedRows(manager: EntityManager, workspaceId: string, limit: number): Promise<UnresolvedRow[]> {
    return manager.query(
      `SELECT r.csv_row AS row,
              CASE WHEN s.id IS NULL THEN 'session_id' WHEN r.external_id IS NOT NULL THEN 'external_id' ELSE 'email' END AS field,
              CASE WHEN s.id IS NULL THEN r.session_cell ELSE r.learner_cell END AS value
         FROM enrollment_import_rows r
         LEFT JOIN course_sessions s ON s.id = r.session_id AND s.workspace_id = $1
        WHERE s.id IS NULL OR r.learner_id IS NULL
        ORDER BY r.csv_row
        LIMIT $2`,
      [workspaceId, limit],
    );
  }

  async countUnresolved(manager: EntityManager, workspaceId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n
         FROM enrollment_import_rows r
         LEFT JOIN course_sessions s ON s.id = r.session_id AND s.workspace_id = $1
        WHERE s.id IS NULL OR r.learner_id IS NULL`,
      [workspaceId],
    );
    return row.n as number;
  }

  /**
   * Locks every session the file names, in id order so that concurrent imports and API calls
   * (which lock one session) cannot deadlock, and counts their seats under that lock.
   */
  async lockSessions(manager: EntityManager, workspaceId: string): Promise<ImportSession[]> {
    const sessions: Omit<ImportSession, 'seatsTaken'>[] = await manager.query(
      `SELECT s.id, s.course_id AS "courseId", s.status, s.capacity
         FROM course_sessions s
        WHERE s.workspace_id = $1 AND s.id IN (SELECT session_id FROM enrollment_import_rows WHERE learner_id IS NOT NULL)
        ORDER BY s.id
          FOR UPDATE OF s`,
      [workspaceId],
    );
    if (!sessions.length) return [];
    const counts: { session_id: string; n: number }[] = await manager.query(
      `SELECT session_id, count(*)::int AS n FROM enrollments WHERE session_id = ANY($1::uuid[]) AND status = ANY($2) GROUP BY session_id`,
      [sessions.map((s) => s.id), SEAT_STATUSES],
    );
    const seats = new Map(counts.map((c) => [c.session_id, c.n]));
    return sessions.map((s) => ({ ...s, seatsTaken: seats.get(s.id) ?? 0 }));
  }

  /** A page of one session's resolved rows, in file order. */
  resolvedRows(manager: EntityManager, sessionId: string, afterRow: number, limit: number): Promise<ResolvedRow[]> {
    return manager.query(
      `SELECT csv_row AS row, learner_id AS "learnerId", status, occurred_at AS "occurredAt", session_cell AS "sessionCell", status_cell AS "statusCell"
         FROM enrollment_import_rows
        WHERE session_id = $1 AND learner_id IS NOT NULL AND csv_row > $2
        ORDER BY csv_row
        LIMIT $3`,
      [sessionId, afterRow, limit],
    );
  }
}
