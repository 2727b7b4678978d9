import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Channel, DeliveryReason, DeliveryStatus } from '../../common/enums';
import { type HistoryEntry, type HistoryQuery, HistorySource, historyKeySql } from '../../common/history/learner-history';
import type { CursorPosition } from '../../common/pagination/cursor';

export interface DeliveryFilter {
  status?: DeliveryStatus;
  reason?: DeliveryReason;
  channel?: Channel;
  stepId?: string;
  learnerId?: string;
}

export interface DeliveryRow {
  id: string;
  stepId: string;
  stepName: string;
  learnerId: string | null;
  learnerExternalId: string | null;
  learnerEmail: string | null;
  networkChannelId: string | null;
  channel: Channel;
  status: DeliveryStatus;
  reason: string | null;
  attempts: number;
  lastError: string | null;
  scheduledAt: Date;
  sentAt: Date | null;
  variant: string | null;
  messageId: string | null;
  cursorKey: string;
}

export interface DeliveryCountRow {
  stepId: string;
  status: DeliveryStatus;
  reason: string | null;
  count: number;
}

// Filter names map to fixed columns; only their values are bound.
const FILTER_COLUMNS: Record<keyof DeliveryFilter, string> = {
  status: 'd.status',
  reason: 'd.reason',
  channel: 'd.channel',
  stepId: 'd.step_id',
  learnerId: 'd.learner_id',
};

@Injectable()
export class CampaignDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of a campaign's deliveries in scheduled order, with the step name and the learner's identity. */
  listDeliveries(workspaceId: string, campaignId: string, filter: DeliveryFilter, limit: number, after?: CursorPosition): Promise<DeliveryRow[]> {
    const params: unknown[] = [workspaceId, campaignId];
    const where = ['d.workspace_id = $1', 'd.campaign_id = $2'];
    for (const [name, column] of Object.entries(FILTER_COLUMNS) as Array<[keyof DeliveryFilter, string]>) {
      const value = filter[name];
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    if (after) {
      params.push(after.key, after.id);
      where.push(`(d.scheduled_at, d.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    return this.dataSource.query<DeliveryRow[]>(
      `SELECT d.id, d.step_id AS "stepId", s.name AS "stepName",
              d.learner_id AS "learnerId", l.external_id AS "learnerExternalId", l.email AS "learnerEmail",
              d.network_channel_id AS "networkChannelId", d.channel, d.status, d.reason, d.attempts,
              d.last_error AS "lastError", d.scheduled_at AS "scheduledAt", d.sent_at AS "sentAt",
              d.variant, d.message_id AS "messageId",
              to_char(d.scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
         FROM deliveries d
         JOIN campaign_steps s ON s.id = d.step_id
         LEFT JOIN learners l ON l.id = d.learner_id
        WHERE ${where.join(' AND ')}
        ORDER BY d.scheduled_at, d.id
        LIMIT $${params.length}`,
      params,
    );
  }

  /** Counts of a campaign's deliveries by step, status and reason. */
  countDeliveries(workspaceId: string, campaignId: string): Promise<DeliveryCountRow[]> {
    return this.dataSource.query<DeliveryCountRow[]>(
      `SELECT step_id AS "stepId", status, reason, count(*)::int AS count
         FROM deliveries
        WHERE workspace_id = $1 AND campaign_id = $2
        GROUP BY step_id, status, reason
        ORDER BY step_id, status, reason NULLS FIRST`,
      [workspaceId, campaignId],
    );
  }

  /**
   * A page of the learner's deliveries, newest first (sent, else scheduled), with their campaign and
   * step, for the learner's timeline. Served by deliveries_learner_idx: a learner has few deliveries.
   */
  learnerHistory(query: HistoryQuery): Promise<HistoryEntry[]> {
    const params: unknown[] = [query.workspaceId, query.learnerId];
    let before = '';
    if (query.before) {
      params.push(query.before.key, query.before.id);
      before = `AND (coalesce(d.sent_at, d.scheduled_at), d.id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(query.limit);
    return this.dataSource.query<HistoryEntry[]>(
      `SELECT '${HistorySource.Delivery}' AS source, d.id, ${historyKeySql('coalesce(d.sent_at, d.scheduled_at)')} AS key, d.status AS kind,
              d.campaign_id AS "campaignId", c.name AS "campaignName", d.step_id AS "stepId", s.name AS "stepName",
              d.channel, coalesce(d.reason, CASE WHEN d.status = 'failed' THEN d.last_error END) AS reason,
              c.course_id AS "courseId", co.title AS "courseTitle", c.session_id AS "sessionId", cs.title AS "sessionTitle",
              cs.starts_at AS "sessionStartsAt", false AS machine
         FROM deliveries d
         JOIN campaigns c ON c.id = d.campaign_id
         JOIN campaign_steps s ON s.id = d.step_id
         LEFT JOIN courses co ON co.id = c.course_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
        WHERE d.workspace_id = $1 AND d.learner_id = $2 ${before}
        ORDER BY coalesce(d.sent_at, d.scheduled_at) DESC, d.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }
}
