import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnrollmentStatus } from '../../common/enums';
import { type HistoryEntry, type HistoryQuery, HistorySource, historyKeySql } from '../../common/history/learner-history';
import type { CursorPosition } from '../../common/pagination/cursor';
import { Enrollment } from './enrollment.entity';
import type { EnrollmentSource } from './enrollment-source';
import type { EnrollmentState } from './enrollment-status';

export interface LearnerSummary {
  id: string;
  externalId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
}

export interface EnrollmentView {
  enrollment: Enrollment;
  learner: LearnerSummary;
}

export type LearnerRef = { learnerId: string } | { externalId: string } | { email: string };

/** Where a batch of enrolment states is written: one session, one source. */
export interface EnrollmentTarget {
  workspaceId: string;
  sessionId: string;
  courseId: string;
  source: EnrollmentSource;
}

export type LearnerEnrollmentState = EnrollmentState & { learnerId: string };

export interface EnrollmentFilter {
  statuses?: EnrollmentStatus[];
  after?: CursorPosition;
  limit: number;
}

const VIEW = `
  SELECT e.id, e.workspace_id, e.session_id, e.course_id, e.learner_id, e.status, e.source,
         e.invited_at, e.enrolled_at, e.started_at, e.completed_at, e.dropped_at, e.created_at, e.updated_at,
         e.created_at::text AS cursor_key,
         l.external_id AS learner_external_id, l.email AS learner_email,
         l.first_name AS learner_first_name, l.last_name AS learner_last_name
    FROM enrollments e
    JOIN learners l ON l.id = e.learner_id`;

type ViewRow = Record<string, unknown> & { cursor_key: string };

