import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The learners list filters by locale and the console's filter menus count learners per locale:
 * like department, site and country, an index on (workspace_id, locale) makes both an index
 * (only) scan instead of reading every learner. Locales rarely change, so updates stay HOT.
 */
export class IndexLearnersByLocale1795416100000 implements MigrationInterface {
  name = 'IndexLearnersByLocale1795416100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX learners_workspace_locale_idx ON learners (workspace_id, locale)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS learners_workspace_locale_idx`);
  }
}
