import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persona assignment rewrites persona_id on up to every learner of a workspace in one UPDATE.
 * With ten indexes on learners (two of them GIN), each rewritten row cost an entry in every index.
 * Leaving half of each page free and not indexing persona_id lets PostgreSQL make those updates
 * heap-only (HOT): the new row version stays on its page and no index is touched. Lists filtered by
 * persona still use the (workspace_id, created_at) index; segment counts scan anyway.
 */
export class MakeLearnerUpdatesHot1795405000000 implements MigrationInterface {
  name = 'MakeLearnerUpdatesHot1795405000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS learners_workspace_persona_idx`);
    // Applies to pages written from now on; existing ones get it as rows are rewritten (or VACUUM FULL).
    await q.query(`ALTER TABLE learners SET (fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE learners RESET (fillfactor)`);
    await q.query(`CREATE INDEX learners_workspace_persona_idx ON learners (workspace_id, persona_id)`);
  }
}
