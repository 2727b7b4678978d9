import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `send_pacing`: each workspace's send pacing (GCRA), taken just before each email leaves, so its
 * rate holds at the SMTP server too: claims spend the budget when they are made, but a queue that
 * drains unevenly would otherwise let claims made a second apart leave together. Unlogged: taking a
 * slot writes no WAL and waits for no disk flush; after a crash the table is empty, which only
 * forgets the last second of pacing.
 */
export class PaceSendsPerWorkspace1795413000000 implements MigrationInterface {
  name = 'PaceSendsPerWorkspace1795413000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE send_pacing (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        paced_until timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE send_pacing`);
  }
}
