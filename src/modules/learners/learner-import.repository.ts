import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { setTransactionStatementTimeout } from '../../infrastructure/database/statement-timeout';
import { LEARNER_COLUMNS, type LearnerColumnField } from './learner-columns';

/** The staged fields, in the order of the staging table and of each COPY line (after `row`). */
export const STAGED_FIELDS = Object.keys(LEARNER_COLUMNS) as LearnerColumnField[];

// An empty cell of these leaves the stored value alone (the default on insertion).
const KEPT_WHEN_EMPTY = new Set<LearnerColumnField>(['locale', 'timeZone', 'consentEmail', 'consentNetwork']);

export interface EmailConflict {
  row: number;
  email: string;
  /** External id of the learner that holds the email. */
  holder: string;
  /** The file row that holds it, when the holder is an earlier row of the same file. */
  holderRow: number | null;
}

export interface Rejected<T> {
  /** How many staged rows were taken out. */
  total: number;
  /** The first of them, by row. */
  first: T[];
}

/**
 * The set-based statements of a CSV import: rows are COPied into a temporary table, then
 * checked and upserted with a handful of statements, all on one connection and in one transaction.
 */
@Injectable()
export class LearnerImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a transaction on a dedicated connection: everything lands, or nothing. Its
   * statements may run `statementTimeoutMs` each (the COPY lasts as long as the upload).
   */
  async inTransaction<T>(statementTimeoutMs: number, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await runner.startTransaction();
      await setTransactionStatementTimeout(client, statementTimeoutMs);
      const result = await work(client);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Serialises imports of one workspace, so their email checks cannot race each other. */
  async lockWorkspace(client: PoolClient, workspaceId: string): Promise<void> {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`learners-import:${workspaceId}`]);
  }

  async createStaging(client: PoolClient): Promise<void> {
    const columns = STAGED_FIELDS.map((f) => `${LEARNER_COLUMNS[f].column} ${LEARNER_COLUMNS[f].type}`);
    await client.query(`CREATE TEMP TABLE learner_import (row integer NOT NULL, ${columns.join(', ')}) ON COMMIT DROP`);
  }

  /** Streams COPY text lines (`row` then STAGED_FIELDS) into the staging table; the row count. */
  async copyIntoStaging(client: PoolClient, lines: AsyncIterable<string>): Promise<number> {
    const columns = STAGED_FIELDS.map((f) => LEARNER_COLUMNS[f].column);
    const copy = client.query(copyFrom(`COPY learner_import (row, ${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(lines), copy);
    // Temporary tables are never auto-analysed: without statistics the joins below plan badly.
    await client.query(`ANALYZE learner_import`);
    return copy.rowCount;
  }

  /**
   * Takes out of the staging table the rows whose email belongs to another learner of the
   * workspace; answers the first `limit` of them (by row) and how many there were.
   */
  async rejectEmailsHeldElsewhere(client: PoolClient, workspaceId: string, limit: number): Promise<Rejected<EmailConflict>> {
    const { rows } = await client.query<EmailConflict & { total: number }>(
      `WITH rejected AS (
         DELETE FROM learner_import s USING learners l
          WHERE l.workspace_id = $1 AND l.email = s.email AND l.external_id <> s.external_id
         RETURNING s.row, s.email, l.external_id AS holder
       )
       SELECT row, email, holder, NULL::int AS "holderRow", (count(*) OVER ())::int AS total FROM rejected ORDER BY row LIMIT $2`,
      [workspaceId, limit],
    );
    return { total: rows[0]?.total ?? 0, first: rows.map(({ total: _, ...conflict }) => conflict) };
  }

  /**
   * Takes out the rows that reuse an email of an earlier row of the file (run after
   * `rejectEmailsHeldElsewhere`, so the row that already owns the email is the one kept).
   */
  async rejectEmailsRepeatedInFile(client: PoolClient, limit: number): Promise<Rejected<EmailConflict>> {
    const { rows } = await client.query<EmailConflict & { total: number }>(
      `WITH ranked AS (
         SELECT row, first_value(row) OVER w AS first_row, first_value(external_id) OVER w AS first_external_id
           FROM learner_import
         WINDOW w AS (PARTITION BY email ORDER BY row)
       ), rejected AS (
         DELETE FROM learner_import s USING ranked r
          WHERE s.row = r.row AND r.row <> r.first_row
         RETURNING s.row, s.email, r.first_external_id AS holder, r.first_row AS "holderRow"
       )
       SELECT row, email, holder, "holderRow", (count(*) OVER ())::int AS total FROM rejected ORDER BY row LIMIT $1`,
      [limit],
    );
    return { total: rows[0]?.total ?? 0, first: rows.map(({ total: _, ...conflict }) => conflict) };
  }

  /**
   * Updates existing learners from their staged rows, only the `fields` the file has and only
   * where something differs; attributes are merged. The number of learners changed.
   */
  async updateChanged(client: PoolClient, workspaceId: string, fields: LearnerColumnField[]): Promise<number> {
    const assignments = fields
      .filter((f) => f !== 'externalId')
      .map((f) => {
        const column = LEARNER_COLUMNS[f].column;
        if (f === 'attributes') return { column, value: `l.attributes || coalesce(s.attributes, '{}'::jsonb)` };
        if (KEPT_WHEN_EMPTY.has(f)) return { column, value: `coalesce(s.${column}, l.${column})` };
        return { column, value: `s.${column}` };
      });
    const result = await client.query(
      `UPDATE learners l
          SET ${assignments.map((a) => `${a.column} = ${a.value}`).join(', ')}, updated_at = now()
         FROM learner_import s
        WHERE l.workspace_id = $1 AND l.external_id = s.external_id
          AND (${assignments.map((a) => `l.${a.column}`).join(', ')}) IS DISTINCT FROM (${assignments.map((a) => a.value).join(', ')})`,
      [workspaceId],
    );
    return result.rowCount ?? 0;
  }

  /**
   * Inserts the staged learners the workspace does not have yet; the number created. `defaults`
   * fill what their rows leave empty (`consent`: both consents).
   */
  async insertNew(client: PoolClient, workspaceId: string, defaults: { locale: string; timeZone: string; consent: boolean }): Promise<number> {
    const columns = STAGED_FIELDS.map((f) => LEARNER_COLUMNS[f].column);
    const values = STAGED_FIELDS.map((f) => {
      const column = `s.${LEARNER_COLUMNS[f].column}`;
      switch (f) {
        case 'locale':
          return `coalesce(${column}, $2)`;
        case 'timeZone':
          return `coalesce(${column}, $3)`;
        case 'attributes':
          return `coalesce(${column}, '{}'::jsonb)`;
        case 'consentEmail':
        case 'consentNetwork':
          return `coalesce(${column}, $4)`;
        default:
          return column;
      }
    });
    const result = await client.query(
      `INSERT INTO learners (workspace_id, ${columns.join(', ')})
       SELECT $1, ${values.join(', ')}
         FROM learner_import s
        WHERE NOT EXISTS (SELECT 1 FROM learners l WHERE l.workspace_id = $1 AND l.external_id = s.external_id)
       ON CONFLICT (workspace_id, external_id) DO NOTHING`,
      [workspaceId, defaults.locale, defaults.timeZone, defaults.consent],
    );
    return result.rowCount ?? 0;
  }
}
