import { Injectable } from '@nestjs/common';
import { MESSAGE_FACTS_COLUMNS, type MessageFacts } from '../templates/message-facts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PreparedStatements } from '../../infrastructure/database/prepared-statements';
import { Channel, DeliveryReason, DeliveryStatus, StepNotice } from '../../common/enums';
import type { SendFacts } from './send-rules';

/** Everything the sender needs about one delivery, loaded for a whole batch in one query. */
export interface DeliveryContextRow extends MessageFacts {
  id: string;
  workspaceId: string;
  campaignId: string;
  stepId: string;
  learnerId: string | null;
  networkChannelId: string | null;
  channel: Channel;
  variant: string | null;
  templateVersionId: string;
  /** Counted by the frequency cap (a promotional email of a step that is not essential). */
  promotional: boolean;
  /** A service email: no List-Unsubscribe, reaches learners unsubscribed from promotional email. */
  service: boolean;
  attempts: number;
  learnerEmail: string | null;
  /** The workspace's email rate (messages per second). */
  emailRatePerSecond: number;
  // When it may go: the workspace's send window and the step's local send time (`HH:MM:SS`).
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  allowedWeekdays: number[] | null;
  stepLocalTime: string | null;
  stepPosition: number;
  /** Whether the step's emails carry the session's invite (null: by the template's purpose), and its notice kind. */
  stepAttachInvite: boolean | null;
  stepNotice: StepNotice | null;
  templatePurpose: string | null;
}

/** A claim: the rows it took and the token that lets only its holder move them on. */
export interface Claim {
  token: string;
  ids: string[];
}

/** What the sender reads when the fence refuses a delivery, to say why (or to see it is no longer its own). */
export interface RefusalFacts extends SendFacts {
  /** The row is still queued under this claim: otherwise it is no longer ours to settle. */
  mine: boolean;
  campaignStatus: string;
}

/** SQL over one delivery `d` that holds when its learner is still in the step's audience. */
/** A message the server accepted, to record. */
export interface SentOutcome {
  id: string;
  token: string;
  messageId: string | null;
  links: string[] | null;
}

export interface AudienceCheck {
  /** An SQL boolean over `d`, with placeholders numbered after the fence's own. */
  sql: string;
  params: unknown[];
}

const ACTIVE_CAMPAIGN = `('scheduled', 'running')`;
// The learners' advisory locks (class, then hashtext of the id), as `clarion_learner_slot_free` takes them.
const LEARNER_LOCK_CLASS = 1668047218;
// Placeholders the fence and the refusal query put first; the audience check follows them.
export const FENCE_FIXED_PARAMS = 3;

/** Deliveries fenced together: no learner twice, one step audience. */
export interface FenceRound {
  rows: { id: string; token: string }[];
  audience: AudienceCheck;
}

/**
 * The engine's SQL over deliveries: claims under each workspace's budget, the per-message fence,
 * leases and the sweeper, and the outcome of each message, written by the claim's holder only.
 */
