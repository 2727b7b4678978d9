import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type HistoryEntry, type HistoryQuery, HistorySource, historyKeySql } from '../../common/history/learner-history';
import { EventKind } from './event-kind';

/** An event to record; omitted references are null. */
export interface NewEvent {
  workspaceId: string;
  kind: EventKind;
  occurredAt: Date;
  source: string;
  /** Unique per workspace: a second event with the same key is ignored (a replay counts once). */
  idempotencyKey: string;
  learnerId?: string | null;
  deliveryId?: string | null;
  campaignId?: string | null;
  stepId?: string | null;
  channel?: string | null;
  variant?: string | null;
  courseId?: string | null;
  sessionId?: string | null;
  ambassadorId?: string | null;
  linkIndex?: number | null;
  machine?: boolean;
  data?: Record<string, unknown>;
}

/** What an enrolment is credited to: a campaign touch (last click wins) and an ambassador. */
export interface EnrolmentCredit {
  campaignId: string | null;
  stepId: string | null;
  channel: string | null;
  variant: string | null;
  ambassadorId: string | null;
}

/** The campaign touch an enrolment is attributed to (last click wins). */
export interface ClickAttribution {
  campaignId: string;
  stepId: string | null;
  channel: string | null;
  variant: string | null;
  deliveryId: string | null;
  clickedAt: Date;
}

// Column order of the recordset; the JSON keys are the snake_case column names.
const COLUMNS = `workspace_id uuid, kind text, occurred_at timestamptz, source text, idempotency_key text, learner_id uuid,
  delivery_id uuid, campaign_id uuid, step_id uuid, channel text, variant text, course_id uuid, session_id uuid,
  ambassador_id uuid, link_index integer, machine boolean, data jsonb`;
const NAMES = COLUMNS.split(',').map((c) => c.trim().split(/\s+/)[0]);

/**
 * The one statement that records events: a batch in one INSERT, ignoring events whose idempotency
 * key the workspace already has (and duplicates inside the batch), returning the keys inserted.
 * Shared by `recordMany` and the tracking hits (which run it as a prepared statement).
 */
export function insertEventsStatement(events: NewEvent[]): { text: string; values: unknown[] } {
  const rows = events.map((e) => ({
    workspace_id: e.workspaceId,
    kind: e.kind,
    occurred_at: e.occurredAt.toISOString(),
    source: e.source,
    idempotency_key: e.idempotencyKey,
    learner_id: e.learnerId ?? null,
    delivery_id: e.deliveryId ?? null,
    campaign_id: e.campaignId ?? null,
    step_id: e.stepId ?? null,
    channel: e.channel ?? null,
    variant: e.variant ?? null,
    course_id: e.courseId ?? null,
    session_id: e.sessionId ?? null,
    ambassador_id: e.ambassadorId ?? null,
    link_index: e.linkIndex ?? null,
    machine: e.machine ?? false,
    data: e.data ?? {},
  }));
  return { text: INSERT_EVENTS, values: [JSON.stringify(rows)] };
}

