import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A learner's timeline lists the deliveries made to them: without an index on learner_id that is a
 * scan of every delivery. The same index serves erasing a learner (ON DELETE SET NULL looks up
 * their deliveries). learner_id never changes otherwise, so status and lease updates stay HOT.
 */
export class IndexDeliveriesByLearner1795416000000 implements MigrationInterface {
  name = 'IndexDeliveriesByLearner1795416000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX deliveries_learner_idx ON deliveries (learner_id) WHERE learner_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS deliveries_learner_idx`);
  }
}
