import { Injectable } from '@nestjs/common';
import { EnrollmentStatus } from '../../common/enums';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { EnrollmentSource } from '../courses/enrollment-source';
import { EnrollmentsService } from '../courses/enrollments.service';
import { EventKind, EventSource } from '../events/event-kind';
import { type EnrolmentCredit, EventsRepository, type NewEvent } from '../events/events.repository';
import { TrackingTokens } from '../tracking/tracking-token';
import { joinPath, type LearningEvent } from './learning-event';
import { LearningEventErrors } from './learning-events.errors';
import { LearningEventsRepository } from './learning-events.repository';

export type LearningEventOutcome = 'applied' | 'unchanged' | 'duplicate' | 'ignored' | 'rejected';

export interface LearningEventResult {
  id: string;
  outcome: LearningEventOutcome;
  /** True when this id was already received: nothing changed. */
  duplicate: boolean;
  enrollmentId?: string;
  status?: EnrollmentStatus;
  /** The campaign the enrolment is credited to, if any. */
  campaignId?: string | null;
  ambassadorId?: string | null;
  /** Why an event was ignored or rejected. */
  reason?: string;
  error?: { code: string; message: string; details: ErrorDetail[] };
}

export type IngestSource = EventSource.Lms | EventSource.Xapi;

/**
 * `strict`: every event must resolve (learner, session) or nothing is applied (a 422 naming each
 * one). `lenient`: events that do not resolve are rejected one by one, the others applied.
 */
export type IngestMode = 'strict' | 'lenient';

type ReportedStatus = Exclude<EnrollmentStatus, EnrollmentStatus.Invited>;

interface Resolved {
  event: LearningEvent & { status: ReportedStatus };
  learnerId: string;
  sessionId: string;
  courseId: string;
}

// Facts an LMS reports out of order (started after completed) or about a cancelled session: not errors, not applied.
const IGNORED_CODES = new Set(['ENROLLMENT.INVALID_TRANSITION', 'SESSION.CANCELLED']);
const KIND_OF: Record<Exclude<EnrollmentStatus, EnrollmentStatus.Invited>, EventKind> = {
  [EnrollmentStatus.Enrolled]: EventKind.Enrolled,
  [EnrollmentStatus.Started]: EventKind.Started,
  [EnrollmentStatus.Completed]: EventKind.Completed,
  [EnrollmentStatus.Dropped]: EventKind.Dropped,
};
// A short link's code (see ambassadors/short-code.ts); a signed share token is far longer and has dots.
const SHORT_REF = /^[1-9A-HJ-NP-Za-km-z]{8,16}$/;

const NO_CREDIT: EnrolmentCredit = { campaignId: null, stepId: null, channel: null, variant: null, ambassadorId: null };

@Injectable()
export class LearningEventsService {
  constructor(
    private readonly repository: LearningEventsRepository,
    private readonly events: EventsRepository,
    private readonly enrollments: EnrollmentsService,
    private readonly tokens: TrackingTokens,
  ) {}

  /** Applies learning events in order: dedup by idempotency key, enrolment update, event log with attribution. */
  async ingest(workspaceId: string, events: LearningEvent[], source: IngestSource, mode: IngestMode): Promise<LearningEventResult[]> {
    const known = await this.events.existingKeys(workspaceId, events.map((e) => e.idempotencyKey));
    const results = new Map<LearningEvent, LearningEventResult>();
    const toResolve: (LearningEvent & { status: ReportedStatus })[] = [];
    for (const event of events) {
      if (known.has(event.idempotencyKey)) {
        results.set(event, { id: event.id, outcome: 'duplicate', duplicate: true });
        continue;
      }
      // A second copy inside the same batch is a duplicate of the first.
      known.add(event.idempotencyKey);
      if (event.status === null) results.set(event, { id: event.id, outcome: 'ignored', duplicate: false, reason: 'verb not mapped to an enrolment status' });
      else toResolve.push(event as LearningEvent & { status: ReportedStatus });
    }

    const resolved: Resolved[] = [];
    const problems: ErrorDetail[] = [];
    for (const event of toResolve) {
      const details = await this.resolve(workspaceId, event, resolved);
      if (details.length === 0) continue;
      problems.push(...details);
      results.set(event, { id: event.id, outcome: 'rejected', duplicate: false, error: { code: 'LEARNING_EVENT.UNKNOWN_REFERENCE', message: details.map((d) => `${d.path}: ${d.message}`).join('; '), details } });
    }
    if (mode === 'strict' && problems.length) throw LearningEventErrors.unresolved(`${source === EventSource.Lms ? 'LMS' : 'XAPI'}.UNKNOWN_REFERENCE`, problems);

    const windowDays = resolved.length ? await this.repository.attributionWindowDays(workspaceId) : 0;
    for (const item of resolved) results.set(item.event, await this.apply(workspaceId, item, source, mode, windowDays));
    return events.map((e) => results.get(e)!);
  }

