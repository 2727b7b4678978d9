import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Blackout dates:
 * - `blackout_dates`: days (or a run of days) on which nothing but essential messages goes out, for
 *   the whole workspace, one country (ISO 3166-1 alpha-2, as learners store it) or one site. The
 *   send window treats them like quiet hours, in each learner's own zone. One row per dates × scope.
 */
export class CreateBlackoutDates1795422000000 implements MigrationInterface {
  name = 'CreateBlackoutDates1795422000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE blackout_dates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        site text CHECK (length(site) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on AND ends_on - starts_on < 366),
        CHECK (country IS NULL OR site IS NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX blackout_dates_scope_key ON blackout_dates (workspace_id, starts_on, ends_on, country, site) NULLS NOT DISTINCT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS blackout_dates`);
  }
}
