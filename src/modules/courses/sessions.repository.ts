import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SessionStatus } from '../../common/enums';
import type { CursorPosition } from '../../common/pagination/cursor';
import { CourseSession } from './course-session.entity';
import { SEAT_STATUSES } from './enrollment-status';

export type SessionValues = Pick<
  CourseSession,
  'title' | 'startsAt' | 'endsAt' | 'enrolBy' | 'capacity' | 'location' | 'meetingUrl' | 'timeZone' | 'status' | 'cancelledAt' | 'cancellationReason' | 'inviteSequence'
>;

export interface SessionWithSeats {
  session: CourseSession;
  seatsTaken: number;
  /** Learners invited and not yet enrolled: they hold no seat. */
  invited: number;
}

export interface SessionFilter {
  status?: SessionStatus;
  after?: CursorPosition;
  limit: number;
}

/** What a list of courses shows of each one's sessions. */
export interface CourseSessionSummary {
  scheduledSessions: number;
  nextSession: { id: string; title: string | null; startsAt: Date; timeZone: string } | null;
}

const SEATS_TAKEN = `(SELECT count(*) FROM enrollments e WHERE e.session_id = s.id AND e.status = ANY(:seatStatuses))::int`;
const INVITED = `(SELECT count(*) FROM enrollments e WHERE e.session_id = s.id AND e.status = 'invited')::int`;

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** For each course: how many sessions are scheduled (not cancelled), and the next one still ahead; one query for a page of courses. */
  async summariesFor(workspaceId: string, courseIds: string[], now: Date): Promise<Map<string, CourseSessionSummary>> {
    const rows = await this.dataSource.query<
      Array<{ course_id: string; scheduled: number; next_id: string | null; next_title: string | null; next_starts_at: Date | null; next_time_zone: string | null }>
    >(
      `SELECT c.id AS course_id,
              (SELECT count(*) FROM course_sessions s WHERE s.workspace_id = $1 AND s.course_id = c.id AND s.status = 'scheduled')::int AS scheduled,
              n.id AS next_id, n.title AS next_title, n.starts_at AS next_starts_at, n.time_zone AS next_time_zone
         FROM unnest($2::uuid[]) AS c(id)
         LEFT JOIN LATERAL (
           SELECT s.id, s.title, s.starts_at, s.time_zone FROM course_sessions s
            WHERE s.workspace_id = $1 AND s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at > $3
            ORDER BY s.starts_at, s.id LIMIT 1
         ) n ON true`,
      [workspaceId, courseIds, now],
    );
    return new Map(
      rows.map((r) => [
        r.course_id,
        {
          scheduledSessions: r.scheduled,
          nextSession: r.next_id ? { id: r.next_id, title: r.next_title, startsAt: r.next_starts_at!, timeZone: r.next_time_zone! } : null,
        },
      ]),
    );
  }

  async workspaceTimeZone(workspaceId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT time_zone FROM workspaces WHERE id = $1`, [workspaceId]);
    return row.time_zone as string;
  }

  insert(workspaceId: string, courseId: string, values: SessionValues): Promise<CourseSession> {
    const repo = this.dataSource.getRepository(CourseSession);
    return repo.save(repo.create({ ...values, workspaceId, courseId }));
  }

  async find(workspaceId: string, id: string): Promise<SessionWithSeats | null> {
    const { entities, raw } = await this.dataSource
      .getRepository(CourseSession)
      .createQueryBuilder('s')
      .addSelect(SEATS_TAKEN, 'seats_taken')
      .addSelect(INVITED, 'invited')
      .where('s.workspace_id = :workspaceId AND s.id = :id', { workspaceId, id, seatStatuses: SEAT_STATUSES })
      .getRawAndEntities<{ seats_taken: number; invited: number }>();
    return entities.length ? { session: entities[0], seatsTaken: raw[0].seats_taken, invited: raw[0].invited } : null;
  }

  /** Soonest first, with seat counts and exact cursor keys. */
  async listForCourse(workspaceId: string, courseId: string, filter: SessionFilter): Promise<(SessionWithSeats & { key: string })[]> {
    const qb = this.dataSource
      .getRepository(CourseSession)
      .createQueryBuilder('s')
      .addSelect(SEATS_TAKEN, 'seats_taken')
      .addSelect(INVITED, 'invited')
      .addSelect('s.starts_at::text', 'cursor_key')
      .where('s.workspace_id = :workspaceId AND s.course_id = :courseId', { workspaceId, courseId, seatStatuses: SEAT_STATUSES });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.after) qb.andWhere('(s.starts_at, s.id) > (:key::timestamptz, :id::uuid)', { key: filter.after.key, id: filter.after.id });
    const { entities, raw } = await qb
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ seats_taken: number; invited: number; cursor_key: string }>();
    return entities.map((session, i) => ({ session, seatsTaken: raw[i].seats_taken, invited: raw[i].invited, key: raw[i].cursor_key }));
  }

  /**
   * Takes the session's row lock. Every change of its enrolments and of its capacity holds this lock,
   * which is what keeps the seat count honest under concurrent requests.
   */
  lock(manager: EntityManager, workspaceId: string, id: string): Promise<CourseSession | null> {
    return manager
      .getRepository(CourseSession)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.workspace_id = :workspaceId AND s.id = :id', { workspaceId, id })
      .getOne();
  }

  async countInvited(manager: EntityManager, sessionId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM enrollments WHERE session_id = $1 AND status = 'invited'`, [sessionId]);
    return row.n as number;
  }

  async countSeats(manager: EntityManager, sessionId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM enrollments WHERE session_id = $1 AND status = ANY($2)`, [sessionId, SEAT_STATUSES]);
    return row.n as number;
  }

  async update(manager: EntityManager, id: string, values: Partial<SessionValues>): Promise<CourseSession> {
    await manager.getRepository(CourseSession).update({ id }, values);
    return manager.getRepository(CourseSession).findOneByOrFail({ id });
  }
}
