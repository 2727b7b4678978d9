import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person who never chose a language has none (null): the console follows their browser until
 * they pick one. Only an explicit choice (profile, language switch, invitation) is stored.
 */
export class LetUsersLeaveLocaleUnchosen1795420000000 implements MigrationInterface {
  name = 'LetUsersLeaveLocaleUnchosen1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN locale DROP NOT NULL, ALTER COLUMN locale DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE users SET locale = 'en' WHERE locale IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'en', ALTER COLUMN locale SET NOT NULL`);
  }
}
