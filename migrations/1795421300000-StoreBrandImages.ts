import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Images uploaded for brand kits (logos), stored by Clarion and served from its own URL (`/media/:id`). */
export class StoreBrandImages1795421300000 implements MigrationInterface {
  name = 'StoreBrandImages1795421300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE brand_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
        bytes bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 1048576),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX brand_images_workspace_idx ON brand_images (workspace_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS brand_images`);
  }
}
