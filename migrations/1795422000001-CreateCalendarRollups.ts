import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The calendar's read model. Counting a year of deliveries learner by learner (1.5 million rows for
 * 50 campaigns to 5,000-learner cohorts) takes seconds; the calendar answers from these per-day sums,
 * recomputed from `deliveries` in one set-based pass per workspace (CalendarRollupRepository):
 * - `calendar_rollups`: when a workspace's sums were computed, and in which zone its days are.
 * - `calendar_step_days`: per day and step, deliveries planned (pending, queued, sending) and sent,
 *   and how many of them go to learners (not network posts).
 * - `calendar_day_loads`: per day, learners by the number of messages they get that day (2 or more),
 *   with the first ten of them by id: any collision threshold is answered by summing rows.
 * - `calendar_day_step_loads`: the same learners counted per step they get.
 */
export class CreateCalendarRollups1795422000001 implements MigrationInterface {
  name = 'CreateCalendarRollups1795422000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_rollups (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        time_zone text NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE calendar_step_days (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        day date NOT NULL,
        step_id uuid NOT NULL,
        planned integer NOT NULL,
        sent integer NOT NULL,
        learner_volume integer NOT NULL,
        PRIMARY KEY (workspace_id, day, step_id)
      )`);
    await q.query(`
      CREATE TABLE calendar_day_loads (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        day date NOT NULL,
        messages integer NOT NULL,
        learners integer NOT NULL,
        sample uuid[] NOT NULL,
        PRIMARY KEY (workspace_id, day, messages)
      )`);
    await q.query(`
      CREATE TABLE calendar_day_step_loads (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        day date NOT NULL,
        messages integer NOT NULL,
        step_id uuid NOT NULL,
        learners integer NOT NULL,
        PRIMARY KEY (workspace_id, day, messages, step_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_day_step_loads`);
    await q.query(`DROP TABLE IF EXISTS calendar_day_loads`);
    await q.query(`DROP TABLE IF EXISTS calendar_step_days`);
    await q.query(`DROP TABLE IF EXISTS calendar_rollups`);
  }
}
