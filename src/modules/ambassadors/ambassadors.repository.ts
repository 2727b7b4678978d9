import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Variants } from '../templates/template-content';
import type { AmbassadorTally } from './public-leaderboard';

export type ShortLinkSource = 'ambassador' | 'poster';

/** A live (or revoked) ambassador page link, with what the page needs to find its campaign. */
export interface AmbassadorLinkRow {
  id: string;
  workspaceId: string;
  campaignId: string;
  learnerId: string;
  createdAt: Date;
  revokedAt: Date | null;
  /** Whether the learner is still one of the campaign's ambassadors. */
  stillAmbassador: boolean;
}

/** A short link and where it leads: the campaign's enrol URL (its own links, else the course's LMS page, else the session's meeting). */
export interface ShortLinkTarget {
  code: string;
  workspaceId: string;
  campaignId: string;
  source: ShortLinkSource;
  ambassadorId: string | null;
  courseId: string;
  sessionId: string | null;
  enrolUrl: string | null;
}

/** A campaign's ambassador as the console lists them, with their latest page link. */
export interface CampaignAmbassadorRow {
  learnerId: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  linkId: string | null;
  linkCreatedAt: Date | null;
  linkRevokedAt: Date | null;
  shortCode: string | null;
}

export interface RelaySummary {
  count: number;
  lastRelayedAt: Date | null;
  today: boolean;
}

const LINK_COLUMNS = `al.id, al.workspace_id AS "workspaceId", al.campaign_id AS "campaignId", al.learner_id AS "learnerId",
  al.created_at AS "createdAt", al.revoked_at AS "revokedAt"`;

