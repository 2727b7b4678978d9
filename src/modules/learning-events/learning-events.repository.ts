import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ActivityKey, LearnerKey } from './learning-event';

export type SessionLookup = { found: true; sessionId: string; courseId: string } | { found: false; message: string };

// `…/sessions/<uuid>` at the end of an xAPI activity id names a Clarion session.
const SESSION_IN_IRI = /\/sessions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

@Injectable()
export class LearningEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findLearnerId(workspaceId: string, key: LearnerKey): Promise<string | null> {
    const [column, value] = 'externalId' in key ? ['external_id', key.externalId] : ['email', key.email];
    const [row] = await this.dataSource.query(`SELECT id FROM learners WHERE workspace_id = $1 AND ${column} = $2`, [workspaceId, value]);
    return row?.id ?? null;
  }

  /**
   * The session an event is about: by id; by course code and start; by xAPI activity id
   * (`…/sessions/<id>`, or the course's LMS URL). A course named without a start must have one
   * scheduled session, or the sender has to say which.
   */
  async findSession(workspaceId: string, activity: ActivityKey): Promise<SessionLookup> {
    if ('sessionId' in activity) return this.sessionById(workspaceId, activity.sessionId);
    if ('activityId' in activity) {
      const inIri = SESSION_IN_IRI.exec(activity.activityId);
      if (inIri) return this.sessionById(workspaceId, inIri[1].toLowerCase());
      const rows = await this.dataSource.query(
        `SELECT id FROM courses WHERE workspace_id = $1 AND rtrim(lms_url, '/') = rtrim($2, '/')`,
        [workspaceId, activity.activityId],
      );
      if (rows.length !== 1) return { found: false, message: 'no course of this workspace has this LMS URL, and it names no …/sessions/<id>' };
      return this.onlySession(workspaceId, rows[0].id, null);
    }
    const [course] = await this.dataSource.query(`SELECT id FROM courses WHERE workspace_id = $1 AND code = $2`, [workspaceId, activity.courseCode]);
    if (!course) return { found: false, message: 'no course of this workspace has this code' };
    return this.onlySession(workspaceId, course.id, activity.sessionStartsAt ?? null);
  }

  async attributionWindowDays(workspaceId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT attribution_window_days FROM workspaces WHERE id = $1`, [workspaceId]);
    return row?.attribution_window_days ?? 14;
  }

  /** The campaign, ambassador (none for a poster) and channel a short link's code credits, if the code is the workspace's. */
  async shortLinkOf(workspaceId: string, code: string): Promise<{ campaignId: string; ambassadorId: string | null; channel: string } | null> {
    const [row] = await this.dataSource.query(`SELECT campaign_id, ambassador_id, source FROM short_links WHERE workspace_id = $1 AND code = $2`, [workspaceId, code]);
    return row ? { campaignId: row.campaign_id, ambassadorId: row.ambassador_id, channel: row.source } : null;
  }

  /** Whether a share reference's campaign and ambassador both belong to the workspace. */
  async shareBelongsTo(workspaceId: string, campaignId: string, ambassadorId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM campaigns WHERE workspace_id = $1 AND id = $2)
          AND EXISTS (SELECT 1 FROM learners WHERE workspace_id = $1 AND id = $3) AS ok`,
      [workspaceId, campaignId, ambassadorId],
    );
    return row.ok;
  }

  private async sessionById(workspaceId: string, id: string): Promise<SessionLookup> {
    const [row] = await this.dataSource.query(`SELECT id, course_id FROM course_sessions WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    return row ? { found: true, sessionId: row.id, courseId: row.course_id } : { found: false, message: 'no session of this workspace has this id' };
  }

  private async onlySession(workspaceId: string, courseId: string, startsAt: Date | null): Promise<SessionLookup> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM course_sessions
        WHERE workspace_id = $1 AND course_id = $2 AND ($3::timestamptz IS NULL OR starts_at = $3)
          AND ($3::timestamptz IS NOT NULL OR status = 'scheduled')`,
      [workspaceId, courseId, startsAt?.toISOString() ?? null],
    );
    if (rows.length === 1) return { found: true, sessionId: rows[0].id, courseId };
    if (rows.length === 0) return { found: false, message: startsAt ? 'the course has no session starting at this time' : 'the course has no scheduled session' };
    return { found: false, message: `the course has ${rows.length} scheduled sessions: give sessionStartsAt or sessionId` };
  }
}
