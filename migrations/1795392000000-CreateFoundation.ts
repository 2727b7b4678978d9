import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workspaces and API keys, learners, personas, segments, courses, sessions and enrolments.
 * Every tenant table carries workspace_id, and the indexes lead with it: every query is scoped.
 */
export class CreateFoundation1795392000000 implements MigrationInterface {
  name = 'CreateFoundation1795392000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE workspaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        slug text NOT NULL UNIQUE,
        default_locale text NOT NULL DEFAULT 'en',
        time_zone text NOT NULL DEFAULT 'Europe/Paris',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'planner', 'editor', 'viewer')),
        prefix text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_keys_workspace_idx ON api_keys (workspace_id)`);

    await q.query(`
      CREATE TABLE personas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        summary text,
        behavioural_model text,
        social_model text,
        short_term_goals text[] NOT NULL DEFAULT '{}',
        long_term_goals text[] NOT NULL DEFAULT '{}',
        needs text[] NOT NULL DEFAULT '{}',
        ambitions text[] NOT NULL DEFAULT '{}',
        objections text[] NOT NULL DEFAULT '{}',
        preferred_channels text[] NOT NULL DEFAULT '{}',
        preferred_days text[] NOT NULL DEFAULT '{}',
        preferred_time text,
        tone text,
        assignment_rule jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT personas_workspace_name_key UNIQUE (workspace_id, name)
      )`);

    await q.query(`
      CREATE TABLE learners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        email text NOT NULL,
        first_name text,
        last_name text,
        locale text NOT NULL DEFAULT 'en',
        time_zone text NOT NULL DEFAULT 'Europe/Paris',
        department text,
        job_title text,
        site text,
        country text,
        manager_external_id text,
        hire_date date,
        attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
        persona_id uuid REFERENCES personas(id) ON DELETE SET NULL,
        network_handle text,
        consent_email boolean NOT NULL DEFAULT true,
        consent_network boolean NOT NULL DEFAULT true,
        unsubscribed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learners_workspace_external_id_key UNIQUE (workspace_id, external_id),
        CONSTRAINT learners_workspace_email_key UNIQUE (workspace_id, email),
        CONSTRAINT learners_email_normalised CHECK (email = lower(email)),
        CONSTRAINT learners_attributes_object CHECK (jsonb_typeof(attributes) = 'object')
      )`);
    // Keyset pagination (newest first) and the list filters.
    await q.query(`CREATE INDEX learners_workspace_created_idx ON learners (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX learners_workspace_department_idx ON learners (workspace_id, department)`);
    await q.query(`CREATE INDEX learners_workspace_site_idx ON learners (workspace_id, site)`);
    await q.query(`CREATE INDEX learners_workspace_country_idx ON learners (workspace_id, country)`);
    await q.query(`CREATE INDEX learners_workspace_persona_idx ON learners (workspace_id, persona_id)`);
    await q.query(`CREATE INDEX learners_attributes_idx ON learners USING gin (attributes jsonb_path_ops)`);
    // Free-text search over names, email and external id.
    await q.query(`
      CREATE INDEX learners_search_idx ON learners USING gin (
        (coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || email || ' ' || external_id) gin_trgm_ops
      )`);

    await q.query(`
      CREATE TABLE segments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        rule jsonb NOT NULL,
        kind text NOT NULL DEFAULT 'dynamic' CHECK (kind IN ('dynamic', 'static')),
        frozen_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT segments_workspace_name_key UNIQUE (workspace_id, name)
      )`);
    await q.query(`
      CREATE TABLE segment_members (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        segment_id uuid NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        PRIMARY KEY (segment_id, learner_id)
      )`);
    await q.query(`CREATE INDEX segment_members_learner_idx ON segment_members (learner_id)`);

    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        code text,
        title text NOT NULL,
        description text,
        modality text NOT NULL CHECK (modality IN ('in_person', 'e_learning', 'blended', 'virtual_classroom', 'mooc', 'spoc', 'serious_game', 'social_learning')),
        duration_minutes integer CHECK (duration_minutes > 0),
        lms_url text,
        skills text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT courses_workspace_code_key UNIQUE (workspace_id, code)
      )`);
    await q.query(`CREATE INDEX courses_workspace_created_idx ON courses (workspace_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE course_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        title text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        enrol_by timestamptz,
        capacity integer CHECK (capacity > 0),
        location text,
        meeting_url text,
        time_zone text NOT NULL,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        cancelled_at timestamptz,
        cancellation_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_sessions_dates CHECK (ends_at > starts_at),
        CONSTRAINT course_sessions_enrol_by CHECK (enrol_by IS NULL OR enrol_by <= starts_at)
      )`);
    await q.query(`CREATE INDEX course_sessions_course_idx ON course_sessions (workspace_id, course_id, starts_at)`);

    await q.query(`
      CREATE TABLE enrollments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES course_sessions(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('invited', 'enrolled', 'started', 'completed', 'dropped')),
        source text NOT NULL DEFAULT 'api',
        invited_at timestamptz,
        enrolled_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        dropped_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrollments_session_learner_key UNIQUE (session_id, learner_id)
      )`);
    // Segment conditions on enrolment look up by learner, by course or by session.
    await q.query(`CREATE INDEX enrollments_learner_idx ON enrollments (learner_id, course_id, status)`);
    await q.query(`CREATE INDEX enrollments_session_status_idx ON enrollments (session_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['enrollments', 'course_sessions', 'courses', 'segment_members', 'segments', 'learners', 'personas', 'api_keys', 'workspaces']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