const INSERT_EVENTS = `INSERT INTO events (${NAMES.join(', ')})
       SELECT ${NAMES.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
       ON CONFLICT (workspace_id, idempotency_key) DO NOTHING
       RETURNING idempotency_key`;

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records a batch in one statement, ignoring events whose idempotency key the workspace already
   * has (and duplicates inside the batch). Returns the keys actually inserted.
   */
  async recordMany(events: NewEvent[], manager?: EntityManager): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    const statement = insertEventsStatement(events);
    const inserted: { idempotency_key: string }[] = await (manager ?? this.dataSource.manager).query(statement.text, statement.values);
    return new Set(inserted.map((r) => r.idempotency_key));
  }

  /** Which of these keys the workspace has already recorded. */
  async existingKeys(workspaceId: string, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows: { idempotency_key: string }[] = await this.dataSource.query(
      `SELECT idempotency_key FROM events WHERE workspace_id = $1 AND idempotency_key = ANY($2::text[])`,
      [workspaceId, keys],
    );
    return new Set(rows.map((r) => r.idempotency_key));
  }

  /**
   * The learner's last campaign click within `windowDays` before `at`: the touch an enrolment at
   * `at` is attributed to. Share-link clicks carry no learner, so they never match here.
   */
  async lastClickBefore(workspaceId: string, learnerId: string, at: Date, windowDays: number): Promise<ClickAttribution | null> {
    const [row]: { campaign_id: string; step_id: string | null; channel: string | null; variant: string | null; delivery_id: string | null; occurred_at: Date }[] =
      await this.dataSource.query(
        `SELECT campaign_id, step_id, channel, variant, delivery_id, occurred_at
           FROM events
          WHERE workspace_id = $1 AND learner_id = $2 AND kind = 'clicked' AND campaign_id IS NOT NULL
            AND NOT machine AND occurred_at <= $3 AND occurred_at > $3::timestamptz - make_interval(days => $4)
          ORDER BY occurred_at DESC, recorded_at DESC
          LIMIT 1`,
        [workspaceId, learnerId, at.toISOString(), windowDays],
      );
    return row
      ? { campaignId: row.campaign_id, stepId: row.step_id, channel: row.channel, variant: row.variant, deliveryId: row.delivery_id, clickedAt: row.occurred_at }
      : null;
  }

  /**
   * The credit of the learner's attributed enrolment in a session, so that later started,
   * completed and dropped events count in the same campaign's funnel.
   */
  async enrolmentCredit(workspaceId: string, learnerId: string, sessionId: string): Promise<EnrolmentCredit | null> {
    const [row]: { campaign_id: string | null; step_id: string | null; channel: string | null; variant: string | null; ambassador_id: string | null }[] =
      await this.dataSource.query(
        `SELECT campaign_id, step_id, channel, variant, ambassador_id
           FROM events
          WHERE workspace_id = $1 AND learner_id = $2 AND session_id = $3 AND kind = 'enrolled'
            AND (campaign_id IS NOT NULL OR ambassador_id IS NOT NULL)
          ORDER BY occurred_at DESC
          LIMIT 1`,
        [workspaceId, learnerId, sessionId],
      );
    return row ? { campaignId: row.campaign_id, stepId: row.step_id, channel: row.channel, variant: row.variant, ambassadorId: row.ambassador_id } : null;
  }

  /**
   * A page of the learner's events, newest first, for their timeline. Sends are left out: the
   * delivery they belong to tells them, with its status.
   */
  async learnerHistory(query: HistoryQuery): Promise<HistoryEntry[]> {
    const params: unknown[] = [query.workspaceId, query.learnerId];
    let before = '';
    if (query.before) {
      params.push(query.before.key, query.before.id);
      before = `AND (e.occurred_at, e.id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(query.limit);
    return this.dataSource.query<HistoryEntry[]>(
      `SELECT '${HistorySource.Event}' AS source, e.id, ${historyKeySql('e.occurred_at')} AS key, e.kind,
              e.campaign_id AS "campaignId", c.name AS "campaignName", e.step_id AS "stepId", s.name AS "stepName",
              e.channel, NULL AS reason, e.course_id AS "courseId", co.title AS "courseTitle",
              e.session_id AS "sessionId", cs.title AS "sessionTitle", cs.starts_at AS "sessionStartsAt", e.machine
         FROM events e
         LEFT JOIN campaigns c ON c.id = e.campaign_id
         LEFT JOIN campaign_steps s ON s.id = e.step_id
         LEFT JOIN courses co ON co.id = e.course_id
         LEFT JOIN course_sessions cs ON cs.id = e.session_id
        WHERE e.workspace_id = $1 AND e.learner_id = $2 AND e.kind <> '${EventKind.Sent}' ${before}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }
}
