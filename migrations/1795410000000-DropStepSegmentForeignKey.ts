import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step's segment is held like every other reference of a campaign (its include and exclude
 * segments, brand kit, channels, template versions): deleting the segment is refused while a
 * scheduled, running or paused campaign uses it, and the check locks rows so a concurrent launch
 * cannot slip through. The foreign key refused more than that — a segment once used by a draft or a
 * finished campaign could never be deleted (the API answered 500) — so it goes. A draft whose step
 * names a deleted segment is told at launch ("no such segment").
 */
export class DropStepSegmentForeignKey1795410000000 implements MigrationInterface {
  name = 'DropStepSegmentForeignKey1795410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_steps DROP CONSTRAINT campaign_steps_segment_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    // NOT VALID: steps that already name a deleted segment stay as they are; new ones are checked.
    await q.query(`ALTER TABLE campaign_steps ADD CONSTRAINT campaign_steps_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segments(id) NOT VALID`);
  }
}
