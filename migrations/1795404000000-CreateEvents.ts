import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only event log (sends, opens, clicks, unsubscribes, bounces, learning events) that
 * feeds the funnel report, each with an idempotency key so a replayed webhook counts once; the
 * links recorded on each delivery at send time (clicks may only redirect to those); LMS webhook
 * secrets; campaign cost inputs for ROI.
 */
export class CreateEvents1795404000000 implements MigrationInterface {
  name = 'CreateEvents1795404000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deliveries ADD COLUMN links text[]`);

    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('sent', 'opened', 'clicked', 'unsubscribed', 'resubscribed', 'bounced',
                                           'enrolled', 'started', 'completed', 'dropped')),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        learner_id uuid REFERENCES learners(id) ON DELETE SET NULL,
        delivery_id uuid REFERENCES deliveries(id) ON DELETE SET NULL,
        campaign_id uuid REFERENCES campaigns(id) ON DELETE CASCADE,
        step_id uuid REFERENCES campaign_steps(id) ON DELETE SET NULL,
        channel text,
        variant text,
        course_id uuid REFERENCES courses(id) ON DELETE SET NULL,
        session_id uuid REFERENCES course_sessions(id) ON DELETE SET NULL,
        -- The ambassador credited for an enrolment that came through their share link.
        ambassador_id uuid REFERENCES learners(id) ON DELETE SET NULL,
        link_index integer,
        -- Opens by mail privacy proxies and link scanners, counted apart from human ones.
        machine boolean NOT NULL DEFAULT false,
        source text NOT NULL,
        idempotency_key text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT events_idempotency_key UNIQUE (workspace_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX events_campaign_kind_idx ON events (campaign_id, kind, occurred_at)`);
    await q.query(`CREATE INDEX events_learner_kind_idx ON events (learner_id, kind, occurred_at DESC)`);
    await q.query(`CREATE INDEX events_delivery_idx ON events (delivery_id)`);
    await q.query(`CREATE INDEX events_workspace_time_idx ON events (workspace_id, occurred_at)`);

    await q.query(`
      CREATE TABLE lms_webhook_secrets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        -- Encrypted at rest (secret-box); shown once at creation.
        secret_encrypted text NOT NULL,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX lms_webhook_secrets_workspace_idx ON lms_webhook_secrets (workspace_id) WHERE revoked_at IS NULL`);

    await q.query(`
      ALTER TABLE campaigns
        ADD COLUMN cost_production numeric(12, 2) CHECK (cost_production >= 0),
        ADD COLUMN cost_hours numeric(8, 2) CHECK (cost_hours >= 0),
        ADD COLUMN cost_hourly_rate numeric(10, 2) CHECK (cost_hourly_rate >= 0),
        ADD COLUMN cost_currency text`);
    await q.query(`ALTER TABLE workspaces ADD COLUMN attribution_window_days integer NOT NULL DEFAULT 14 CHECK (attribution_window_days BETWEEN 1 AND 365)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspaces DROP COLUMN IF EXISTS attribution_window_days`);
    await q.query(`
      ALTER TABLE campaigns
        DROP COLUMN IF EXISTS cost_currency, DROP COLUMN IF EXISTS cost_hourly_rate,
        DROP COLUMN IF EXISTS cost_hours, DROP COLUMN IF EXISTS cost_production`);
    await q.query(`DROP TABLE IF EXISTS lms_webhook_secrets`);
    await q.query(`DROP TABLE IF EXISTS events`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN IF EXISTS links`);
  }
}
