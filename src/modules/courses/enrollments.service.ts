import { Injectable } from '@nestjs/common';
import type { HistoryEntry, HistoryQuery } from '../../common/history/learner-history';
import { EnrollmentStatus, SessionStatus } from '../../common/enums';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import { EnrollmentErrors, SessionErrors } from './courses.errors';
import type { CreateEnrollmentDto, ListEnrollmentsQueryDto, UpdateEnrollmentDto } from './dto/enrollment.dto';
import { CAPACITY_CHECKED_SOURCES, EnrollmentSource, REPORTING_SOURCES } from './enrollment-source';
import { planEnrollmentChange } from './enrollment-status';
import { type EnrollmentFilter, EnrollmentsRepository, type EnrollmentView, type LearnerRef } from './enrollments.repository';
import { SessionsRepository } from './sessions.repository';
import { isInFuture, validatedInstant } from './timestamp';

const DEFAULT_LIMIT = 50;

export interface ApplyStatusInput {
  workspaceId: string;
  sessionId: string;
  learnerId: string;
  status: EnrollmentStatus;
  source: EnrollmentSource;
  /** When it happened; defaults to now. */
  occurredAt?: Date;
}

export interface ApplyStatusResult {
  enrollment: EnrollmentView;
  /** False when the enrolment already had this status (a replay): nothing was written. */
  changed: boolean;
  created: boolean;
  /** The status before this change; null when there was no enrolment. */
  previousStatus: EnrollmentStatus | null;
}

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly repository: EnrollmentsRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  /** The learner's enrolments for their timeline, newest first. */
  learnerHistory(query: HistoryQuery): Promise<HistoryEntry[]> {
    return this.repository.learnerHistory(query);
  }

  /**
   * Applies one status change to a learner's enrolment in a session, creating the enrolment when
   * needed. The API, the CSV import, LMS webhooks and xAPI statements all go through the same decision
   * (`planEnrollmentChange`) under the session's row lock, so two requests for the last seat cannot
   * both win. API calls are commands (a move backwards is a 409); the other sources report facts
   * (a status already passed changes nothing), see `ChangeMode`.
   */
  async applyStatus(input: ApplyStatusInput): Promise<ApplyStatusResult> {
    const now = new Date();
    const occurredAt = input.occurredAt ?? now;
    if (isInFuture(occurredAt, now)) throw EnrollmentErrors.occurredInFuture();

    return this.repository.transaction(async (manager) => {
      const session = await this.sessions.lock(manager, input.workspaceId, input.sessionId);
      if (!session) throw SessionErrors.notFound();
      if (!(await this.repository.findLearnerId(input.workspaceId, { learnerId: input.learnerId }, manager))) {
        throw EnrollmentErrors.unknownLearner('learnerId', input.learnerId);
      }
      const current = await this.repository.findOne(manager, session.id, input.learnerId);
      const plan = planEnrollmentChange(
        current,
        input.status,
        occurredAt,
        {
          cancelled: session.status === SessionStatus.Cancelled,
          capacity: session.capacity,
          seatsTaken: await this.sessions.countSeats(manager, session.id),
          checkCapacity: CAPACITY_CHECKED_SOURCES.has(input.source),
        },
        REPORTING_SOURCES.has(input.source) ? 'report' : 'command',
      );
      switch (plan.kind) {
        case 'refused':
          throw EnrollmentErrors.invalidTransition(plan.from, plan.to, plan.reason);
        case 'cancelled':
          throw SessionErrors.cancelled();
        case 'full':
          throw SessionErrors.full(plan.capacity);
        case 'changed':
          await this.repository.upsertStates(
            manager,
            { workspaceId: input.workspaceId, sessionId: session.id, courseId: session.courseId, source: input.source },
            [{ learnerId: input.learnerId, ...plan.next }],
          );
          break;
        case 'unchanged':
          break;
      }
      const enrollment = await this.repository.findView(manager, input.workspaceId, session.id, input.learnerId);
      if (!enrollment) throw new Error('enrolment vanished inside its own transaction');
      return { enrollment, changed: plan.kind === 'changed', created: current === null && plan.kind === 'changed', previousStatus: current?.status ?? null };
    });
  }

  /** `POST /v1/sessions/:id/enrollments`: the learner is named by id, external id or email. */
  async enrol(workspaceId: string, sessionId: string, input: CreateEnrollmentDto): Promise<ApplyStatusResult> {
    if (!(await this.sessions.find(workspaceId, sessionId))) throw SessionErrors.notFound();
    const [path, ref] = learnerRef(input);
    const learnerId = await this.repository.findLearnerId(workspaceId, ref);
    if (!learnerId) throw EnrollmentErrors.unknownLearner(path, Object.values(ref)[0] as string);
    return this.applyStatus({
      workspaceId,
      sessionId,
      learnerId,
      status: input.status ?? EnrollmentStatus.Enrolled,
      source: EnrollmentSource.Api,
      occurredAt: input.occurredAt ? validatedInstant(input.occurredAt) : undefined,
    });
  }

  async changeStatus(workspaceId: string, id: string, input: UpdateEnrollmentDto): Promise<ApplyStatusResult> {
    const enrollment = await this.repository.findInWorkspace(workspaceId, id);
    if (!enrollment) throw EnrollmentErrors.notFound();
    return this.applyStatus({
      workspaceId,
      sessionId: enrollment.sessionId,
      learnerId: enrollment.learnerId,
      status: input.status,
      source: EnrollmentSource.Api,
      occurredAt: input.occurredAt ? validatedInstant(input.occurredAt) : undefined,
    });
  }

  async get(workspaceId: string, id: string): Promise<EnrollmentView> {
    const view = await this.repository.findViewById(workspaceId, id);
    if (!view) throw EnrollmentErrors.notFound();
    return view;
  }

  async listForSession(workspaceId: string, sessionId: string, query: ListEnrollmentsQueryDto): Promise<Page<EnrollmentView>> {
    if (!(await this.sessions.find(workspaceId, sessionId))) throw SessionErrors.notFound();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filter: EnrollmentFilter = { statuses: query.status, limit };
    if (query.cursor) filter.after = decodeCursor(query.cursor);
    const rows = await this.repository.listForSession(workspaceId, sessionId, filter);
    return toPage(rows, limit, (r) => ({ key: r.key, id: r.enrollment.id }), ({ enrollment, learner }) => ({ enrollment, learner }));
  }
}

function learnerRef(input: CreateEnrollmentDto): [string, LearnerRef] {
  const given: [string, LearnerRef][] = [];
  if (input.learnerId !== undefined) given.push(['learnerId', { learnerId: input.learnerId.toLowerCase() }]);
  if (input.externalId !== undefined) given.push(['externalId', { externalId: input.externalId.trim() }]);
  if (input.email !== undefined) given.push(['email', { email: input.email.trim().toLowerCase() }]);
  if (given.length !== 1) throw EnrollmentErrors.learnerRequired();
  return given[0];
}
