import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Test sends of a template, made by the worker through the same path as campaign mail (send slots,
 * suppressions), never by the api: the request, then what happened to each recipient and where the
 * email went (SMTP or the outbox).
 */
export class CreateTestSends1795421200000 implements MigrationInterface {
  name = 'CreateTestSends1795421200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE test_sends (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        template_id uuid NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
        options jsonb NOT NULL,
        recipients text[] NOT NULL CHECK (cardinality(recipients) BETWEEN 1 AND 10),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
        results jsonb NOT NULL DEFAULT '[]',
        transport text CHECK (transport IN ('smtp', 'outbox')),
        destination text,
        error text,
        requested_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_by_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX test_sends_workspace_idx ON test_sends (workspace_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS test_sends`);
  }
}
