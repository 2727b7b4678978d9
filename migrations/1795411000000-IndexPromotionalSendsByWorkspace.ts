import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dry run counts, for the frequency cap, every promotional email a workspace sent in the weeks
 * around a plan. Read learner by learner (deliveries_learner_sent_idx) that is one index probe per
 * learner of the audience; by workspace and time it is one range scan, and with the learner and
 * campaign included, an index-only one.
 */
export class IndexPromotionalSendsByWorkspace1795411000000 implements MigrationInterface {
  name = 'IndexPromotionalSendsByWorkspace1795411000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX deliveries_workspace_promotional_sent_idx ON deliveries (workspace_id, sent_at) INCLUDE (learner_id, campaign_id)
        WHERE status = 'sent' AND promotional`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS deliveries_workspace_promotional_sent_idx`);
  }
}
