import { Injectable } from '@nestjs/common';
import { SessionStatus } from '../../common/enums';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import { TimeZones } from '../../infrastructure/database/time-zones';
import type { CourseSession } from './course-session.entity';
import { CourseErrors, SessionErrors } from './courses.errors';
import { CoursesRepository } from './courses.repository';
import type { CreateSessionDto, ListSessionsQueryDto, UpdateSessionDto } from './dto/session.dto';
import { nextInviteSequence, planSessionUpdate, scheduleProblems, type SessionPatch, type SessionState, type SessionUpdatePlan } from './session-rules';
import { type SessionFilter, SessionsRepository, type SessionValues, type SessionWithSeats } from './sessions.repository';
import { validatedInstant } from './timestamp';

const DEFAULT_LIMIT = 50;

@Injectable()
export class SessionsService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly courses: CoursesRepository,
    private readonly zones: TimeZones,
  ) {}

  async create(workspaceId: string, courseId: string, input: CreateSessionDto): Promise<SessionWithSeats> {
    if (!(await this.courses.find(workspaceId, courseId))) throw CourseErrors.notFound();
    const values: SessionValues = {
      title: input.title?.trim() ?? null,
      startsAt: validatedInstant(input.startsAt),
      endsAt: validatedInstant(input.endsAt),
      enrolBy: input.enrolBy ? validatedInstant(input.enrolBy) : null,
      capacity: input.capacity ?? null,
      location: input.location ?? null,
      meetingUrl: input.meetingUrl ?? null,
      timeZone: input.timeZone === undefined ? await this.repository.workspaceTimeZone(workspaceId) : this.storedZone(input.timeZone),
      status: SessionStatus.Scheduled,
      cancelledAt: null,
      cancellationReason: null,
      inviteSequence: 0,
    };
    const problems = scheduleProblems(values, this.zones);
    if (problems.length) throw SessionErrors.invalid(problems);
    return { session: await this.repository.insert(workspaceId, courseId, values), seatsTaken: 0, invited: 0 };
  }

  async get(workspaceId: string, id: string): Promise<SessionWithSeats> {
    const found = await this.repository.find(workspaceId, id);
    if (!found) throw SessionErrors.notFound();
    return found;
  }

  async listForCourse(workspaceId: string, courseId: string, query: ListSessionsQueryDto): Promise<Page<SessionWithSeats>> {
    if (!(await this.courses.find(workspaceId, courseId))) throw CourseErrors.notFound();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filter: SessionFilter = { status: query.status, limit };
    if (query.cursor) filter.after = decodeCursor(query.cursor);
    const rows = await this.repository.listForCourse(workspaceId, courseId, filter);
    return toPage(rows, limit, (r) => ({ key: r.key, id: r.session.id }), ({ session, seatsTaken, invited }) => ({ session, seatsTaken, invited }));
  }

  /**
   * The one way a session changes, whether rescheduled or cancelled: the campaign engine hooks its
   * reaction to both here. The row lock keeps the seat count still while capacity is checked.
   */
  async update(workspaceId: string, id: string, input: UpdateSessionDto): Promise<SessionWithSeats> {
    return this.repository.transaction(async (manager) => {
      const session = await this.repository.lock(manager, workspaceId, id);
      if (!session) throw SessionErrors.notFound();
      const seatsTaken = await this.repository.countSeats(manager, id);
      const invited = await this.repository.countInvited(manager, id);
      const plan = this.planUpdate(session, input, seatsTaken);
      switch (plan.kind) {
        case 'invalid':
          throw SessionErrors.invalid(plan.details);
        case 'cancelled':
          throw SessionErrors.cancelled();
        case 'over_capacity':
          throw SessionErrors.capacityBelowSeats(plan.capacity, plan.seatsTaken);
        case 'unchanged':
          return { session, seatsTaken, invited };
        case 'changed': {
          const values = Object.fromEntries(plan.changed.map((field) => [field, plan.next[field]])) as Partial<SessionValues>;
          // Calendars that hold the invite update it only when SEQUENCE grows (RFC 5546).
          const sequence = nextInviteSequence(session.inviteSequence, plan.changed);
          if (sequence !== session.inviteSequence) values.inviteSequence = sequence;
          return { session: await this.repository.update(manager, id, values), seatsTaken, invited };
        }
      }
    });
  }

  /**
   * What a PATCH would do, without doing it (the confirmation a DLM reads first): the session as it
   * is, and the plan, with its problems thrown as the PATCH would throw them.
   */
  async previewUpdate(workspaceId: string, id: string, input: UpdateSessionDto): Promise<{ session: CourseSession; plan: SessionUpdatePlan }> {
    const found = await this.repository.find(workspaceId, id);
    if (!found) throw SessionErrors.notFound();
    const plan = this.planUpdate(found.session, input, found.seatsTaken);
    if (plan.kind === 'invalid') throw SessionErrors.invalid(plan.details);
    if (plan.kind === 'cancelled') throw SessionErrors.cancelled();
    if (plan.kind === 'over_capacity') throw SessionErrors.capacityBelowSeats(plan.capacity, plan.seatsTaken);
    return { session: found.session, plan };
  }

  private planUpdate(session: CourseSession, input: UpdateSessionDto, seatsTaken: number): SessionUpdatePlan {
    const patch = toPatch(input);
    if (patch.timeZone !== undefined) patch.timeZone = this.storedZone(patch.timeZone);
    return planSessionUpdate(toState(session), patch, seatsTaken, new Date(), this.zones);
  }

  cancel(workspaceId: string, id: string, reason: string | undefined): Promise<SessionWithSeats> {
    return this.update(workspaceId, id, { status: SessionStatus.Cancelled, cancellationReason: reason });
  }

  // A known zone is stored in its canonical spelling; an unknown one is kept for the rules to name.
  private storedZone(zone: string): string {
    return this.zones.canonical(zone) ?? zone;
  }
}

function toState(s: CourseSession): SessionState {
  return {
    status: s.status,
    title: s.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    enrolBy: s.enrolBy,
    capacity: s.capacity,
    location: s.location,
    meetingUrl: s.meetingUrl,
    timeZone: s.timeZone,
    cancelledAt: s.cancelledAt,
    cancellationReason: s.cancellationReason,
  };
}

function toPatch(input: UpdateSessionDto): SessionPatch {
  const patch: SessionPatch = {};
  if (input.title !== undefined) patch.title = input.title?.trim() ?? null;
  if (input.startsAt !== undefined) patch.startsAt = validatedInstant(input.startsAt);
  if (input.endsAt !== undefined) patch.endsAt = validatedInstant(input.endsAt);
  if (input.enrolBy !== undefined) patch.enrolBy = input.enrolBy === null ? null : validatedInstant(input.enrolBy);
  if (input.capacity !== undefined) patch.capacity = input.capacity;
  if (input.location !== undefined) patch.location = input.location;
  if (input.meetingUrl !== undefined) patch.meetingUrl = input.meetingUrl;
  if (input.timeZone !== undefined) patch.timeZone = input.timeZone;
  if (input.status !== undefined) patch.status = input.status;
  if (input.cancellationReason !== undefined) patch.cancellationReason = input.cancellationReason;
  return patch;
}
