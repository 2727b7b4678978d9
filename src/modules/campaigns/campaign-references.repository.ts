import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Channel, SessionStatus } from '../../common/enums';

/** Tables a campaign refers to by id; the names never come from input. */
export enum ReferencedTable {
  Course = 'courses',
  Learner = 'learners',
  Segment = 'segments',
  Persona = 'personas',
  NetworkChannel = 'network_channels',
}

export interface SessionFacts {
  id: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  enrolBy: Date | null;
  status: SessionStatus;
}

export interface VersionFacts {
  channel: Channel;
  /** The locales the version has a variant for. */
  locales: string[];
  version: number;
  /** The template's name. */
  name: string;
  /** Whether a step may pin it: approved, or the workspace asks for no review. */
  approved: boolean;
  /** The declared variables it uses (`links.survey`…). */
  variables: string[];
}

/**
 * Read-only look-ups into other modules' tables, always scoped by workspace: what a campaign
 * refers to must exist in the same workspace.
 */
@Injectable()
export class CampaignReferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The subset of `ids` that exist in `table` for the workspace. Read inside a transaction
   * (`manager`), the rows found are locked against deletion (FOR KEY SHARE) until it ends.
   */
  async existingIds(table: ReferencedTable, workspaceId: string, ids: string[], manager?: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await (manager ?? this.dataSource.manager).query<Array<{ id: string }>>(
      `SELECT id FROM ${table} WHERE workspace_id = $1 AND id = ANY($2::uuid[])${manager ? ' FOR KEY SHARE' : ''}`,
      [workspaceId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async findSession(workspaceId: string, id: string, manager?: EntityManager): Promise<SessionFacts | null> {
    const [row] = await (manager ?? this.dataSource.manager).query<SessionFacts[]>(
      `SELECT id, course_id AS "courseId", starts_at AS "startsAt", ends_at AS "endsAt", enrol_by AS "enrolBy", status
         FROM course_sessions WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return row ?? null;
  }

  /**
   * Template versions of the workspace by id, with their template's channel and their locales.
   * Read inside a transaction, their templates are locked against deletion until it ends (only the
   * template: deleting one locks it first, then its versions go with it).
   */
  async findTemplateVersions(workspaceId: string, ids: string[], manager?: EntityManager): Promise<Map<string, VersionFacts>> {
    if (ids.length === 0) return new Map();
    // Approved: the workspace asks for no review, or the version's latest review record approves it.
    const rows = await (manager ?? this.dataSource.manager).query<Array<{ id: string; channel: Channel; locales: string[]; version: number; name: string; approved: boolean; variables: string[] }>>(
      `SELECT v.id, t.channel, v.locales, v.version, t.name, v.variables,
              (NOT w.template_approval OR coalesce(r.action IN ('approved', 'auto_approved'), false)) AS approved
         FROM template_versions v
         JOIN templates t ON t.id = v.template_id AND t.workspace_id = v.workspace_id
         JOIN workspaces w ON w.id = v.workspace_id
         LEFT JOIN LATERAL (SELECT action FROM template_reviews r WHERE r.version_id = v.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1) r ON true
        WHERE v.workspace_id = $1 AND v.id = ANY($2::uuid[])${manager ? ' FOR KEY SHARE OF t' : ''}`,
      [workspaceId, ids],
    );
    return new Map(rows.map((r) => [r.id, { channel: r.channel, locales: r.locales, version: r.version, name: r.name, approved: r.approved, variables: r.variables }]));
  }

  /** The course's LMS page: where `links.enrol` leads when the campaign sets no enrolment link. */
  async courseLmsUrl(workspaceId: string, courseId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<Array<{ lms_url: string | null }>>(`SELECT lms_url FROM courses WHERE workspace_id = $1 AND id = $2`, [workspaceId, courseId]);
    return row?.lms_url ?? null;
  }

  async countEnabledNetworkChannels(workspaceId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM network_channels WHERE workspace_id = $1 AND id = ANY($2::uuid[]) AND enabled`,
      [workspaceId, ids],
    );
    return row.n;
  }

  /** Every time zone learners of the workspace live in, and the workspace's own. */
  async learnerZones(workspaceId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ zone: string }>>(
      `SELECT DISTINCT time_zone AS zone FROM learners WHERE workspace_id = $1
        UNION SELECT time_zone FROM workspaces WHERE id = $1`,
      [workspaceId],
    );
    return rows.map((r) => r.zone);
  }
}