@Injectable()
export class DeliveriesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // The statements each message runs (fence, outcome, send slot, its batch's context).
    private readonly prepared: PreparedStatements,
  ) {}

  /** Workspaces with due deliveries of running campaigns, and their sending rate. */
  async workspacesWithDueWork(): Promise<{ workspaceId: string; ratePerSecond: number }[]> {
    return this.dataSource.query(
      `SELECT w.id AS "workspaceId", w.email_rate_per_second AS "ratePerSecond"
         FROM workspaces w
        WHERE EXISTS (SELECT 1 FROM campaigns c
                       WHERE c.workspace_id = w.id AND c.status IN ${ACTIVE_CAMPAIGN}
                         AND EXISTS (SELECT 1 FROM deliveries d
                                      WHERE d.campaign_id = c.id AND d.status = 'pending' AND d.scheduled_at <= now()))
           OR EXISTS (SELECT 1 FROM campaigns c
                       WHERE c.workspace_id = w.id AND c.status = 'cancelled'
                         AND EXISTS (SELECT 1 FROM deliveries d
                                      WHERE d.campaign_id = c.id AND d.status = 'pending' AND d.scheduled_at <= now() AND ${cancellationNoticeSql()}))
        ORDER BY w.id`,
    );
  }

  /**
   * Claims up to `max` due deliveries of one workspace, no more than its token bucket holds (one
   * second of its rate at most), in scheduled order (ties broken by id, so a sample spreads over
   * the audience), leased as queued under a new claim token. Concurrent dispatchers never claim the
   * same row (SKIP LOCKED) and spend one bucket in turn (its row is locked for the transaction).
   */
  async claimForWorkspace(workspaceId: string, ratePerSecond: number, max: number, leaseSeconds: number): Promise<Claim> {
    return this.dataSource.transaction(async (manager) => {
      const [budget]: { tokens: number; token: string }[] = await manager.query(
        `INSERT INTO send_budgets AS b (workspace_id, tokens, refilled_at) VALUES ($1, $2, clock_timestamp())
         ON CONFLICT (workspace_id) DO UPDATE
           SET tokens = least($2, b.tokens + $3 * extract(epoch FROM clock_timestamp() - b.refilled_at)), refilled_at = clock_timestamp()
         RETURNING tokens, gen_random_uuid() AS token`,
        [workspaceId, Math.max(1, ratePerSecond), ratePerSecond],
      );
      const limit = Math.min(max, Math.floor(budget.tokens));
      if (limit <= 0) return { token: budget.token, ids: [] };
      const [rows]: [{ id: string }[], number] = await manager.query(
        `WITH due AS (
           SELECT d.id FROM deliveries d
             JOIN campaigns c ON c.id = d.campaign_id
            WHERE d.workspace_id = $1 AND d.status = 'pending' AND d.scheduled_at <= now()
              AND (c.status IN ${ACTIVE_CAMPAIGN} OR (c.status = 'cancelled' AND ${cancellationNoticeSql()}))
            ORDER BY d.scheduled_at, d.id
            LIMIT $2
            FOR UPDATE OF d SKIP LOCKED)
         UPDATE deliveries d
            SET status = 'queued', claim_token = $3, lease_until = now() + make_interval(secs => $4), updated_at = now()
           FROM due WHERE d.id = due.id
         RETURNING d.id`,
        [workspaceId, limit, budget.token, leaseSeconds],
      );
      if (rows.length) await manager.query(`UPDATE send_budgets SET tokens = tokens - $2 WHERE workspace_id = $1`, [workspaceId, rows.length]);
      return { token: budget.token, ids: rows.map((r) => r.id) };
    });
  }

  /**
   * Takes up to `wanted` of the workspace's send slots at its rate (GCRA, a burst of one second's
   * worth; see `clarion_take_send_slots`). Returns how many were granted and, when not all, the moment
   * the next one frees: a message that got none waits for it, unclaimed.
   */
  async takeSendSlots(workspaceId: string, ratePerSecond: number, wanted: number): Promise<{ granted: number; nextAt: Date | null }> {
    const {
      rows: [row],
    } = await this.prepared.run<{ granted: number; next_at: Date | null }>(`SELECT granted, next_at FROM clarion_take_send_slots($1, $2, $3)`, [
      workspaceId,
      ratePerSecond,
      wanted,
    ]);
    return { granted: row.granted, nextAt: row.next_at };
  }

  /** Extends the lease of the claim's rows still held (queued or sending); returns those ids. */
  async renewClaim(ids: string[], token: string, leaseSeconds: number): Promise<string[]> {
    const { rows } = await this.prepared.run<{ id: string }>(
      `UPDATE deliveries SET lease_until = now() + make_interval(secs => $3)
        WHERE id = ANY($1::uuid[]) AND claim_token = $2 AND status IN ('queued', 'sending')
       RETURNING id`,
      [ids, token, leaseSeconds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Extends the lease of rows still queued under the claims of jobs that wait in the queue (pairs of
   * id and token), once half of it has run: each tick looks, few rows are written.
   */
  async renewWaitingClaims(ids: string[], tokens: string[], leaseSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries d SET lease_until = now() + make_interval(secs => $3)
         FROM unnest($1::uuid[], $2::uuid[]) AS w(id, token)
        WHERE d.id = w.id AND d.claim_token = w.token AND d.status = 'queued'
          AND d.lease_until < now() + make_interval(secs => $3 / 2.0)`,
      [ids, tokens, leaseSeconds],
    );
  }

  /**
   * Returns deliveries whose lease expired (a worker died, Redis lost the job) to pending. The
   * token stays until someone claims the row again: a holder that was only slow may still record
   * that its message left, but never once another claim has taken the row.
   */
  async sweepExpiredLeases(): Promise<number> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE deliveries SET status = 'pending', lease_until = NULL, updated_at = now()
        WHERE status IN ('queued', 'sending') AND lease_until < now()`,
    );
    return affected;
  }

  /**
   * One statement per round of the worker's slots: it fences the messages about to leave and
   * records those that just left (each slot hands in its last outcome with its next fence, so a
   * message costs one statement and one commit).
   *
   * The fence moves each delivery from queued to sending only if its claim is still held, the
   * campaign still runs, the session is not cancelled, and — for a learner — they are still in the
   * step's audience, present, consenting, neither unsubscribed nor suppressed, and (promotional
   * email) a frequency-cap slot is free for them, reserved by this very row becoming `sending` under
   * the learner's lock; under that lock the unsubscribe is checked again on a fresh snapshot (see
   * `clarion_await_learner_fence`). The learners' locks are taken first, in one order for every
   * fence, so that two fences of several learners each cannot deadlock; the caller puts no learner
   * twice in one fence. The fence runs before the outcomes are written, so the statement holds no
   * row while it waits for a learner's lock.
   *
   * An outcome marks its delivery sent, with its Message-ID and tracked links, and writes its `sent`
   * event. Only a claim's holder may (a row swept back to pending still holds its token until another
   * claim takes it). Returns the ids fenced (they may leave) and the ids recorded (a row whose claim
   * was lost is not).
   */
  async recordAndFence(outcomes: SentOutcome[], fence: FenceRound | null, leaseSeconds: number): Promise<{ fenced: Set<string>; recorded: Set<string> }> {
    // The fence's own parameters come first ($1–$3), so the audience SQL keeps its numbering.
    const params: unknown[] = [];
    const parts: string[] = [];
    const results: string[] = [];
    if (fence) {
      params.push(fence.rows.map((r) => r.id), fence.rows.map((r) => r.token), leaseSeconds, ...fence.audience.params);
      parts.push(`locked AS MATERIALIZED (
         SELECT count(pg_advisory_xact_lock(${LEARNER_LOCK_CLASS}, k)) AS n
           FROM (SELECT DISTINCT hashtext(learner_id::text) AS k FROM deliveries WHERE id = ANY($1::uuid[]) AND learner_id IS NOT NULL ORDER BY 1) s),
       fenced AS (
         UPDATE deliveries d
            SET status = 'sending', attempts = d.attempts + 1, lease_until = now() + make_interval(secs => $3), updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[]) AS f(id, token), locked
          WHERE d.id = f.id AND d.claim_token = f.token AND d.status = 'queued'
            AND CASE WHEN locked.n >= 0 AND ${campaignOpenSql()} AND ${recipientOpenSql(fence.audience.sql)}
                     THEN ${learnerSlotSql()}
                     ELSE false END
         RETURNING d.id)`);
      results.push(`SELECT false AS recorded, id FROM fenced`);
    }
    if (outcomes.length) {
      params.push(JSON.stringify(outcomes.map((o) => ({ id: o.id, token: o.token, message_id: o.messageId, links: o.links }))));
      parts.push(`outcome AS (SELECT * FROM jsonb_to_recordset($${params.length}::jsonb) AS o(id uuid, token uuid, message_id text, links text[])),
       sent AS (
         UPDATE deliveries d
            SET status = 'sent', sent_at = now(), message_id = o.message_id, links = o.links,
                lease_until = NULL, last_error = NULL, updated_at = now()
           FROM outcome o
          WHERE d.id = o.id AND d.claim_token = o.token AND d.status IN ('sending', 'pending')
         RETURNING d.*),
       sent_event AS (
         INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, source, idempotency_key)
         SELECT workspace_id, 'sent', sent_at, learner_id, id, campaign_id, step_id, channel, variant, 'engine', 'delivery:' || id || ':sent' FROM sent
         ON CONFLICT (workspace_id, idempotency_key) DO NOTHING)`);
      results.push(`SELECT true AS recorded, id FROM sent`);
    }
    const fenced = new Set<string>();
    const recorded = new Set<string>();
    if (!parts.length) return { fenced, recorded };
    const { rows } = await this.prepared.run<{ recorded: boolean; id: string }>(`WITH ${parts.join(',\n       ')}\n       ${results.join(' UNION ALL ')}`, params);
    for (const row of rows) (row.recorded ? recorded : fenced).add(row.id);
    return { fenced, recorded };
  }

  /** Why the fence refused a delivery: the facts it checked, read again. */
  async refusalFacts(id: string, token: string, audience: AudienceCheck): Promise<RefusalFacts | null> {
    const [row] = await this.dataSource.query(
      `SELECT (d.claim_token = $2 AND d.status = 'queued') AS mine, c.status AS "campaignStatus", cs.status AS "sessionStatus",
              d.channel, d.promotional, d.service,
              (l.id IS NOT NULL) AS "learnerPresent", (l.unsubscribed_at IS NOT NULL) AS unsubscribed,
              EXISTS (SELECT 1 FROM suppressions sup WHERE sup.workspace_id = d.workspace_id AND sup.email = l.email) AS suppressed,
              coalesce(l.consent_email, false) AS "consentEmail",
              s.enrollment_condition AS "enrollmentCondition", en.status AS "enrollmentStatus",
              (d.learner_id IS NULL OR ${audience.sql}) AS "inAudience",
              NOT ${learnerSlotSql()} AS "capReached", coalesce(nc.enabled, false) AS "networkChannelEnabled"
         FROM deliveries d
         JOIN campaigns c ON c.id = d.campaign_id
         JOIN campaign_steps s ON s.id = d.step_id
         JOIN workspaces w ON w.id = d.workspace_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
         LEFT JOIN learners l ON l.id = d.learner_id
         LEFT JOIN network_channels nc ON nc.id = d.network_channel_id
         LEFT JOIN LATERAL (
           SELECT e.status FROM enrollments e
            WHERE e.learner_id = d.learner_id
              AND (CASE WHEN c.session_id IS NOT NULL THEN e.session_id = c.session_id ELSE e.course_id = c.course_id END)
            ORDER BY e.updated_at DESC LIMIT 1) en ON true
        WHERE d.id = $1 AND $3::int IS NULL`,
      // $3 is the fence's lease, unused here: bound as NULL so the audience check keeps its numbering.
      [id, token, null, ...audience.params],
    );
    return row ?? null;
  }

  async loadContexts(ids: string[]): Promise<DeliveryContextRow[]> {
    const { rows } = await this.prepared.run<DeliveryContextRow>(
      `WITH seats AS (
         -- Seats taken per session, counted once per batch rather than once per delivery.
         SELECT e.session_id, count(*)::int AS taken FROM enrollments e
          WHERE e.status IN ('enrolled', 'started', 'completed')
            AND e.session_id IN (SELECT c.session_id FROM deliveries d JOIN campaigns c ON c.id = d.campaign_id WHERE d.id = ANY($1::uuid[]))
          GROUP BY e.session_id)
       SELECT d.id, d.workspace_id AS "workspaceId", d.campaign_id AS "campaignId", d.step_id AS "stepId",
              d.learner_id AS "learnerId", d.network_channel_id AS "networkChannelId", d.channel, d.variant,
              d.template_version_id AS "templateVersionId", d.promotional, d.service, d.attempts, l.email AS "learnerEmail",
              w.email_rate_per_second AS "emailRatePerSecond",
              w.quiet_hours_start AS "quietHoursStart", w.quiet_hours_end AS "quietHoursEnd", w.allowed_weekdays AS "allowedWeekdays",
              s.local_time AS "stepLocalTime",
              s.position AS "stepPosition", s.links AS "stepLinks", s.attach_invite AS "stepAttachInvite", s.notice AS "stepNotice",
              (SELECT t.purpose FROM template_versions tv JOIN templates t ON t.id = tv.template_id WHERE tv.id = d.template_version_id) AS "templatePurpose",
              ${MESSAGE_FACTS_COLUMNS}
         FROM deliveries d
         JOIN campaigns c ON c.id = d.campaign_id
         JOIN campaign_steps s ON s.id = d.step_id
         JOIN workspaces w ON w.id = d.workspace_id
         JOIN courses co ON co.id = c.course_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
         LEFT JOIN seats ON seats.session_id = cs.id
         LEFT JOIN learners l ON l.id = d.learner_id
         LEFT JOIN personas p ON p.id = l.persona_id
        WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows;
  }

  /** Skipped (from queued: the fence refused) or failed (from queued or sending), by the claim's holder. */
  async markFinal(status: DeliveryStatus.Skipped | DeliveryStatus.Failed, id: string, token: string, reason: DeliveryReason, error?: string): Promise<boolean> {
    const { rowCount: affected } = await this.prepared.run(
      `UPDATE deliveries SET status = $3, reason = $4, last_error = coalesce($5, last_error), lease_until = NULL, updated_at = now()
        WHERE id = $1 AND claim_token = $2 AND status IN ('queued', 'sending')`,
      [id, token, status, reason, error ?? null],
    );
    return affected === 1;
  }

  /**
   * Back to pending, due at `at` (a retry after a transient failure, a send the window does not
   * allow yet, a send slot not free yet, a campaign paused meanwhile), and no longer claimed.
   */
  async reschedule(ids: string[], token: string, at: Date, error: string | null): Promise<boolean> {
    const { rowCount } = await this.prepared.run(
      `UPDATE deliveries
          SET status = 'pending', scheduled_at = greatest($3::timestamptz, scheduled_at), last_error = coalesce($4, last_error),
              claim_token = NULL, lease_until = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND claim_token = $2 AND status IN ('queued', 'sending')`,
      [ids, token, at, error],
    );
    return rowCount === ids.length;
  }

  /**
   * Stores the URLs behind a fenced post's tracked links before it leaves: a chat app fetches a
   * post's links (to preview them) and its readers click them as soon as it appears, before the
   * outcome is written. Only the claim's holder may. Returns false when the claim was lost.
   */
  async recordLinks(id: string, token: string, links: string[]): Promise<boolean> {
    const { rowCount } = await this.prepared.run(
      `UPDATE deliveries SET links = $3::text[] WHERE id = $1 AND claim_token = $2 AND status = 'sending'`,
      [id, token, links],
    );
    return rowCount === 1;
  }

  /** Hands the claim's unsent rows back untouched (the worker is stopping). */
  async releaseClaim(ids: string[], token: string): Promise<void> {
    if (!ids.length) return;
    await this.prepared.run(
      `UPDATE deliveries SET status = 'pending', claim_token = NULL, lease_until = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND claim_token = $2 AND status = 'queued'`,
      [ids, token],
    );
  }

  /** Adds a hard-bounced address to the workspace's suppression list. */
  async suppress(workspaceId: string, email: string, detail: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO suppressions (workspace_id, email, reason, detail) VALUES ($1, lower($2), 'hard_bounce', $3)
       ON CONFLICT (workspace_id, email) DO NOTHING`,
      [workspaceId, email, detail],
    );
  }
}

// The campaign still runs and its session is not cancelled; a cancellation notice goes out of the
// campaign the cancellation ended (that is what it tells).
function campaignOpenSql(): string {
  return `EXISTS (SELECT 1 FROM campaigns c WHERE c.id = d.campaign_id
                   AND CASE WHEN ${cancellationNoticeSql()} THEN c.status IN ('scheduled', 'running', 'cancelled')
                            ELSE c.status IN ${ACTIVE_CAMPAIGN}
                                 AND NOT EXISTS (SELECT 1 FROM course_sessions cs WHERE cs.id = c.session_id AND cs.status = 'cancelled') END)`;
}

// The delivery `d` is a session-cancelled notice: the one message a cancelled campaign still sends.
function cancellationNoticeSql(): string {
  return `EXISTS (SELECT 1 FROM campaign_steps ns WHERE ns.id = d.step_id AND ns.notice = 'session_cancelled')`;
}

// A post needs its channel enabled; a learner must be present, reachable and still in the audience.
// Reachable: consenting to email and not suppressed, whatever the message; not unsubscribed from
// promotional email, unless it is a service message.
function recipientOpenSql(audienceSql: string): string {
  return `(CASE WHEN d.learner_id IS NULL
               THEN EXISTS (SELECT 1 FROM network_channels nc WHERE nc.id = d.network_channel_id AND nc.enabled)
               ELSE EXISTS (SELECT 1 FROM learners l
                             WHERE l.id = d.learner_id AND (d.service OR l.unsubscribed_at IS NULL) AND l.consent_email
                               AND NOT EXISTS (SELECT 1 FROM suppressions sup WHERE sup.workspace_id = l.workspace_id AND sup.email = l.email))
                    AND ${audienceSql} END)`;
}

// A learner's message: under the learner's lock, still subscribed unless a service message (seen
// afresh: an unsubscribe that committed meanwhile counts) and, promotional email under a cap, a slot free — taking it is this
// row becoming `sending`.
function learnerSlotSql(): string {
  return `(CASE WHEN d.learner_id IS NULL THEN true
                ELSE clarion_learner_slot_free(d.learner_id, d.id,
                       CASE WHEN d.promotional THEN (SELECT w.frequency_cap FROM workspaces w WHERE w.id = d.workspace_id) ELSE 0 END, d.service) END)`;
}
