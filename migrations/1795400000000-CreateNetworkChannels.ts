import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Network channels (Slack, Teams, signed webhooks) with their URL and secret sealed at rest, and the
 * per-workspace switch that lets channels reach private hosts (an operator's decision, no API).
 */
export class CreateNetworkChannels1795400000000 implements MigrationInterface {
  name = 'CreateNetworkChannels1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspaces ADD COLUMN allow_private_network_hosts boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE network_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind text NOT NULL CHECK (kind IN ('slack', 'teams', 'webhook')),
        url_sealed text NOT NULL,
        url_preview text NOT NULL,
        secret_sealed text,
        enabled boolean NOT NULL DEFAULT true,
        last_tested_at timestamptz,
        last_test_outcome text CHECK (last_test_outcome IN ('sent', 'transient', 'permanent')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT network_channels_workspace_name_key UNIQUE (workspace_id, name),
        CONSTRAINT network_channels_webhook_secret CHECK (kind <> 'webhook' OR secret_sealed IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX network_channels_workspace_created_idx ON network_channels (workspace_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS network_channels`);
    await q.query(`ALTER TABLE workspaces DROP COLUMN IF EXISTS allow_private_network_hosts`);
  }
}
