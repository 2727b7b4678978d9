import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OpenTracking } from '../../common/enums';
import { PreparedStatements } from '../../infrastructure/database/prepared-statements';
import { insertEventsStatement, type NewEvent } from '../events/events.repository';
import type { BrandColors } from '../templates/render-context';
import { MicroBatcher } from './micro-batcher';

/** What a tracking hit needs to know about the delivery its token names. */
export interface DeliveryContext {
  id: string;
  workspaceId: string;
  campaignId: string;
  stepId: string;
  stepPosition: number;
  learnerId: string | null;
  channel: string;
  /** A post's network (slack, teams, webhook); null for a message to a learner or once the channel is deleted. */
  networkKind: string | null;
  variant: string | null;
  sentAt: Date | null;
  /** The first human open (or click) already recorded, if any. */
  openedAt: Date | null;
  links: string[] | null;
  courseId: string;
  sessionId: string | null;
  /** The workspace's choice: opens per learner, or only counted (see `open_counts`). */
  openTracking: OpenTracking;
  /** The workspace's zone: an aggregate open is counted on its day there. */
  workspaceTimeZone: string;
}

/** One open counted in aggregate: where it belongs, never who opened. */
export interface OpenCount {
  workspaceId: string;
  campaignId: string;
  stepId: string;
  variant: string | null;
  channel: string;
  timeZone: string;
  machine: boolean;
}

export interface PreferenceContext {
  workspaceName: string;
  learnerId: string;
  locale: string;
  firstName: string | null;
  email: string;
  unsubscribedAt: Date | null;
  brand: { name: string; colors: BrandColors; logoUrl: string | null; logoAlt: string | null; fontFamily: string } | null;
}

export interface ShareTarget {
  workspaceId: string;
  courseId: string;
  sessionId: string | null;
  enrolUrl: string | null;
  ambassadorExists: boolean;
}

interface DeliveryRow {
  id: string;
  workspace_id: string;
  campaign_id: string;
  step_id: string;
  position: number;
  learner_id: string | null;
  channel: string;
  network_kind: string | null;
  variant: string | null;
  sent_at: Date | null;
  opened_at: Date | null;
  links: string[] | null;
  course_id: string;
  session_id: string | null;
  open_tracking: OpenTracking;
  time_zone: string;
}

