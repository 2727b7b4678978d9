import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The enrolment, survey and certificate URLs behind `links.*`, set by a campaign and overridden by a step. */
export class SetCampaignLinks1795421400000 implements MigrationInterface {
  name = 'SetCampaignLinks1795421400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN links jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE campaign_steps ADD COLUMN links jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_steps DROP COLUMN IF EXISTS links`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN IF EXISTS links`);
  }
}
