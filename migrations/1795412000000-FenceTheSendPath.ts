import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateSchedulingFunctions1795401000000 } from './1795401000000-CreateSchedulingFunctions';

/**
 * The send path that keeps its promises:
 * - `deliveries.claim_token`: a claim carries a token; only its holder moves the row on.
 * - `clarion_cap_slot_free`: the frequency-cap check of the per-message fence, serialised per
 *   learner, counting what is being sent as well as what was sent.
 * - `send_budgets`: each workspace's token bucket, spent when deliveries are claimed.
 * - `step_event_queue`: learner events (enrolled, completed) for the steps anchored on them,
 *   written by a trigger in the writer's own transaction and consumed by the planner — visible
 *   exactly when committed, so a long import can never be skipped by a watermark.
 * - `campaign_steps.problem`: why a step could not be planned, for the DLM to see.
 * - The SQL twins of the send-time rules go: time is computed in TypeScript only.
 */
export class FenceTheSendPath1795412000000 implements MigrationInterface {
  name = 'FenceTheSendPath1795412000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deliveries ADD COLUMN claim_token uuid`);
    // Claims go round the workspaces, each taking its due rows in order.
    await q.query(`DROP INDEX IF EXISTS deliveries_due_idx`);
    await q.query(`CREATE INDEX deliveries_due_idx ON deliveries (workspace_id, scheduled_at, id) WHERE status = 'pending'`);
    // The cap counts messages in flight too.
    await q.query(`CREATE INDEX deliveries_learner_sending_idx ON deliveries (learner_id) WHERE status = 'sending' AND promotional`);

    await q.query(`
      CREATE FUNCTION clarion_cap_slot_free(learner uuid, delivery uuid, cap integer) RETURNS boolean
        LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        -- One fence per learner at a time (held to the end of the caller's transaction); the count
        -- below then runs on a fresh snapshot that sees the other fences' committed reservations.
        PERFORM pg_advisory_xact_lock(1668047218, hashtext(learner::text));
        RETURN (SELECT count(*) FROM deliveries r
                 WHERE r.learner_id = learner AND r.promotional AND r.id <> delivery
                   AND (r.status = 'sending' OR (r.status = 'sent' AND r.sent_at > now() - interval '7 days'))) < cap;
      END
      $fn$`);

    await q.query(`
      CREATE TABLE send_budgets (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        tokens double precision NOT NULL,
        refilled_at timestamptz NOT NULL
      )`);

    await q.query(`ALTER TABLE campaign_steps ADD COLUMN problem jsonb`);

    await q.query(`
      CREATE TABLE step_event_queue (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        step_id uuid NOT NULL REFERENCES campaign_steps(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL,
        CONSTRAINT step_event_queue_step_learner_key UNIQUE (step_id, learner_id)
      )`);
    // Statement-level, over the statement's rows: one INSERT … SELECT for a whole CSV import.
    await q.query(`
      CREATE FUNCTION enrollments_queue_step_events() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO step_event_queue (step_id, learner_id, occurred_at)
        SELECT st.id, n.learner_id, CASE st.anchor WHEN 'learner_enrolled' THEN n.enrolled_at ELSE n.completed_at END
          FROM new_rows n
          LEFT JOIN old_rows o ON o.id = n.id
          JOIN campaigns c ON c.workspace_id = n.workspace_id
                          AND c.status IN ('scheduled', 'running', 'paused')
                          AND (c.session_id = n.session_id OR (c.session_id IS NULL AND c.course_id = n.course_id))
          JOIN campaign_steps st ON st.campaign_id = c.id
         WHERE (st.anchor = 'learner_enrolled' AND n.enrolled_at IS NOT NULL
                AND o.enrolled_at IS DISTINCT FROM n.enrolled_at AND n.enrolled_at >= c.launched_at)
            OR (st.anchor = 'learner_completed' AND n.completed_at IS NOT NULL
                AND o.completed_at IS DISTINCT FROM n.completed_at AND n.completed_at >= c.launched_at)
        ON CONFLICT (step_id, learner_id) DO NOTHING;
        RETURN NULL;
      END
      $fn$`);
    // An INSERT has no old rows: an empty table of the same shape stands in for them.
    await q.query(`
      CREATE FUNCTION enrollments_queue_step_events_on_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO step_event_queue (step_id, learner_id, occurred_at)
        SELECT st.id, n.learner_id, CASE st.anchor WHEN 'learner_enrolled' THEN n.enrolled_at ELSE n.completed_at END
          FROM new_rows n
          JOIN campaigns c ON c.workspace_id = n.workspace_id
                          AND c.status IN ('scheduled', 'running', 'paused')
                          AND (c.session_id = n.session_id OR (c.session_id IS NULL AND c.course_id = n.course_id))
          JOIN campaign_steps st ON st.campaign_id = c.id
         WHERE (st.anchor = 'learner_enrolled' AND n.enrolled_at IS NOT NULL AND n.enrolled_at >= c.launched_at)
            OR (st.anchor = 'learner_completed' AND n.completed_at IS NOT NULL AND n.completed_at >= c.launched_at)
        ON CONFLICT (step_id, learner_id) DO NOTHING;
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE TRIGGER enrollments_step_events_insert AFTER INSERT ON enrollments
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enrollments_queue_step_events_on_insert()`);
    await q.query(`
      CREATE TRIGGER enrollments_step_events_update AFTER UPDATE ON enrollments
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enrollments_queue_step_events()`);

    await q.query(`DROP FUNCTION IF EXISTS clarion_send_time(timestamptz, interval, time, text, time, time, int[])`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_next_allowed_instant(timestamptz, text, time, time, int[])`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_step_time(timestamptz, interval, time, text)`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_local_to_instant(timestamp, text, timestamptz)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The old migration creates the time functions and the variant ones together: drop those, recreate all.
    await q.query(`DROP FUNCTION IF EXISTS clarion_pick_variant(uuid, uuid, text[], int[])`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_variant_bucket(uuid, uuid)`);
    await new CreateSchedulingFunctions1795401000000().up(q);
    await q.query(`DROP TRIGGER IF EXISTS enrollments_step_events_update ON enrollments`);
    await q.query(`DROP TRIGGER IF EXISTS enrollments_step_events_insert ON enrollments`);
    await q.query(`DROP FUNCTION IF EXISTS enrollments_queue_step_events_on_insert()`);
    await q.query(`DROP FUNCTION IF EXISTS enrollments_queue_step_events()`);
    await q.query(`DROP TABLE IF EXISTS step_event_queue`);
    await q.query(`ALTER TABLE campaign_steps DROP COLUMN IF EXISTS problem`);
    await q.query(`DROP TABLE IF EXISTS send_budgets`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_cap_slot_free(uuid, uuid, integer)`);
    await q.query(`DROP INDEX IF EXISTS deliveries_learner_sending_idx`);
    await q.query(`DROP INDEX IF EXISTS deliveries_due_idx`);
    await q.query(`CREATE INDEX deliveries_due_idx ON deliveries (scheduled_at) WHERE status = 'pending'`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN IF EXISTS claim_token`);
  }
}
