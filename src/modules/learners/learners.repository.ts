import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryResult } from 'typeorm';
import type { CursorPosition } from '../../common/pagination/cursor';
import type { Learner } from './learner.entity';
import { LEARNER_COLUMNS, LEARNER_SELECT, type LearnerColumnField, type LearnerRow, toLearner, toParameter } from './learner-columns';
import type { LearnerValues } from './learner-input';

export interface LearnerFilters {
  department?: string;
  site?: string;
  country?: string;
  personaId?: string;
  locale?: string;
  /** The zone exactly as stored (to find learners whose zone is unknown). */
  timeZone?: string;
  /** Free text over names, email and external id. */
  q?: string;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** A learner with the exact sort key of its row, for keyset pagination. */
export interface ListedLearner {
  learner: Learner;
  cursorKey: string;
}

// Must stay the expression of the learners_search_idx trigram index, or the index cannot serve q.
export const LEARNER_SEARCH_EXPRESSION = `(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '') || ' ' || l.email || ' ' || l.external_id)`;

const FILTER_COLUMNS: Record<Exclude<keyof LearnerFilters, 'q'>, string> = {
  department: 'l.department',
  site: 'l.site',
  country: 'l.country',
  personaId: 'l.persona_id',
  locale: 'l.locale',
  timeZone: 'l.time_zone',
};

/** Facets counted from their (workspace_id, column) index. persona_id has none on purpose (assignment stays a HOT update). */
export type CountedFacet = 'department' | 'site' | 'country' | 'locale';
const COUNTED_FACET_COLUMNS: Record<CountedFacet, string> = { department: 'department', site: 'site', country: 'country', locale: 'locale' };

/** The WHERE terms (and their parameters, $1 being the workspace) that select learners by filters. */
function filterClause(workspaceId: string, filters: LearnerFilters): { where: string[]; params: unknown[] } {
  const params: unknown[] = [workspaceId];
  const where = ['l.workspace_id = $1'];
  for (const [name, column] of Object.entries(FILTER_COLUMNS) as Array<[keyof typeof FILTER_COLUMNS, string]>) {
    const value = filters[name];
    if (value !== undefined) {
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
  }
  if (filters.q !== undefined) {
    params.push(`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`${LEARNER_SEARCH_EXPRESSION} ILIKE $${params.length}`);
  }
  return { where, params };
}

@Injectable()
export class LearnersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(workspaceId: string, id: string): Promise<Learner | null> {
    const rows = await this.rows<LearnerRow>(`SELECT ${LEARNER_SELECT} FROM learners l WHERE l.workspace_id = $1 AND l.id = $2`, [
      workspaceId,
      id,
    ]);
    return rows.length ? toLearner(rows[0]) : null;
  }

  /** Newest first on (created_at, id); `after` is the position of the previous page's last row. */
  async list(workspaceId: string, filters: LearnerFilters, limit: number, after?: CursorPosition): Promise<ListedLearner[]> {
    const { where, params } = filterClause(workspaceId, filters);
    if (after) {
      params.push(after.key, after.id);
      where.push(`(l.created_at, l.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    const rows = await this.rows<LearnerRow & { cursor_key: string }>(
      `SELECT ${LEARNER_SELECT}, to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_key
         FROM learners l
        WHERE ${where.join(' AND ')}
        ORDER BY l.created_at DESC, l.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({ learner: toLearner(row), cursorKey: row.cursor_key }));
  }

  /**
   * Inserts the learner, or updates the given fields of the one with the same external id when
   * any of them differs. `defaults` fill locale and time zone on insertion only.
   */
  async upsert(
    workspaceId: string,
    values: LearnerValues & { externalId: string; email: string },
    defaults: { locale: string; timeZone: string },
  ): Promise<{ id: string; outcome: UpsertOutcome }> {
    const inserted: LearnerValues = { locale: defaults.locale, timeZone: defaults.timeZone, ...values };
    const fields = Object.keys(inserted) as LearnerColumnField[];
    const params = [workspaceId, ...fields.map((f) => toParameter(f, inserted[f]))];
    const columns = fields.map((f) => LEARNER_COLUMNS[f].column);
    const placeholders = fields.map((f, i) => `$${i + 2}::${LEARNER_COLUMNS[f].type}`);
    const updated = (Object.keys(values) as LearnerColumnField[]).filter((f) => f !== 'externalId').map((f) => LEARNER_COLUMNS[f].column);

    const rows = await this.rows<{ id: string; inserted: boolean }>(
      `INSERT INTO learners (workspace_id, ${columns.join(', ')})
       VALUES ($1, ${placeholders.join(', ')})
       ON CONFLICT (workspace_id, external_id) DO UPDATE
          SET ${updated.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
        WHERE (${updated.map((c) => `learners.${c}`).join(', ')}) IS DISTINCT FROM (${updated.map((c) => `EXCLUDED.${c}`).join(', ')})
       RETURNING id, (xmax = 0) AS inserted`,
      params,
    );
    if (rows.length) return { id: rows[0].id, outcome: rows[0].inserted ? 'created' : 'updated' };
    const existing = await this.rows<{ id: string }>(`SELECT id FROM learners WHERE workspace_id = $1 AND external_id = $2`, [
      workspaceId,
      values.externalId,
    ]);
    return { id: existing[0].id, outcome: 'unchanged' };
  }

  /** Updates the given fields of the learner when any differs (so updated_at only moves on a change). */
  async update(workspaceId: string, id: string, values: LearnerValues): Promise<void> {
    const fields = Object.keys(values) as LearnerColumnField[];
    if (!fields.length) return;
    const params = [workspaceId, id, ...fields.map((f) => toParameter(f, values[f]))];
    const columns = fields.map((f) => LEARNER_COLUMNS[f].column);
    const placeholders = fields.map((f, i) => `$${i + 3}::${LEARNER_COLUMNS[f].type}`);
    await this.rows(
      `UPDATE learners
          SET ${columns.map((c, i) => `${c} = ${placeholders[i]}`).join(', ')}, updated_at = now()
        WHERE workspace_id = $1 AND id = $2
          AND (${columns.join(', ')}) IS DISTINCT FROM (${placeholders.join(', ')})`,
      params,
    );
  }

  /** Erases the learner; enrolments and static segment memberships go with it (ON DELETE CASCADE). */
  async delete(workspaceId: string, id: string): Promise<boolean> {
    const rows = await this.rows<{ id: string }>(`DELETE FROM learners WHERE workspace_id = $1 AND id = $2 RETURNING id`, [
      workspaceId,
      id,
    ]);
    return rows.length > 0;
  }

  /** How many learners match the filters (the same ones as `list`). */
  async count(workspaceId: string, filters: LearnerFilters): Promise<number> {
    const { where, params } = filterClause(workspaceId, filters);
    const rows = await this.rows<{ count: number }>(`SELECT count(*)::int AS count FROM learners l WHERE ${where.join(' AND ')}`, params);
    return rows[0].count;
  }

  /**
   * The values each of department, site, country and locale holds in the workspace, with how many
   * learners hold each, most first, at most `perFacet` per column; empty values left out. One
   * statement of four index-only scans over the (workspace_id, column) indexes.
   */
  async facets(workspaceId: string, perFacet: number): Promise<Record<CountedFacet, Array<{ value: string; count: number }>>> {
    const branch = (facet: CountedFacet, column: string) =>
      `(SELECT '${facet}' AS facet, ${column} AS value, count(*)::int AS count
          FROM learners WHERE workspace_id = $1 AND ${column} IS NOT NULL
         GROUP BY ${column} ORDER BY count(*) DESC, ${column} LIMIT $2)`;
    const rows = await this.rows<{ facet: CountedFacet; value: string; count: number }>(
      (Object.entries(COUNTED_FACET_COLUMNS) as Array<[CountedFacet, string]>).map(([facet, column]) => branch(facet, column)).join(' UNION ALL '),
      [workspaceId, perFacet],
    );
    const facets: Record<CountedFacet, Array<{ value: string; count: number }>> = { department: [], site: [], country: [], locale: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
    return facets;
  }

  /**
   * The attribute keys held by the workspace's newest `sample` learners that have attributes
   * (through the (workspace_id, created_at) index, so the cost is bounded whatever the workspace's
   * size), how many of them hold each key, and each key's most held values. Keys not matching
   * `keyPattern` are left out.
   */
  async attributeKeys(
    workspaceId: string,
    options: { sample: number; maxKeys: number; examplesPerKey: number; keyPattern: string },
  ): Promise<{ sampled: number; keys: Array<{ key: string; count: number; distinctValues: number; examples: Array<{ value: string; count: number }> }> }> {
    const rows = await this.rows<{ key: string | null; count: number; distinct_values: number; examples: Array<{ value: string; count: number }> | null; sampled: number }>(
      `WITH sample AS (
         SELECT l.attributes FROM learners l
          WHERE l.workspace_id = $1 AND l.attributes <> '{}'::jsonb
          ORDER BY l.created_at DESC, l.id DESC
          LIMIT $2),
       pairs AS (
         SELECT e.key, left(e.value #>> '{}', 200) AS value, count(*)::int AS n
           FROM sample s CROSS JOIN LATERAL jsonb_each(s.attributes) e
          WHERE e.key ~ $5
          GROUP BY 1, 2),
       ranked AS (
         SELECT key, value, n,
                row_number() OVER (PARTITION BY key ORDER BY n DESC, value) AS r,
                sum(n) OVER (PARTITION BY key) AS total,
                count(*) OVER (PARTITION BY key) AS distinct_values
           FROM pairs),
       keys AS (
         SELECT key, total::int AS count, distinct_values::int AS distinct_values,
                jsonb_agg(jsonb_build_object('value', value, 'count', n) ORDER BY r) FILTER (WHERE r <= $4) AS examples
           FROM ranked GROUP BY key, total, distinct_values
          ORDER BY total DESC, key
          LIMIT $3)
       SELECT k.*, (SELECT count(*)::int FROM sample) AS sampled FROM (SELECT 1) one LEFT JOIN keys k ON true ORDER BY k.count DESC, k.key`,
      [workspaceId, options.sample, options.maxKeys, options.examplesPerKey, options.keyPattern],
    );
    const sampled = rows[0]?.sampled ?? 0;
    const keys = rows
      .filter((r) => r.key !== null)
      .map((r) => ({ key: r.key as string, count: r.count, distinctValues: r.distinct_values, examples: r.examples ?? [] }));
    return { sampled, keys };
  }

  /** How many learners hold each persona: one pass over the workspace's learners (persona_id has no index on purpose). */
  async personaCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.rows<{ persona_id: string; count: number }>(
      `SELECT persona_id, count(*)::int AS count FROM learners WHERE workspace_id = $1 AND persona_id IS NOT NULL GROUP BY persona_id`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.persona_id, r.count]));
  }

  /** The workspace's personas by name (at most `limit`), for filters. */
  async personaOptions(workspaceId: string, limit: number): Promise<Array<{ id: string; name: string }>> {
    return this.rows(`SELECT id, name FROM personas WHERE workspace_id = $1 ORDER BY name, id LIMIT $2`, [workspaceId, limit]);
  }

  /** How many learners of the workspace live in each zone, as stored. */
  async countByZone(workspaceId: string): Promise<Array<{ zone: string; count: number }>> {
    return this.rows(`SELECT time_zone AS zone, count(*)::int AS count FROM learners WHERE workspace_id = $1 GROUP BY time_zone`, [workspaceId]);
  }

  async personaExists(workspaceId: string, personaId: string): Promise<boolean> {
    const rows = await this.rows<unknown>(`SELECT 1 FROM personas WHERE workspace_id = $1 AND id = $2`, [workspaceId, personaId]);
    return rows.length > 0;
  }

  /** Persona ids of the workspace by name, for imports that name personas. */
  async personaIdsByName(workspaceId: string): Promise<Map<string, string>> {
    const rows = await this.rows<{ id: string; name: string }>(`SELECT id, name FROM personas WHERE workspace_id = $1`, [workspaceId]);
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  // The structured result gives RETURNING rows alike for SELECT, INSERT, UPDATE and DELETE.
  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return ((await runner.query(sql, params, true)) as QueryResult).records as T[];
    } finally {
      await runner.release();
    }
  }
}
