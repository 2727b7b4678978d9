import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Channel, DeliveryReason, DeliveryStatus, EnrollmentCondition, EnrollmentStatus, SessionStatus } from '../../common/enums';

/** Everything the sender needs about one delivery, loaded for a whole batch in one query. */
export interface DeliveryContextRow {
  id: string;
  workspaceId: string;
  campaignId: string;
  stepId: string;
  learnerId: string | null;
  networkChannelId: string | null;
  channel: Channel;
  variant: string | null;
  templateVersionId: string;
  promotional: boolean;
  attempts: number;
  campaignStatus: string;
  sessionStatus: SessionStatus | null;
  enrollmentCondition: EnrollmentCondition | null;
  enrollmentStatus: EnrollmentStatus | null;
  learnerPresent: boolean;
  learnerEmail: string | null;
  unsubscribed: boolean;
  suppressed: boolean;
  consentEmail: boolean;
  recentPromotionalSends: number;
  frequencyCap: number;
  emailRatePerSecond: number;
  networkChannelEnabled: boolean;
  // What the message is made of.
  workspaceDefaultLocale: string;
  workspaceTimeZone: string;
  stepPosition: number;
  learner: {
    externalId: string;
    email: string;
    firstName: string | null;
    lastName: string | null;
    locale: string;
    timeZone: string;
    department: string | null;
    jobTitle: string | null;
    site: string | null;
    country: string | null;
  } | null;
  persona: { name: string; tone: string | null } | null;
  campaign: {
    name: string;
    goalEnrolments: number | null;
    brandKitId: string | null;
    senderName: string | null;
    senderEmail: string | null;
    replyTo: string | null;
    sponsor: { name?: string; title?: string; quote?: string; photoUrl?: string } | null;
  };
  course: { id: string; title: string; description: string | null; modality: string; durationMinutes: number | null; lmsUrl: string | null; skills: string[] };
  session: {
    id: string;
    title: string | null;
    startsAt: string;
    endsAt: string;
    enrolBy: string | null;
    location: string | null;
    meetingUrl: string | null;
    timeZone: string;
    seatsLeft: number | null;
  } | null;
}

export interface SentOutcome {
  id: string;
  messageId: string | null;
  /** URLs recorded for click tracking, by index. */
  links: string[] | null;
}
export interface ReasonedOutcome {
  id: string;
  reason: DeliveryReason;
  error?: string;
}
export interface RetryOutcome {
  id: string;
  delayMs: number;
  error: string;
}

const ACTIVE_CAMPAIGN = `('scheduled', 'running')`;

