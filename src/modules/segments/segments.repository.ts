import { OpenTracking } from '../../common/enums';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { CursorPosition } from '../../common/pagination/cursor';
import { SegmentKind } from '../../common/enums';
import type { AudiencePredicate } from './segment-audience';
import { Segment } from './segment.entity';

/** The learner columns a segment shows: enough to recognise someone, no more. */
export interface SegmentLearnerRow {
  id: string;
  externalId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  department: string | null;
  site: string | null;
  country: string | null;
  /** created_at to the microsecond, the keyset of the listing. */
  cursorKey: string;
}

const LEARNER_SELECT = `l.id, l.external_id AS "externalId", l.email, l.first_name AS "firstName", l.last_name AS "lastName",
  l.department, l.site, l.country,
  to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"`;

@Injectable()
export class SegmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** How the workspace keeps email opens (per learner, or in aggregate only). */
  async openTracking(workspaceId: string): Promise<OpenTracking> {
    const [row] = await this.dataSource.query(`SELECT open_tracking FROM workspaces WHERE id = $1`, [workspaceId]);
    return row?.open_tracking ?? OpenTracking.PerLearner;
  }

  findById(workspaceId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Segment | null> {
    return manager.getRepository(Segment).findOneBy({ id, workspaceId });
  }

  /** The segment, locked until the transaction ends: freezes and edits of one segment queue up. */
  lockById(manager: EntityManager, workspaceId: string, id: string): Promise<Segment | null> {
    return manager.getRepository(Segment).findOne({ where: { id, workspaceId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page in name order, after the given (name, id). */
  list(workspaceId: string, limit: number, after?: CursorPosition): Promise<Segment[]> {
    const query = this.dataSource
      .getRepository(Segment)
      .createQueryBuilder('s')
      .where('s.workspace_id = :workspaceId', { workspaceId })
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(s.name, s.id) > (:name, :id)', { name: after.key, id: after.id });
    return query.getMany();
  }

  insert(manager: EntityManager, values: Pick<Segment, 'workspaceId' | 'name' | 'description' | 'rule' | 'kind'>): Promise<Segment> {
    const repo = manager.getRepository(Segment);
    return repo.save(repo.create(values));
  }

  async update(manager: EntityManager, segment: Segment, changes: Partial<Pick<Segment, 'name' | 'description' | 'rule'>>): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    const repo = manager.getRepository(Segment);
    await repo.save(Object.assign(segment, changes));
  }

  async delete(manager: EntityManager, segment: Segment): Promise<void> {
    await manager.getRepository(Segment).delete({ id: segment.id, workspaceId: segment.workspaceId });
  }

  /** Replaces the frozen members with the learners the predicate selects, in one INSERT … SELECT. */
  async freezeMembers(manager: EntityManager, segment: Segment, audience: AudiencePredicate): Promise<number> {
    await manager.query(`DELETE FROM segment_members WHERE segment_id = $1`, [segment.id]);
    const n = audience.params.length;
    const [row] = await manager.query(
      `WITH inserted AS (
         INSERT INTO segment_members (workspace_id, segment_id, learner_id)
         SELECT l.workspace_id, $${n + 1}::uuid, l.id FROM learners l WHERE ${audience.where}
         RETURNING 1)
       SELECT count(*)::int AS count FROM inserted`,
      [...audience.params, segment.id],
    );
    await manager.query(`UPDATE segments SET kind = $2, frozen_at = now(), updated_at = now() WHERE id = $1`, [segment.id, SegmentKind.Static]);
    return row.count as number;
  }

  async unfreeze(manager: EntityManager, segment: Segment): Promise<void> {
    await manager.query(`DELETE FROM segment_members WHERE segment_id = $1`, [segment.id]);
    await manager.query(`UPDATE segments SET kind = $2, frozen_at = NULL, updated_at = now() WHERE id = $1`, [segment.id, SegmentKind.Dynamic]);
  }

  /** Member counts of static segments. */
  async countMembers(segmentIds: string[]): Promise<Map<string, number>> {
    if (segmentIds.length === 0) return new Map();
    const rows: { segmentId: string; count: number }[] = await this.dataSource.query(
      `SELECT segment_id AS "segmentId", count(*)::int AS count FROM segment_members WHERE segment_id = ANY($1::uuid[]) GROUP BY segment_id`,
      [segmentIds],
    );
    return new Map(rows.map((r) => [r.segmentId, r.count]));
  }

  async countLearners(audience: AudiencePredicate): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS count FROM learners l WHERE ${audience.where}`, audience.params);
    return row.count as number;
  }

  /** Learners of an audience, newest first, after the given (created_at, id). */
  findLearners(audience: AudiencePredicate, limit: number, after?: CursorPosition): Promise<SegmentLearnerRow[]> {
    const params = [...audience.params];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const keyset = after ? ` AND (l.created_at, l.id) < (${bind(after.key)}::timestamptz, ${bind(after.id)}::uuid)` : '';
    return this.dataSource.query(
      `SELECT ${LEARNER_SELECT} FROM learners l WHERE ${audience.where}${keyset}
        ORDER BY l.created_at DESC, l.id DESC LIMIT ${bind(limit)}`,
      params,
    );
  }

  /** Of these persona ids or names, those that are neither in the workspace. */
  async missingPersonas(workspaceId: string, values: string[]): Promise<string[]> {
    const rows: { value: string }[] = await this.dataSource.query(
      `SELECT v AS value FROM unnest($2::text[]) AS v
        WHERE NOT EXISTS (SELECT 1 FROM personas p WHERE p.workspace_id = $1 AND (p.id::text = v OR p.name = v))`,
      [workspaceId, values],
    );
    return rows.map((r) => r.value);
  }

  async missingCourses(workspaceId: string, ids: string[]): Promise<string[]> {
    return this.missing(`SELECT 1 FROM courses c WHERE c.workspace_id = $1 AND c.id = v`, workspaceId, ids);
  }

  async missingSessions(workspaceId: string, ids: string[]): Promise<string[]> {
    return this.missing(`SELECT 1 FROM course_sessions s WHERE s.workspace_id = $1 AND s.id = v`, workspaceId, ids);
  }

  private async missing(exists: string, workspaceId: string, ids: string[]): Promise<string[]> {
    const rows: { value: string }[] = await this.dataSource.query(
      `SELECT v::text AS value FROM unnest($2::uuid[]) AS v WHERE NOT EXISTS (${exists})`,
      [workspaceId, ids],
    );
    return rows.map((r) => r.value);
  }
}

/** Whether an insert or update hit the per-workspace unique name. */
export function isSegmentNameConflict(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
    (error.driverError as { constraint?: string }).constraint === 'segments_workspace_name_key'
  );
}
