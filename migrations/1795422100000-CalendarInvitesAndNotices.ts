import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar invites and change notices: a session's invite sequence (SEQUENCE of its iCalendar
 * event, bumped by each reschedule and by the cancellation), a step's choice to carry the invite,
 * the notice steps the engine adds to a launched campaign when its session changes, and the
 * sequence each campaign has already told its learners about.
 */
export class CalendarInvitesAndNotices1795422100000 implements MigrationInterface {
  name = 'CalendarInvitesAndNotices1795422100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE course_sessions ADD COLUMN invite_sequence integer NOT NULL DEFAULT 0 CHECK (invite_sequence >= 0)`);
    await q.query(`ALTER TABLE campaign_steps ADD COLUMN attach_invite boolean`);
    await q.query(`ALTER TABLE campaign_steps ADD COLUMN notice text CHECK (notice IN ('session_changed', 'session_cancelled'))`);
    await q.query(`ALTER TABLE campaign_steps ADD COLUMN notice_sequence integer`);
    await q.query(`ALTER TABLE campaign_steps ADD CONSTRAINT campaign_steps_notice_sequence_check CHECK ((notice IS NULL) = (notice_sequence IS NULL))`);
    // One notice per campaign, change and channel, however many planner rounds see the change.
    await q.query(`CREATE UNIQUE INDEX campaign_steps_notice_key ON campaign_steps (campaign_id, notice_sequence, channel) WHERE notice IS NOT NULL`);
    await q.query(`ALTER TABLE campaigns ADD COLUMN noticed_sequence integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN IF EXISTS noticed_sequence`);
    await q.query(`DROP INDEX IF EXISTS campaign_steps_notice_key`);
    await q.query(`ALTER TABLE campaign_steps DROP CONSTRAINT IF EXISTS campaign_steps_notice_sequence_check`);
    await q.query(`ALTER TABLE campaign_steps DROP COLUMN IF EXISTS notice_sequence`);
    await q.query(`ALTER TABLE campaign_steps DROP COLUMN IF EXISTS notice`);
    await q.query(`ALTER TABLE campaign_steps DROP COLUMN IF EXISTS attach_invite`);
    await q.query(`ALTER TABLE course_sessions DROP COLUMN IF EXISTS invite_sequence`);
  }
}