/** The engine's SQL over deliveries: claims, leases, the sweeper and outcome writes, all set-based. */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims due pending deliveries of active campaigns (FOR UPDATE SKIP LOCKED, so concurrent
   * dispatchers never claim the same row) and leases them as queued.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<string[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT d.id FROM deliveries d
          WHERE d.status = 'pending' AND d.scheduled_at <= now()
            AND EXISTS (SELECT 1 FROM campaigns c WHERE c.id = d.campaign_id AND c.status IN ${ACTIVE_CAMPAIGN})
          ORDER BY d.scheduled_at
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED)
       UPDATE deliveries d
          SET status = 'queued', lease_until = now() + make_interval(secs => $2), updated_at = now()
         FROM due WHERE d.id = due.id
       RETURNING d.id`,
      [limit, leaseSeconds],
    );
    return rows.map((r) => r.id);
  }

  /** Returns deliveries whose lease expired (a worker died, Redis lost the job) to pending. */
  async sweepExpiredLeases(): Promise<number> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE deliveries SET status = 'pending', lease_until = NULL, updated_at = now()
        WHERE status IN ('queued', 'sending') AND lease_until < now()`,
    );
    return affected;
  }

  /** Moves queued deliveries to sending; only the rows this call moved are returned. */
  async startSending(ids: string[], leaseSeconds: number): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE deliveries
          SET status = 'sending', attempts = attempts + 1, lease_until = now() + make_interval(secs => $2), updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = 'queued'
       RETURNING id`,
      [ids, leaseSeconds],
    );
    return rows.map((r) => r.id);
  }

  async loadContexts(ids: string[]): Promise<DeliveryContextRow[]> {
    return this.dataSource.query(
      `WITH seats AS (
         -- Seats taken per session, counted once per batch rather than once per delivery.
         SELECT e.session_id, count(*)::int AS taken FROM enrollments e
          WHERE e.status IN ('enrolled', 'started', 'completed')
            AND e.session_id IN (SELECT c.session_id FROM deliveries d JOIN campaigns c ON c.id = d.campaign_id WHERE d.id = ANY($1::uuid[]))
          GROUP BY e.session_id)
       SELECT d.id, d.workspace_id AS "workspaceId", d.campaign_id AS "campaignId", d.step_id AS "stepId",
              d.learner_id AS "learnerId", d.network_channel_id AS "networkChannelId", d.channel, d.variant,
              d.template_version_id AS "templateVersionId", d.promotional, d.attempts,
              c.status AS "campaignStatus", cs.status AS "sessionStatus",
              s.enrollment_condition AS "enrollmentCondition", en.status AS "enrollmentStatus",
              (l.id IS NOT NULL) AS "learnerPresent", l.email AS "learnerEmail",
              (l.unsubscribed_at IS NOT NULL) AS unsubscribed,
              (sup.email IS NOT NULL) AS suppressed,
              coalesce(l.consent_email, false) AS "consentEmail",
              coalesce(recent.n, 0)::int AS "recentPromotionalSends",
              w.frequency_cap AS "frequencyCap", w.email_rate_per_second AS "emailRatePerSecond",
              coalesce(nc.enabled, false) AS "networkChannelEnabled",
              w.default_locale AS "workspaceDefaultLocale", w.time_zone AS "workspaceTimeZone", s.position AS "stepPosition",
              CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object(
                'externalId', l.external_id, 'email', l.email, 'firstName', l.first_name, 'lastName', l.last_name,
                'locale', l.locale, 'timeZone', l.time_zone, 'department', l.department, 'jobTitle', l.job_title,
                'site', l.site, 'country', l.country) END AS learner,
              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name, 'tone', p.tone) END AS persona,
              json_build_object('name', c.name, 'goalEnrolments', c.goal_enrolments, 'brandKitId', c.brand_kit_id,
                'senderName', c.sender_name, 'senderEmail', c.sender_email, 'replyTo', c.reply_to, 'sponsor', c.sponsor) AS campaign,
              json_build_object('id', co.id, 'title', co.title, 'description', co.description, 'modality', co.modality,
                'durationMinutes', co.duration_minutes, 'lmsUrl', co.lms_url, 'skills', co.skills) AS course,
              CASE WHEN cs.id IS NULL THEN NULL ELSE json_build_object(
                'id', cs.id, 'title', cs.title, 'startsAt', cs.starts_at, 'endsAt', cs.ends_at, 'enrolBy', cs.enrol_by,
                'location', cs.location, 'meetingUrl', cs.meeting_url, 'timeZone', cs.time_zone,
                'seatsLeft', CASE WHEN cs.capacity IS NULL THEN NULL ELSE greatest(cs.capacity - coalesce(seats.taken, 0), 0) END) END AS session
         FROM deliveries d
         JOIN campaigns c ON c.id = d.campaign_id
         JOIN campaign_steps s ON s.id = d.step_id
         JOIN workspaces w ON w.id = d.workspace_id
         JOIN courses co ON co.id = c.course_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
         LEFT JOIN seats ON seats.session_id = cs.id
         LEFT JOIN learners l ON l.id = d.learner_id
         LEFT JOIN personas p ON p.id = l.persona_id
         LEFT JOIN suppressions sup ON sup.workspace_id = d.workspace_id AND sup.email = l.email
         LEFT JOIN network_channels nc ON nc.id = d.network_channel_id
         LEFT JOIN LATERAL (
           SELECT e.status FROM enrollments e
            WHERE e.learner_id = d.learner_id
              AND (CASE WHEN c.session_id IS NOT NULL THEN e.session_id = c.session_id ELSE e.course_id = c.course_id END)
            ORDER BY e.updated_at DESC LIMIT 1) en ON true
         LEFT JOIN LATERAL (
           SELECT count(*) AS n FROM deliveries r
            WHERE d.promotional AND r.learner_id = d.learner_id AND r.status = 'sent' AND r.promotional
              AND r.sent_at > now() - interval '7 days') recent ON true
        WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Marks deliveries sent, with their Message-ID and tracked links, and appends their `sent` events
   * in the same statement. Sent wins over a lease the sweeper took back meanwhile: the message left.
   */
  async markSent(outcomes: SentOutcome[]): Promise<void> {
    if (!outcomes.length) return;
    await this.dataSource.query(
      `WITH sent AS (
         UPDATE deliveries d
            SET status = 'sent', sent_at = now(), message_id = v.message_id,
                links = CASE WHEN v.links IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(v.links)) END,
                lease_until = NULL, last_error = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS v(id, message_id, links)
          WHERE d.id = v.id AND d.status IN ('sending', 'pending', 'queued')
         RETURNING d.*)
       INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, source, idempotency_key)
       SELECT workspace_id, 'sent', sent_at, learner_id, id, campaign_id, step_id, channel, variant, 'engine', 'delivery:' || id || ':sent' FROM sent
       ON CONFLICT (workspace_id, idempotency_key) DO NOTHING`,
      [outcomes.map((o) => o.id), outcomes.map((o) => o.messageId), outcomes.map((o) => (o.links ? JSON.stringify(o.links) : null))],
    );
  }

  async markFinal(status: DeliveryStatus.Skipped | DeliveryStatus.Failed, outcomes: ReasonedOutcome[]): Promise<void> {
    if (!outcomes.length) return;
    await this.dataSource.query(
      `UPDATE deliveries d
          SET status = $1, reason = v.reason, last_error = coalesce(v.error, d.last_error), lease_until = NULL, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::text[]) AS v(id, reason, error)
        WHERE d.id = v.id AND d.status = 'sending'`,
      [status, outcomes.map((o) => o.id), outcomes.map((o) => o.reason), outcomes.map((o) => o.error ?? null)],
    );
  }

  /** Transient failure: back to pending, due again after the backoff. */
  async reschedule(outcomes: RetryOutcome[]): Promise<void> {
    if (!outcomes.length) return;
    await this.dataSource.query(
      `UPDATE deliveries d
          SET status = 'pending', scheduled_at = now() + make_interval(secs => v.delay_ms / 1000.0),
              last_error = v.error, lease_until = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::bigint[], $3::text[]) AS v(id, delay_ms, error)
        WHERE d.id = v.id AND d.status = 'sending'`,
      [outcomes.map((o) => o.id), outcomes.map((o) => o.delayMs), outcomes.map((o) => o.error)],
    );
  }

  /** Hands deliveries back untouched (campaign paused meanwhile, worker shutting down). */
  async release(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'pending', attempts = greatest(attempts - 1, 0), lease_until = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status IN ('queued', 'sending')`,
      [ids],
    );
  }

  /** Adds hard-bounced addresses to the workspace's suppression list. */
  async suppress(entries: { workspaceId: string; email: string; detail: string }[]): Promise<void> {
    if (!entries.length) return;
    await this.dataSource.query(
      `INSERT INTO suppressions (workspace_id, email, reason, detail)
       SELECT v.workspace_id, lower(v.email), 'hard_bounce', v.detail
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(workspace_id, email, detail)
       ON CONFLICT (workspace_id, email) DO NOTHING`,
      [entries.map((e) => e.workspaceId), entries.map((e) => e.email), entries.map((e) => e.detail)],
    );
  }
}