@Injectable()
export class TrackingRepository {
  private readonly deliveries = new MicroBatcher((ids: string[]) => this.loadDeliveries(ids), { maxBatch: 256, maxInFlight: 2 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // The hot path's statements (a hit's lookup, its events, the aggregate counters), prepared once per
    // connection with a generic plan: planned afresh, the lookup spent several times its run planning.
    private readonly prepared: PreparedStatements,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The delivery a token names; lookups of concurrent requests share one query. */
  findDelivery(id: string): Promise<DeliveryContext | null> {
    return this.deliveries.submit(id);
  }

  private async loadDeliveries(ids: string[]): Promise<Array<DeliveryContext | null>> {
    const { rows } = await this.prepared.run<DeliveryRow>(
      `SELECT d.id, d.workspace_id, d.campaign_id, d.step_id, s.position, d.learner_id, d.channel, d.variant, d.sent_at, d.opened_at, d.links,
              c.course_id, c.session_id, w.open_tracking, w.time_zone, nc.kind AS network_kind
         FROM deliveries d
         JOIN campaign_steps s ON s.id = d.step_id
         JOIN campaigns c ON c.id = d.campaign_id
         JOIN workspaces w ON w.id = d.workspace_id
         LEFT JOIN network_channels nc ON nc.id = d.network_channel_id
        WHERE d.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    const byId = new Map(rows.map((row): [string, DeliveryContext] => [
      row.id,
      {
        id: row.id,
        workspaceId: row.workspace_id,
        campaignId: row.campaign_id,
        stepId: row.step_id,
        stepPosition: row.position,
        learnerId: row.learner_id,
        channel: row.channel,
        networkKind: row.network_kind,
        variant: row.variant,
        sentAt: row.sent_at,
        openedAt: row.opened_at,
        links: row.links,
        courseId: row.course_id,
        sessionId: row.session_id,
        openTracking: row.open_tracking,
        workspaceTimeZone: row.time_zone,
      },
    ]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Records the events of tracking hits in one statement (see `insertEventsStatement`). */
  async recordEvents(events: NewEvent[]): Promise<void> {
    if (!events.length) return;
    const statement = insertEventsStatement(events);
    await this.prepared.run(statement.text, statement.values);
  }

  /**
   * Adds opens to the counters of their campaign, step, variant, channel and day (in the workspace's
   * zone): one statement for a batch of hits, summed per counter first, rows taken in key order so
   * that concurrent batches never deadlock. Nothing written names the learner or the delivery.
   */
  async countOpens(hits: OpenCount[]): Promise<void> {
    if (!hits.length) return;
    await this.prepared.run(
      `INSERT INTO open_counts AS oc (workspace_id, campaign_id, step_id, variant, channel, day, opens, machine_opens)
       SELECT h.workspace_id, h.campaign_id, h.step_id, coalesce(h.variant, ''), h.channel, (now() AT TIME ZONE h.time_zone)::date,
              count(*) FILTER (WHERE NOT h.machine), count(*) FILTER (WHERE h.machine)
         FROM jsonb_to_recordset($1::jsonb) AS h(workspace_id uuid, campaign_id uuid, step_id uuid, variant text, channel text, time_zone text, machine boolean)
        GROUP BY 1, 2, 3, 4, 5, 6
        ORDER BY 2, 3, 4, 5, 6
       ON CONFLICT (campaign_id, step_id, variant, channel, day)
       DO UPDATE SET opens = oc.opens + EXCLUDED.opens, machine_opens = oc.machine_opens + EXCLUDED.machine_opens`,
      [JSON.stringify(hits.map((h) => ({ workspace_id: h.workspaceId, campaign_id: h.campaignId, step_id: h.stepId, variant: h.variant, channel: h.channel, time_zone: h.timeZone, machine: h.machine })))],
    );
  }

  async findPreferenceContext(workspaceId: string, learnerId: string): Promise<PreferenceContext | null> {
    const [row] = await this.dataSource.query(
      `SELECT w.name AS workspace_name, l.id, l.locale, l.first_name, l.email, l.unsubscribed_at,
              b.name AS brand_name, b.colors, b.logo_url, b.logo_alt, b.font_family
         FROM learners l
         JOIN workspaces w ON w.id = l.workspace_id
         LEFT JOIN brand_kits b ON b.workspace_id = l.workspace_id AND b.is_default
        WHERE l.workspace_id = $1 AND l.id = $2`,
      [workspaceId, learnerId],
    );
    if (!row) return null;
    return {
      workspaceName: row.workspace_name,
      learnerId: row.id,
      locale: row.locale,
      firstName: row.first_name,
      email: row.email,
      unsubscribedAt: row.unsubscribed_at,
      brand: row.brand_name
        ? { name: row.brand_name, colors: row.colors, logoUrl: row.logo_url, logoAlt: row.logo_alt, fontFamily: row.font_family }
        : null,
    };
  }

  /** Sets `unsubscribed_at` unless already set; the new value, or null when nothing changed. */
  async unsubscribe(manager: EntityManager, workspaceId: string, learnerId: string): Promise<Date | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = await manager.query(
      `UPDATE learners SET unsubscribed_at = now(), updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND unsubscribed_at IS NULL
        RETURNING unsubscribed_at`,
      [workspaceId, learnerId],
    );
    return rows[0]?.unsubscribed_at ?? null;
  }

  /**
   * Whether a message to the learner is on its way, after waiting for the fence in progress for
   * them (if any) to commit: a fence that began before an unsubscribe either saw it or is `sending`.
   * A service message is not waited for: the unsubscribe does not stop it.
   */
  async messageInFlight(learnerId: string): Promise<boolean> {
    await this.dataSource.query(`SELECT clarion_await_learner_fence($1)`, [learnerId]);
    const [row] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM deliveries WHERE learner_id = $1 AND status = 'sending' AND NOT service) AS sending`, [learnerId]);
    return row.sending;
  }

  /** Clears `unsubscribed_at`; the moment it was cleared, or null when the learner was subscribed. */
  async resubscribe(manager: EntityManager, workspaceId: string, learnerId: string): Promise<Date | null> {
    const [rows] = await manager.query(
      `UPDATE learners SET unsubscribed_at = NULL, updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND unsubscribed_at IS NOT NULL
        RETURNING updated_at`,
      [workspaceId, learnerId],
    );
    return rows[0]?.updated_at ?? null;
  }

  async findShareTarget(campaignId: string, ambassadorId: string): Promise<ShareTarget | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.workspace_id, c.course_id, c.session_id, coalesce(co.lms_url, cs.meeting_url) AS enrol_url,
              EXISTS (SELECT 1 FROM learners l WHERE l.workspace_id = c.workspace_id AND l.id = $2) AS ambassador_exists
         FROM campaigns c
         JOIN courses co ON co.id = c.course_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
        WHERE c.id = $1`,
      [campaignId, ambassadorId],
    );
    if (!row) return null;
    return { workspaceId: row.workspace_id, courseId: row.course_id, sessionId: row.session_id, enrolUrl: row.enrol_url, ambassadorExists: row.ambassador_exists };
  }
}
