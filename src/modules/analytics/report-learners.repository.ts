import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AudiencePredicate } from '../segments/segment-audience';
import { DELIVERY_ROWS, ENROLMENT_CTES, REACHED_COMPLETED, REACHED_ENROLLED, REACHED_STARTED, type ReportCampaign, type ReportStage, STAGE_PREDICATES, TARGETED } from './report.repository';

/** Breakdowns a drill-down can name, as the report's `breakdowns` (and the ambassador leaderboard). */
export const DRILL_DIMENSIONS = ['step', 'channel', 'variant', 'persona', 'department', 'site', 'ambassador'] as const;
export type DrillDimension = (typeof DRILL_DIMENSIONS)[number];

/**
 * Which learners: those at `stage` (and, with `notStage`, not at it) within one group of the report
 * (`dimension` and `key`; `key` null is the group without a value), or the whole campaign.
 */
export interface LearnerSelection {
  stage: ReportStage;
  notStage?: ReportStage;
  dimension?: DrillDimension;
  key?: string | null;
}

export interface ReportLearnerRow {
  id: string;
  /** False when the learner was deleted since (counted by the report, nothing left to show). */
  exists: boolean;
  externalId: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  department: string | null;
  site: string | null;
  personaId: string | null;
  personaName: string | null;
  /** The learner's stage bits in the group (see STAGE_PREDICATES). */
  f: number;
  sentAt: Date | null;
  openedAt: Date | null;
  clickedAt: Date | null;
  enrolledAt: Date | null;
  /** The keyset of the listing: the learner's sort name. */
  sortKey: string;
}

/** A row of the CSV: the moments already in the workspace's local time (`YYYY-MM-DD HH:MM`), as PostgreSQL writes them fast. */
export interface ReportLearnerCsvRow extends ReportLearnerRow {
  sentLocal: string | null;
  openedLocal: string | null;
  clickedLocal: string | null;
  enrolledLocal: string | null;
}

interface Built {
  sql: string;
  params: unknown[];
}

/**
 * The learners behind each figure of the report. The SQL folds the very rows the report counts
 * (DELIVERY_ROWS and the attributed enrolments of ENROLMENT_CTES), per learner, in the group asked,
 * and selects with the report's own stage predicates: the count of a stage is the report's figure.
 */
