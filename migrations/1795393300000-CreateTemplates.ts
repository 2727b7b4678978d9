import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brand kits, templates and their immutable versions. A version row never changes once written
 * (a trigger refuses updates): campaign steps pin versions, so what was sent stays reproducible.
 */
export class CreateTemplates1795393300000 implements MigrationInterface {
  name = 'CreateTemplates1795393300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE brand_kits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        is_default boolean NOT NULL DEFAULT false,
        colors jsonb NOT NULL,
        logo_url text,
        logo_alt text,
        font_family text NOT NULL,
        sender_name text NOT NULL,
        sender_email text NOT NULL,
        reply_to text,
        footer_text text,
        legal_mention text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT brand_kits_workspace_name_key UNIQUE (workspace_id, name),
        CONSTRAINT brand_kits_colors_object CHECK (jsonb_typeof(colors) = 'object')
      )`);
    await q.query(`CREATE UNIQUE INDEX brand_kits_one_default_idx ON brand_kits (workspace_id) WHERE is_default`);

    await q.query(`
      CREATE TABLE templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        starter_key text,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        channel text NOT NULL CHECK (channel IN ('email', 'post', 'talking_points')),
        purpose text NOT NULL,
        phase text NOT NULL CHECK (phase IN ('before', 'during', 'after')),
        latest_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT templates_workspace_starter_key UNIQUE (workspace_id, starter_key)
      )`);
    await q.query(`CREATE INDEX templates_workspace_created_idx ON templates (workspace_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE template_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        template_id uuid NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        locales text[] NOT NULL,
        variants jsonb NOT NULL,
        variables text[] NOT NULL DEFAULT '{}',
        created_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT template_versions_template_version_key UNIQUE (template_id, version)
      )`);
    await q.query(`CREATE INDEX template_versions_workspace_idx ON template_versions (workspace_id, template_id)`);
    await q.query(`
      CREATE FUNCTION template_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'template versions are immutable: save a new version instead' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER template_versions_no_update BEFORE UPDATE ON template_versions
      FOR EACH ROW EXECUTE FUNCTION template_versions_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS template_versions`);
    await q.query(`DROP FUNCTION IF EXISTS template_versions_immutable()`);
    await q.query(`DROP TABLE IF EXISTS templates`);
    await q.query(`DROP TABLE IF EXISTS brand_kits`);
  }
}
