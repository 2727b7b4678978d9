import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Template approval: every transition of a version (submitted, approved, changes requested, or
 * approved on saving where the workspace does not ask for a review) is recorded with who and when;
 * a version's state is its latest record. Workspaces ask for a review by default; those that
 * existed before keep working as they did (no review), their versions recorded as approved when
 * saved. Templates can be archived: kept with their history, hidden from the library.
 */
export class ReviewTemplateVersions1795421100000 implements MigrationInterface {
  name = 'ReviewTemplateVersions1795421100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspaces ADD COLUMN template_approval boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE workspaces ALTER COLUMN template_approval SET DEFAULT true`);
    await q.query(`ALTER TABLE templates ADD COLUMN archived_at timestamptz`);
    await q.query(`
      CREATE TABLE template_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        template_id uuid NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES template_versions(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('submitted', 'approved', 'changes_requested', 'auto_approved')),
        comment text CHECK (comment IS NULL OR length(comment) <= 2000),
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX template_reviews_version_idx ON template_reviews (version_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX template_reviews_template_idx ON template_reviews (workspace_id, template_id, created_at DESC)`);
    await q.query(`
      INSERT INTO template_reviews (workspace_id, template_id, version_id, action, actor_user_id, actor_key_id, created_at)
      SELECT v.workspace_id, v.template_id, v.id, 'auto_approved', v.created_by_user_id, k.id, v.created_at
        FROM template_versions v LEFT JOIN api_keys k ON k.id = v.created_by_key_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS template_reviews`);
    await q.query(`ALTER TABLE templates DROP COLUMN IF EXISTS archived_at`);
    await q.query(`ALTER TABLE workspaces DROP COLUMN IF EXISTS template_approval`);
  }
}
