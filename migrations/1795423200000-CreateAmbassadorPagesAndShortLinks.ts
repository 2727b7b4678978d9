import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ambassador pages and short links:
 * - `ambassador_links`: an ambassador's personal page link for one campaign. The token in the URL is
 *   the row's id with an HMAC of it (nothing secret is stored); revoking sets `revoked_at`, and at
 *   most one link per ambassador × campaign is live at a time (re-issuing revokes the old one).
 * - `short_links`: a few characters under `/s/` that redirect to the campaign's tracked enrol URL,
 *   for an ambassador's shares or for a poster; one live link per ambassador × campaign and one
 *   live poster link per campaign.
 * - `ambassador_relays`: "I shared it", once per ambassador × campaign × day (the workspace's day).
 * - `ambassador_preferences`: the ambassador's own choice to keep their name off public leaderboards.
 */
export class CreateAmbassadorPagesAndShortLinks1795423200000 implements MigrationInterface {
  name = 'CreateAmbassadorPagesAndShortLinks1795423200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ambassador_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ambassador_links_live_key ON ambassador_links (campaign_id, learner_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX ambassador_links_campaign_idx ON ambassador_links (workspace_id, campaign_id, learner_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE short_links (
        code text PRIMARY KEY CHECK (code ~ '^[1-9A-HJ-NP-Za-km-z]{8,16}$'),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('ambassador', 'poster')),
        ambassador_id uuid REFERENCES learners(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK ((source = 'ambassador') = (ambassador_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX short_links_ambassador_key ON short_links (campaign_id, ambassador_id) WHERE source = 'ambassador' AND revoked_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX short_links_poster_key ON short_links (campaign_id) WHERE source = 'poster' AND revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE ambassador_relays (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        day date NOT NULL,
        relayed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, learner_id, day)
      )`);

    await q.query(`
      CREATE TABLE ambassador_preferences (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        leaderboard_opt_out boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, learner_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS ambassador_preferences`);
    await q.query(`DROP TABLE IF EXISTS ambassador_relays`);
    await q.query(`DROP TABLE IF EXISTS short_links`);
    await q.query(`DROP TABLE IF EXISTS ambassador_links`);
  }
}
