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
  BrandKit = 'brand_kits',
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
}

/**
 * Read-only look-ups into other modules' tables, always scoped by workspace: what a campaign
 * refers to must exist in the same workspace.
 */
@Injectable()
export class CampaignReferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The subset of `ids` that exist in `table` for the workspace. */
  async existingIds(table: ReferencedTable, workspaceId: string, ids: string[], manager?: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await (manager ?? this.dataSource.manager).query<Array<{ id: string }>>(
      `SELECT id FROM ${table} WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
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

  /** Template versions of the workspace by id, with their template's channel and their locales. */
  async findTemplateVersions(workspaceId: string, ids: string[], manager?: EntityManager): Promise<Map<string, VersionFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await (manager ?? this.dataSource.manager).query<Array<{ id: string; channel: Channel; locales: string[] }>>(
      `SELECT v.id, t.channel, v.locales
         FROM template_versions v
         JOIN templates t ON t.id = v.template_id AND t.workspace_id = v.workspace_id
        WHERE v.workspace_id = $1 AND v.id = ANY($2::uuid[])`,
      [workspaceId, ids],
    );
    return new Map(rows.map((r) => [r.id, { channel: r.channel, locales: r.locales }]));
  }

  async brandKitSenderEmail(workspaceId: string, brandKitId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<Array<{ email: string | null }>>(
      `SELECT sender_email AS email FROM brand_kits WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, brandKitId],
    );
    return row?.email ?? null;
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