@Injectable()
export class EnrollmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The id of a learner of the workspace, named by id, external id or email (case-insensitive). */
  async findLearnerId(workspaceId: string, ref: LearnerRef, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [column, value] =
      'learnerId' in ref ? ['id', ref.learnerId] : 'externalId' in ref ? ['external_id', ref.externalId] : ['email', ref.email.trim().toLowerCase()];
    const rows = await manager.query(`SELECT id FROM learners WHERE workspace_id = $1 AND ${column} = $2`, [workspaceId, value]);
    return rows.length ? (rows[0].id as string) : null;
  }

  findOne(manager: EntityManager, sessionId: string, learnerId: string): Promise<Enrollment | null> {
    return manager.getRepository(Enrollment).findOneBy({ sessionId, learnerId });
  }

  findInWorkspace(workspaceId: string, id: string): Promise<Enrollment | null> {
    return this.dataSource.getRepository(Enrollment).findOneBy({ workspaceId, id });
  }

  /** Current states of some learners' enrolments in one session, keyed by learner id. */
  async findStates(manager: EntityManager, sessionId: string, learnerIds: string[]): Promise<Map<string, EnrollmentState>> {
    const rows: (EnrollmentState & { learner_id: string })[] = await manager.query(
      `SELECT learner_id, status, invited_at AS "invitedAt", enrolled_at AS "enrolledAt", started_at AS "startedAt",
              completed_at AS "completedAt", dropped_at AS "droppedAt"
         FROM enrollments WHERE session_id = $1 AND learner_id = ANY($2::uuid[])`,
      [sessionId, learnerIds],
    );
    return new Map(rows.map(({ learner_id, ...state }) => [learner_id, state]));
  }

  /**
   * Writes final states in one statement: new enrolments are inserted, existing ones overwritten.
   * The caller decided each state under the session's row lock, so nothing else changed them since.
   */
  async upsertStates(manager: EntityManager, target: EnrollmentTarget, states: LearnerEnrollmentState[]): Promise<void> {
    if (!states.length) return;
    await manager.query(
      `INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, source,
                                invited_at, enrolled_at, started_at, completed_at, dropped_at)
       SELECT $1, $2, $3, x.learner_id, x.status, $4, x.invited_at, x.enrolled_at, x.started_at, x.completed_at, x.dropped_at
         FROM jsonb_to_recordset($5::jsonb) AS x(learner_id uuid, status text, invited_at timestamptz, enrolled_at timestamptz,
                                                 started_at timestamptz, completed_at timestamptz, dropped_at timestamptz)
       ON CONFLICT (session_id, learner_id) DO UPDATE
          SET status = EXCLUDED.status, source = EXCLUDED.source,
              invited_at = EXCLUDED.invited_at, enrolled_at = EXCLUDED.enrolled_at, started_at = EXCLUDED.started_at,
              completed_at = EXCLUDED.completed_at, dropped_at = EXCLUDED.dropped_at, updated_at = now()`,
      [
        target.workspaceId,
        target.sessionId,
        target.courseId,
        target.source,
        JSON.stringify(
          states.map((s) => ({
            learner_id: s.learnerId,
            status: s.status,
            invited_at: s.invitedAt,
            enrolled_at: s.enrolledAt,
            started_at: s.startedAt,
            completed_at: s.completedAt,
            dropped_at: s.droppedAt,
          })),
        ),
      ],
    );
  }

  async findView(manager: EntityManager, workspaceId: string, sessionId: string, learnerId: string): Promise<EnrollmentView | null> {
    const rows: ViewRow[] = await manager.query(`${VIEW} WHERE e.workspace_id = $1 AND e.session_id = $2 AND e.learner_id = $3`, [
      workspaceId,
      sessionId,
      learnerId,
    ]);
    return rows.length ? toView(rows[0]) : null;
  }

  async findViewById(workspaceId: string, id: string): Promise<EnrollmentView | null> {
    const rows: ViewRow[] = await this.dataSource.query(`${VIEW} WHERE e.workspace_id = $1 AND e.id = $2`, [workspaceId, id]);
    return rows.length ? toView(rows[0]) : null;
  }

  /** Newest first, with the learner's summary and exact cursor keys. */
  async listForSession(workspaceId: string, sessionId: string, filter: EnrollmentFilter): Promise<(EnrollmentView & { key: string })[]> {
    const params: unknown[] = [workspaceId, sessionId];
    let where = `e.workspace_id = $1 AND e.session_id = $2`;
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      where += ` AND e.status = ANY($${params.length})`;
    }
    if (filter.after) {
      params.push(filter.after.key, filter.after.id);
      where += ` AND (e.created_at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(filter.limit + 1);
    const rows: ViewRow[] = await this.dataSource.query(`${VIEW} WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT $${params.length}`, params);
    return rows.map((row) => ({ ...toView(row), key: row.cursor_key }));
  }

  /** A page of the learner's enrolments, newest first (by when each began), for the learner's timeline. */
  learnerHistory(query: HistoryQuery): Promise<HistoryEntry[]> {
    const params: unknown[] = [query.workspaceId, query.learnerId];
    let before = '';
    if (query.before) {
      params.push(query.before.key, query.before.id);
      before = `AND (e.created_at, e.id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(query.limit);
    return this.dataSource.query<HistoryEntry[]>(
      `SELECT '${HistorySource.Enrolment}' AS source, e.id, ${historyKeySql('e.created_at')} AS key, e.status AS kind,
              NULL AS "campaignId", NULL AS "campaignName", NULL AS "stepId", NULL AS "stepName", NULL AS channel, NULL AS reason,
              e.course_id AS "courseId", co.title AS "courseTitle", e.session_id AS "sessionId", cs.title AS "sessionTitle",
              cs.starts_at AS "sessionStartsAt", false AS machine
         FROM enrollments e
         JOIN courses co ON co.id = e.course_id
         JOIN course_sessions cs ON cs.id = e.session_id
        WHERE e.workspace_id = $1 AND e.learner_id = $2 ${before}
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }

}

function toView(row: Record<string, unknown>): EnrollmentView {
  const enrollment = Object.assign(new Enrollment(), {
    id: row.id,
    workspaceId: row.workspace_id,
    sessionId: row.session_id,
    courseId: row.course_id,
    learnerId: row.learner_id,
    status: row.status,
    source: row.source,
    invitedAt: row.invited_at,
    enrolledAt: row.enrolled_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    droppedAt: row.dropped_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  const learner: LearnerSummary = {
    id: row.learner_id as string,
    externalId: row.learner_external_id as string,
    email: row.learner_email as string,
    firstName: row.learner_first_name as string | null,
    lastName: row.learner_last_name as string | null,
  };
  return { enrollment, learner };

}