/** Ambassador page links, short links, relays and leaderboard choices. No rules here: see the services. */
@Injectable()
export class AmbassadorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async campaignExists(workspaceId: string, campaignId: string): Promise<{ ambassadorIds: string[] } | null> {
    const [row] = await this.dataSource.query(`SELECT ambassador_ids FROM campaigns WHERE workspace_id = $1 AND id = $2`, [workspaceId, campaignId]);
    return row ? { ambassadorIds: row.ambassador_ids } : null;
  }

  async findLink(id: string): Promise<AmbassadorLinkRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${LINK_COLUMNS}, al.learner_id = ANY(c.ambassador_ids) AS "stillAmbassador"
         FROM ambassador_links al JOIN campaigns c ON c.id = al.campaign_id
        WHERE al.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Whose a page link is, revoked or not: the workspace's name and language, the campaign's brand kit, the holder's language. */
  async linkOwner(id: string): Promise<{ workspaceId: string; workspaceName: string; workspaceLocale: string; brandKitId: string | null; learnerLocale: string | null } | null> {
    const [row] = await this.dataSource.query(
      `SELECT w.id AS "workspaceId", w.name AS "workspaceName", w.default_locale AS "workspaceLocale", c.brand_kit_id AS "brandKitId", l.locale AS "learnerLocale"
         FROM ambassador_links al
         JOIN campaigns c ON c.id = al.campaign_id
         JOIN workspaces w ON w.id = al.workspace_id
         LEFT JOIN learners l ON l.workspace_id = al.workspace_id AND l.id = al.learner_id
        WHERE al.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Gives each of these ambassadors a live page link and short link for the campaign, keeping the
   * ones they have (set-based; two callers at once agree through the partial unique indexes).
   * `codes`: a fresh code per ambassador, used only where one is missing. Returns those still missing
   * a short link (a code collision, astronomically rare: the caller draws again).
   */
  async ensureLinks(workspaceId: string, campaignId: string, learnerIds: string[], codes: string[]): Promise<string[]> {
    if (learnerIds.length === 0) return [];
    await this.dataSource.query(
      `INSERT INTO ambassador_links (workspace_id, campaign_id, learner_id)
       SELECT $1, $2, l.id FROM learners l WHERE l.workspace_id = $1 AND l.id = ANY($3::uuid[])
       ON CONFLICT (campaign_id, learner_id) WHERE revoked_at IS NULL DO NOTHING`,
      [workspaceId, campaignId, learnerIds],
    );
    await this.dataSource.query(
      `INSERT INTO short_links (code, workspace_id, campaign_id, source, ambassador_id)
       SELECT x.code, $1, $2, 'ambassador', l.id
         FROM unnest($3::uuid[], $4::text[]) AS x(learner_id, code)
         JOIN learners l ON l.workspace_id = $1 AND l.id = x.learner_id
       ON CONFLICT DO NOTHING`,
      [workspaceId, campaignId, learnerIds, codes],
    );
    const missing: { id: string }[] = await this.dataSource.query(
      `SELECT l.id FROM learners l
        WHERE l.workspace_id = $1 AND l.id = ANY($3::uuid[])
          AND NOT EXISTS (SELECT 1 FROM short_links s WHERE s.campaign_id = $2 AND s.ambassador_id = l.id AND s.source = 'ambassador' AND s.revoked_at IS NULL)`,
      [workspaceId, campaignId, learnerIds],
    );
    return missing.map((r) => r.id);
  }

  /** The live page link ids and short codes of these ambassadors of a campaign. */
  async liveLinks(campaignId: string, learnerIds: string[]): Promise<Map<string, { linkId: string | null; code: string | null }>> {
    const rows: { learner_id: string; link_id: string | null; code: string | null }[] = await this.dataSource.query(
      `SELECT x.id AS learner_id,
              (SELECT al.id FROM ambassador_links al WHERE al.campaign_id = $1 AND al.learner_id = x.id AND al.revoked_at IS NULL) AS link_id,
              (SELECT s.code FROM short_links s WHERE s.campaign_id = $1 AND s.ambassador_id = x.id AND s.source = 'ambassador' AND s.revoked_at IS NULL) AS code
         FROM unnest($2::uuid[]) AS x(id)`,
      [campaignId, learnerIds],
    );
    return new Map(rows.map((r) => [r.learner_id, { linkId: r.link_id, code: r.code }]));
  }

  /** Revokes the ambassador's live page link, if any; true when one was revoked. */
  async revokeLink(workspaceId: string, campaignId: string, learnerId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `UPDATE ambassador_links SET revoked_at = now()
        WHERE workspace_id = $1 AND campaign_id = $2 AND learner_id = $3 AND revoked_at IS NULL RETURNING id`,
      [workspaceId, campaignId, learnerId],
    );
    return rows[0].length > 0;
  }

  /** The campaign's ambassadors (in the campaign's order) with their latest page link and live short code. */
  async campaignAmbassadors(workspaceId: string, campaignId: string): Promise<CampaignAmbassadorRow[]> {
    return this.dataSource.query(
      `SELECT l.id AS "learnerId", l.first_name AS "firstName", l.last_name AS "lastName", l.email,
              al.id AS "linkId", al.created_at AS "linkCreatedAt", al.revoked_at AS "linkRevokedAt",
              (SELECT s.code FROM short_links s WHERE s.campaign_id = c.id AND s.ambassador_id = l.id AND s.source = 'ambassador' AND s.revoked_at IS NULL) AS "shortCode"
         FROM campaigns c
         CROSS JOIN LATERAL unnest(c.ambassador_ids) WITH ORDINALITY AS a(id, n)
         JOIN learners l ON l.workspace_id = c.workspace_id AND l.id = a.id
         LEFT JOIN LATERAL (
           SELECT id, created_at, revoked_at FROM ambassador_links
            WHERE campaign_id = c.id AND learner_id = l.id ORDER BY revoked_at IS NULL DESC, created_at DESC LIMIT 1) al ON true
        WHERE c.workspace_id = $1 AND c.id = $2
        ORDER BY a.n`,
      [workspaceId, campaignId],
    );
  }

  /** The campaign's live poster short code, creating it with `code` when there is none. */
  async ensurePosterCode(workspaceId: string, campaignId: string, code: string): Promise<string | null> {
    await this.dataSource.query(
      `INSERT INTO short_links (code, workspace_id, campaign_id, source) VALUES ($1, $2, $3, 'poster') ON CONFLICT DO NOTHING`,
      [code, workspaceId, campaignId],
    );
    const [row] = await this.dataSource.query(`SELECT code FROM short_links WHERE campaign_id = $1 AND source = 'poster' AND revoked_at IS NULL`, [campaignId]);
    return row?.code ?? null;
  }

  async findShortLink(code: string): Promise<ShortLinkTarget | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.code, s.workspace_id AS "workspaceId", s.campaign_id AS "campaignId", s.source, s.ambassador_id AS "ambassadorId",
              c.course_id AS "courseId", c.session_id AS "sessionId",
              coalesce(nullif(c.links->>'enrol', ''), co.lms_url, cs.meeting_url) AS "enrolUrl"
         FROM short_links s
         JOIN campaigns c ON c.id = s.campaign_id
         JOIN courses co ON co.id = c.course_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
        WHERE s.code = $1 AND s.revoked_at IS NULL`,
      [code],
    );
    return row ?? null;
  }

  /**
   * Each ambassador of the campaign with their human share clicks (through their short link or
   * share link: no learner, their id) and the enrolments credited to them in this campaign.
   */
  async tallies(workspaceId: string, campaignId: string): Promise<AmbassadorTally[]> {
    const rows: { learner_id: string; first_name: string | null; last_name: string | null; clicks: number; enrolled: number; opted_out: boolean }[] = await this.dataSource.query(
      `WITH amb AS (
         SELECT l.id, l.first_name, l.last_name FROM campaigns c CROSS JOIN LATERAL unnest(c.ambassador_ids) AS a(id)
           JOIN learners l ON l.workspace_id = c.workspace_id AND l.id = a.id
          WHERE c.workspace_id = $1 AND c.id = $2),
       counts AS (
         SELECT e.ambassador_id,
                count(*) FILTER (WHERE e.kind = 'clicked' AND e.learner_id IS NULL AND NOT e.machine)::int AS clicks,
                count(*) FILTER (WHERE e.kind = 'enrolled')::int AS enrolled
           FROM events e
          WHERE e.workspace_id = $1 AND e.campaign_id = $2 AND e.ambassador_id IN (SELECT id FROM amb) AND e.kind IN ('clicked', 'enrolled')
          GROUP BY e.ambassador_id)
       SELECT amb.id AS learner_id, amb.first_name, amb.last_name, coalesce(counts.clicks, 0) AS clicks, coalesce(counts.enrolled, 0) AS enrolled,
              coalesce(p.leaderboard_opt_out, false) AS opted_out
         FROM amb
         LEFT JOIN counts ON counts.ambassador_id = amb.id
         LEFT JOIN ambassador_preferences p ON p.workspace_id = $1 AND p.learner_id = amb.id`,
      [workspaceId, campaignId],
    );
    return rows.map((r) => ({ learnerId: r.learner_id, firstName: r.first_name, lastName: r.last_name, clicks: r.clicks, enrolled: r.enrolled, optedOut: r.opted_out }));
  }

  /** Records "I shared it" once per ambassador × campaign × day in the workspace's zone; true when this call recorded it. */
  async recordRelay(workspaceId: string, campaignId: string, learnerId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO ambassador_relays (workspace_id, campaign_id, learner_id, day)
       SELECT $1, $2, $3, (now() AT TIME ZONE w.time_zone)::date FROM workspaces w WHERE w.id = $1
       ON CONFLICT DO NOTHING RETURNING day`,
      [workspaceId, campaignId, learnerId],
    );
    return rows.length > 0;
  }

  async relaySummary(workspaceId: string, campaignId: string, learnerId: string): Promise<RelaySummary> {
    const [row] = await this.dataSource.query(
      `SELECT count(r.day)::int AS count, max(r.relayed_at) AS last,
              coalesce(bool_or(r.day = (now() AT TIME ZONE w.time_zone)::date), false) AS today
         FROM workspaces w LEFT JOIN ambassador_relays r ON r.workspace_id = w.id AND r.campaign_id = $2 AND r.learner_id = $3
        WHERE w.id = $1`,
      [workspaceId, campaignId, learnerId],
    );
    return { count: row?.count ?? 0, lastRelayedAt: row?.last ?? null, today: row?.today ?? false };
  }

  async setLeaderboardOptOut(workspaceId: string, learnerId: string, optOut: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ambassador_preferences (workspace_id, learner_id, leaderboard_opt_out) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, learner_id) DO UPDATE SET leaderboard_opt_out = EXCLUDED.leaderboard_opt_out, updated_at = now()`,
      [workspaceId, learnerId, optOut],
    );
  }

  /** The version of the campaign's first talking-points step (in plan order), if it has one. */
  async talkingPointsVersion(workspaceId: string, campaignId: string): Promise<{ id: string; variants: Variants } | null> {
    const [row] = await this.dataSource.query(
      `SELECT v.id, v.variants FROM campaign_steps s JOIN template_versions v ON v.id = s.template_version_id AND v.workspace_id = s.workspace_id
        WHERE s.workspace_id = $1 AND s.campaign_id = $2 AND s.channel = 'talking_points'
        ORDER BY s.position LIMIT 1`,
      [workspaceId, campaignId],
    );
    return row ?? null;
  }

  async campaignNames(workspaceId: string): Promise<{ name: string; defaultLocale: string; timeZone: string }> {
    const [row] = await this.dataSource.query(`SELECT name, default_locale, time_zone FROM workspaces WHERE id = $1`, [workspaceId]);
    return { name: row.name, defaultLocale: row.default_locale, timeZone: row.time_zone };
  }
}
