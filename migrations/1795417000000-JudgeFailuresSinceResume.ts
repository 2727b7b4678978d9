import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A campaign paused for its failure rate and resumed by a DLM is judged again on what fails after
 * the resume, not on the failures that paused it (else its next failure pauses it again at once).
 */
export class JudgeFailuresSinceResume1795417000000 implements MigrationInterface {
  name = 'JudgeFailuresSinceResume1795417000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN resumed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN IF EXISTS resumed_at`);
  }
}