@Injectable()
export class ReportLearnersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many learners match, and a page of them in name order after `after`. */
  async page(workspaceId: string, campaign: ReportCampaign, selection: LearnerSelection, limit: number, after?: { key: string; id: string }): Promise<{ total: number; rows: ReportLearnerRow[] }> {
    const { sql, params } = this.matched(workspaceId, campaign, selection);
    const countParams = [...params];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const keyset = after ? `WHERE (x."sortKey", x.id::text) > (${bind(after.key)}, ${bind(after.id)})` : '';
    // One pass: the count over every match rides along each row of the page.
    const rows: Array<ReportLearnerRow & { total: number }> = await this.dataSource.query(
      `${sql} SELECT x.* FROM (SELECT m.*, count(*) OVER ()::int AS total FROM matched m) x ${keyset} ORDER BY x."sortKey", x.id::text LIMIT ${bind(limit)}`,
      params,
    );
    // A page past the end has no row to carry the count: ask for it alone.
    const total = rows.length ? rows[0]!.total : after ? (await this.dataSource.query(`${sql} SELECT count(*)::int AS total FROM matched`, countParams))[0].total : 0;
    return { total, rows };
  }

  /**
   * Every matching learner in name order, `batch` rows at a time, from one snapshot (a cursor in a
   * read-only transaction): for a CSV of tens of thousands of rows without holding them all.
   */
  async forEachBatch(workspaceId: string, campaign: ReportCampaign, selection: LearnerSelection, batch: number, each: (rows: ReportLearnerCsvRow[]) => Promise<void>): Promise<void> {
    const { sql, params } = this.matched(workspaceId, campaign, selection);
    params.push(campaign.timeZone);
    const local = (column: string) => `to_char(m."${column}At" AT TIME ZONE $${params.length}, 'YYYY-MM-DD HH24:MI') AS "${column}Local"`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await runner.query(`SET LOCAL work_mem = '64MB'; SET LOCAL jit = off`);
      await runner.query(
        `DECLARE report_learners NO SCROLL CURSOR FOR ${sql} SELECT m.*, ${['sent', 'opened', 'clicked', 'enrolled'].map(local).join(', ')} FROM matched m ORDER BY m."sortKey", m.id::text`,
        params,
      );
      for (;;) {
        const rows: ReportLearnerCsvRow[] = await runner.query(`FETCH ${Number(batch)} FROM report_learners`);
        if (rows.length === 0) break;
        await each(rows);
        if (rows.length < batch) break;
      }
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  /** The matching learners as an audience predicate (for freezing a static segment). Deleted learners are left out. */
  audience(workspaceId: string, campaign: ReportCampaign, selection: LearnerSelection): AudiencePredicate {
    const { sql, params } = this.matched(workspaceId, campaign, selection);
    return { where: `(l.workspace_id = $1 AND l.id IN (${sql} SELECT m.id FROM matched m WHERE m."exists"))`, params };
  }

  /** `WITH … matched AS (…)`: one row per matching learner. Parameters: $1 workspace, $2 campaign, $3 session, $4 course, $5 the group's key. */
  private matched(workspaceId: string, campaign: Pick<ReportCampaign, 'id' | 'sessionId' | 'courseId'>, selection: LearnerSelection): Built {
    const params: unknown[] = [workspaceId, campaign.id, campaign.sessionId, campaign.courseId];
    const group = groupFilters(selection, params);
    const notStage = selection.notStage ? ` AND NOT (${STAGE_PREDICATES[selection.notStage]})` : '';
    const sql = `
WITH d AS MATERIALIZED (${DELIVERY_ROWS}${group.delivery}
), ${ENROLMENT_CTES}, folded AS (
  SELECT person, bit_or(f) AS f, min(sent_at) AS sent_at, min(opened_at) AS opened_at, min(clicked_at) AS clicked_at, min(enrolled_at) AS enrolled_at
    FROM (SELECT person, f, sent_at, opened_at, clicked_at, NULL::timestamptz AS enrolled_at FROM d
          UNION ALL
          SELECT person, f, NULL, NULL, NULL, occurred_at FROM enr WHERE ${group.enrolment}) u
   GROUP BY person
), staged AS (
  -- The reached bits: reached in the group, and enrolled in the session whatever the attribution.
  SELECT p.person, p.sent_at, p.opened_at, p.clicked_at, p.enrolled_at,
         p.f | CASE WHEN p.f & ${TARGETED} <> 0 AND x.enrolled THEN ${REACHED_ENROLLED} ELSE 0 END
             | CASE WHEN p.f & ${TARGETED} <> 0 AND x.started THEN ${REACHED_STARTED} ELSE 0 END
             | CASE WHEN p.f & ${TARGETED} <> 0 AND x.completed THEN ${REACHED_COMPLETED} ELSE 0 END AS f
    FROM folded p LEFT JOIN enrolment x ON x.learner_id = p.person
), matched AS MATERIALIZED (
  SELECT s.person AS id, l.id IS NOT NULL AS "exists", l.external_id AS "externalId", l.email, l.first_name AS "firstName", l.last_name AS "lastName",
         l.department, l.site, l.persona_id AS "personaId", pe.name AS "personaName", s.f::int AS f,
         s.sent_at AS "sentAt", s.opened_at AS "openedAt", s.clicked_at AS "clickedAt", s.enrolled_at AS "enrolledAt",
         lower(concat_ws(' ', l.last_name, l.first_name, l.email)) AS "sortKey"
    FROM staged s
    LEFT JOIN learners l ON l.id = s.person AND l.workspace_id = $1
    LEFT JOIN personas pe ON pe.id = l.persona_id AND pe.workspace_id = $1
   WHERE ${STAGE_PREDICATES[selection.stage].replace(/\bf\b/g, 's.f')}${notStage.replace(/\bf\b/g, 's.f')}${group.learner}
)`;
    return { sql, params };
  }
}

/** The group of the report a selection names, as filters on the delivery rows, the attributed enrolments and the learner. */
function groupFilters(selection: LearnerSelection, params: unknown[]): { delivery: string; enrolment: string; learner: string } {
  if (!selection.dimension) return { delivery: '', enrolment: 'true', learner: '' };
  const key = selection.key ?? null;
  const p = () => {
    params.push(key);
    return `$${params.length}`;
  };
  switch (selection.dimension) {
    case 'step':
      return key === null ? { delivery: ' AND false', enrolment: `step = ''`, learner: '' } : { delivery: ` AND d.step_id = ${p()}::uuid`, enrolment: `step = $${params.length}::text`, learner: '' };
    case 'channel':
      return key === null ? { delivery: ' AND false', enrolment: `channel = ''`, learner: '' } : { delivery: ` AND d.channel = ${p()}`, enrolment: `channel = $${params.length}`, learner: '' };
    case 'variant':
      return key === null
        ? { delivery: ' AND d.variant IS NULL', enrolment: `variant = ''`, learner: '' }
        : { delivery: ` AND d.variant = ${p()}`, enrolment: `variant = $${params.length}`, learner: '' };
    case 'ambassador':
      return { delivery: ' AND false', enrolment: `ambassador = ${p()}`, learner: '' };
    case 'persona':
    case 'department':
    case 'site': {
      const column = { persona: 'persona_id', department: 'department', site: 'site' }[selection.dimension];
      if (key === null) return { delivery: '', enrolment: 'true', learner: ` AND l.${column} IS NULL` };
      const value = selection.dimension === 'persona' ? `${p()}::uuid` : p();
      // The learner's profile decides (the last filter); reading only that group's rows first is the same set, faster.
      const members = `(SELECT g.id FROM learners g WHERE g.workspace_id = $1 AND g.${column} = ${value})`;
      return { delivery: ` AND d.learner_id IN ${members}`, enrolment: `person IN ${members}`, learner: ` AND l.${column} = ${value}` };
    }
  }
}