  private async resolve(workspaceId: string, event: LearningEvent & { status: ReportedStatus }, into: Resolved[]): Promise<ErrorDetail[]> {
    const details: ErrorDetail[] = [];
    const learnerId = await this.repository.findLearnerId(workspaceId, event.learner);
    if (!learnerId) details.push({ path: joinPath(event.path, event.fields.learner), message: 'no learner of this workspace matches' });
    const session = await this.repository.findSession(workspaceId, event.activity);
    if (!session.found) details.push({ path: joinPath(event.path, event.fields.activity), message: session.message });
    if (learnerId && session.found) into.push({ event, learnerId, sessionId: session.sessionId, courseId: session.courseId });
    return details;
  }

  private async apply(workspaceId: string, item: Resolved, source: IngestSource, mode: IngestMode, windowDays: number): Promise<LearningEventResult> {
    const { event } = item;
    let applied;
    try {
      applied = await this.enrollments.applyStatus({
        workspaceId,
        sessionId: item.sessionId,
        learnerId: item.learnerId,
        status: event.status,
        source: source === EventSource.Lms ? EnrollmentSource.Lms : EnrollmentSource.Xapi,
        occurredAt: event.occurredAt,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (IGNORED_CODES.has(error.code)) return { id: event.id, outcome: 'ignored', duplicate: false, reason: error.message };
      if (mode === 'strict') throw error;
      return { id: event.id, outcome: 'rejected', duplicate: false, error: { code: error.code, message: error.message, details: error.details } };
    }
    const base = { id: event.id, duplicate: false, enrollmentId: applied.enrollment.enrollment.id, status: applied.enrollment.enrollment.status };
    // Same status again under a new id: the enrolment and the log stay as they are.
    if (!applied.changed) return { ...base, outcome: 'unchanged' };

    const startsEnrolment = event.status === EnrollmentStatus.Enrolled || applied.created;
    const credit = startsEnrolment
      ? await this.credit(workspaceId, item.learnerId, event, windowDays)
      : ((await this.events.enrolmentCredit(workspaceId, item.learnerId, item.sessionId)) ?? NO_CREDIT);
    const row = (kind: EventKind, idempotencyKey: string, data: Record<string, unknown>): NewEvent => ({
      workspaceId,
      kind,
      occurredAt: event.occurredAt,
      source,
      idempotencyKey,
      learnerId: item.learnerId,
      courseId: item.courseId,
      sessionId: item.sessionId,
      campaignId: credit.campaignId,
      stepId: credit.stepId,
      channel: credit.channel,
      variant: credit.variant,
      ambassadorId: credit.ambassadorId,
      data: { eventId: event.id, ...data },
    });
    const rows = [row(KIND_OF[event.status], event.idempotencyKey, {})];
    // An LMS reporting `started` or `completed` first implies the enrolment: log it, so every funnel counts it.
    if (applied.created && event.status !== EnrollmentStatus.Enrolled) rows.push(row(EventKind.Enrolled, `${event.idempotencyKey}:enrolled`, { implied: true }));
    const inserted = await this.events.recordMany(rows);
    // A concurrent copy of the same event won the race: it is the one that counts.
    if (!inserted.has(event.idempotencyKey)) return { id: event.id, outcome: 'duplicate', duplicate: true };
    return { ...base, outcome: 'applied', campaignId: credit.campaignId, ambassadorId: credit.ambassadorId };
  }

  /**
   * Attribution of a new enrolment: the learner's last human click on a campaign link within the
   * workspace's window before it (last click wins); an ambassador share reference credits the
   * ambassador, and the ambassador's campaign when no click is found.
   */
  private async credit(workspaceId: string, learnerId: string, event: LearningEvent, windowDays: number): Promise<EnrolmentCredit> {
    const click = await this.events.lastClickBefore(workspaceId, learnerId, event.occurredAt, windowDays);
    const share = await this.shareOf(workspaceId, event.ref);
    if (click) return { campaignId: click.campaignId, stepId: click.stepId, channel: click.channel, variant: click.variant, ambassadorId: share?.ambassadorId ?? null };
    if (share) return { ...NO_CREDIT, campaignId: share.campaignId, channel: share.channel, ambassadorId: share.ambassadorId };
    return NO_CREDIT;
  }

  /**
   * What a `ref` credits: a signed share token (the long share links of talking points sent before
   * short links) or a short link's code (an ambassador's or a poster's, revoked or not: the
   * enrolment came through it while it was live).
   */
  private async shareOf(workspaceId: string, ref: string | null): Promise<{ campaignId: string; ambassadorId: string | null; channel: string } | null> {
    if (!ref) return null;
    if (SHORT_REF.test(ref)) return this.repository.shortLinkOf(workspaceId, ref);
    const claims = this.tokens.verify(ref);
    if (claims?.kind !== 's') return null;
    return (await this.repository.shareBelongsTo(workspaceId, claims.campaignId, claims.ambassadorId)) ? { ...claims, channel: 'ambassador' } : null;
  }
}
