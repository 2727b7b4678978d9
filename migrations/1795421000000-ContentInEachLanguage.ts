import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A brand kit's sender name, logo text, footer and legal mention, and a course's title,
 * description and skills, in other languages than the workspace's: one entry per locale.
 */
export class ContentInEachLanguage1795421000000 implements MigrationInterface {
  name = 'ContentInEachLanguage1795421000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE brand_kits ADD COLUMN translations jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE courses ADD COLUMN translations jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE courses DROP COLUMN IF EXISTS translations`);
    await q.query(`ALTER TABLE brand_kits DROP COLUMN IF EXISTS translations`);
  }
}
