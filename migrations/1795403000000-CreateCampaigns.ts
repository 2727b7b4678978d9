import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Communication plans (campaigns and their steps), the deliveries they materialise, and the
 * workspace rules applied at send time (quiet hours, weekdays, frequency cap, suppression list).
 */
export class CreateCampaigns1795403000000 implements MigrationInterface {
  name = 'CreateCampaigns1795403000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspaces
        ADD COLUMN quiet_hours_start time,
        ADD COLUMN quiet_hours_end time,
        ADD COLUMN allowed_weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6,7}',
        ADD COLUMN frequency_cap integer NOT NULL DEFAULT 5 CHECK (frequency_cap >= 0),
        ADD COLUMN email_rate_per_second integer NOT NULL DEFAULT 50 CHECK (email_rate_per_second > 0),
        ADD COLUMN failure_pause_threshold numeric(4, 3) NOT NULL DEFAULT 0.2
          CHECK (failure_pause_threshold > 0 AND failure_pause_threshold <= 1),
        ADD CONSTRAINT workspaces_quiet_hours_pair CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))`);

    await q.query(`
      CREATE TABLE suppressions (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        reason text NOT NULL,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, email)
      )`);

    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        course_id uuid NOT NULL REFERENCES courses(id),
        session_id uuid REFERENCES course_sessions(id),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'scheduled', 'running', 'paused', 'completed', 'cancelled')),
        goal_enrolments integer CHECK (goal_enrolments > 0),
        brand_kit_id uuid,
        sender_name text,
        sender_email text,
        reply_to text,
        sponsor jsonb,
        ambassador_ids uuid[] NOT NULL DEFAULT '{}',
        network_channel_ids uuid[] NOT NULL DEFAULT '{}',
        include_segment_ids uuid[] NOT NULL DEFAULT '{}',
        exclude_segment_ids uuid[] NOT NULL DEFAULT '{}',
        allow_locale_fallback boolean NOT NULL DEFAULT false,
        launched_at timestamptz,
        paused_at timestamptz,
        status_reason text,
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX campaigns_workspace_created_idx ON campaigns (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX campaigns_active_idx ON campaigns (status) WHERE status IN ('scheduled', 'running')`);
    await q.query(`CREATE INDEX campaigns_session_idx ON campaigns (session_id)`);

    await q.query(`
      CREATE TABLE campaign_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        phase text NOT NULL CHECK (phase IN ('before', 'during', 'after')),
        anchor text NOT NULL
          CHECK (anchor IN ('session_start', 'session_end', 'enrol_by', 'launch', 'learner_enrolled', 'learner_completed')),
        "offset" text NOT NULL,
        local_time time,
        channel text NOT NULL CHECK (channel IN ('email', 'post', 'talking_points', 'preferred')),
        template_version_id uuid NOT NULL,
        variants jsonb NOT NULL DEFAULT '[]'::jsonb,
        persona_ids uuid[] NOT NULL DEFAULT '{}',
        segment_id uuid REFERENCES segments(id),
        enrollment_condition text
          CHECK (enrollment_condition IN ('not_enrolled', 'enrolled', 'enrolled_not_started', 'started_not_completed', 'completed', 'not_completed')),
        essential boolean NOT NULL DEFAULT false,
        -- Auto-winner A/B test: only this share of the audience gets the variants at first; the rest
        -- gets the winning variant once it is decided (ab_decide_after past the step's first sends).
        ab_test_fraction numeric(4, 3) CHECK (ab_test_fraction > 0 AND ab_test_fraction < 1),
        ab_decide_after text,
        ab_winner text,
        ab_decided_at timestamptz,
        -- When the rest of the audience (outside the test share) was planned with the winner.
        ab_rest_materialized_at timestamptz,
        -- The anchor instant the deliveries were materialised against, to notice a reschedule.
        anchor_at timestamptz,
        materialized_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaign_steps_position_key UNIQUE (campaign_id, position)
      )`);
    await q.query(`CREATE INDEX campaign_steps_pending_idx ON campaign_steps (campaign_id) WHERE materialized_at IS NULL`);

    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES campaign_steps(id) ON DELETE CASCADE,
        -- Null for network posts, and once a learner is erased (counts survive, identity does not).
        learner_id uuid REFERENCES learners(id) ON DELETE SET NULL,
        network_channel_id uuid,
        channel text NOT NULL CHECK (channel IN ('email', 'post', 'talking_points')),
        variant text,
        template_version_id uuid NOT NULL,
        promotional boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'queued', 'sending', 'sent', 'failed', 'skipped')),
        reason text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        scheduled_at timestamptz NOT NULL,
        lease_until timestamptz,
        sent_at timestamptz,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The invariant "a learner gets a given step at most once" lives here (and one post per channel).
    // Partial, so that deliveries whose learner was erased (learner_id set to null) never collide.
    await q.query(`CREATE UNIQUE INDEX deliveries_step_learner_key ON deliveries (step_id, learner_id) WHERE learner_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX deliveries_step_channel_key ON deliveries (step_id, network_channel_id) WHERE network_channel_id IS NOT NULL`);
    // Dispatch claims due pending deliveries in scheduled order.
    await q.query(`CREATE INDEX deliveries_due_idx ON deliveries (scheduled_at) WHERE status = 'pending'`);
    // The sweeper looks for expired leases.
    await q.query(`CREATE INDEX deliveries_leased_idx ON deliveries (lease_until) WHERE status IN ('queued', 'sending')`);
    await q.query(`CREATE INDEX deliveries_campaign_status_idx ON deliveries (campaign_id, status)`);
    // The frequency cap counts a learner's promotional sends over the last seven days.
    await q.query(`CREATE INDEX deliveries_learner_sent_idx ON deliveries (learner_id, sent_at) WHERE status = 'sent' AND promotional`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS deliveries`);
    await q.query(`DROP TABLE IF EXISTS campaign_steps`);
    await q.query(`DROP TABLE IF EXISTS campaigns`);
    await q.query(`DROP TABLE IF EXISTS suppressions`);
    await q.query(`
      ALTER TABLE workspaces
        DROP CONSTRAINT IF EXISTS workspaces_quiet_hours_pair,
        DROP COLUMN IF EXISTS failure_pause_threshold,
        DROP COLUMN IF EXISTS email_rate_per_second,
        DROP COLUMN IF EXISTS frequency_cap,
        DROP COLUMN IF EXISTS allowed_weekdays,
        DROP COLUMN IF EXISTS quiet_hours_end,
        DROP COLUMN IF EXISTS quiet_hours_start`);
  }
}
