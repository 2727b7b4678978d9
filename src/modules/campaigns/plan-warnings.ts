import { DateTime } from 'luxon';
import { EnrollmentCondition, EnrollmentStatus, StepAnchor } from '../../common/enums';
import { enrollmentConditionHolds } from '../delivery/enrollment-condition';

/** What the dry run and the launch warn about; stable values, shown to clients. */
export enum PlanWarningCode {
  /** Learners who would already have their quota of promotional emails when the step goes. */
  FrequencyCap = 'PLAN.FREQUENCY_CAP',
  /** The send window moved this step onto the same minute as another step of the plan, in some zone. */
  StepsPiled = 'PLAN.STEPS_PILED',
  /** A completion condition read before the session ends: who completes by the end is not known yet. */
  ConditionNotYetKnown = 'PLAN.CONDITION_NOT_YET_KNOWN',
  /** "Not enrolled" read after enrolment closed: those learners can no longer act on the message. */
  ConditionAfterEnrolBy = 'PLAN.CONDITION_AFTER_ENROL_BY',
  /** A condition no learner can meet at the event the step follows (not completed, after completing). */
  ConditionContradictsAnchor = 'PLAN.CONDITION_CONTRADICTS_ANCHOR',
  /** A step made a service message over its template's promotional purpose reaches learners unsubscribed from promotions. */
  ServiceReachesUnsubscribed = 'PLAN.SERVICE_REACHES_UNSUBSCRIBED',
  /** Learners for whom the step falls on a blackout day of their country or site: it reaches them later. */
  Blackout = 'PLAN.BLACKOUT',
}

export interface PlanWarning {
  code: PlanWarningCode;
  message: string;
  /** Learners concerned: capped, in the piled zones, or matching the condition today. */
  count?: number;
  /** STEPS_PILED: the zones where the steps meet. */
  zones?: string[];
  /** STEPS_PILED: the other steps at the same minute. */
  stepIds?: string[];
}

/** Learners whose country or site has a blackout when the step goes (workspace-wide ones already move the zone's time). */
export function blackoutWarning(moved: number): PlanWarning[] {
  if (moved === 0) return [];
  const learners = `${moved} learner${moved === 1 ? '' : 's'}`;
  return [
    {
      code: PlanWarningCode.Blackout,
      message: `${learners} would get this step on a blackout day of their country or site: it reaches them at the next allowed moment instead`,
      count: moved,
    },
  ];
}

/** Learners a step would skip because they already have `cap` promotional emails in the 7 days before it. */
export function frequencyCapWarning(capped: number, cap: number): PlanWarning[] {
  if (capped === 0) return [];
  const learners = `${capped} learner${capped === 1 ? '' : 's'}`;
  return [
    {
      code: PlanWarningCode.FrequencyCap,
      message: `${learners} would already have ${cap} promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them)`,
      count: capped,
    },
  ];
}

/**
 * A step sent as a service message by its override although its template's purpose is promotional
 * reaches learners who unsubscribed from promotions: said, so that the override stays for notices the
 * training needs. A step whose purpose is a service one says nothing (that is what service means).
 */
export function serviceOverrideWarning(unsubscribedReached: number, purpose: string | null): PlanWarning[] {
  if (unsubscribedReached === 0) return [];
  const learners = `${unsubscribedReached} learner${unsubscribedReached === 1 ? '' : 's'}`;
  return [
    {
      code: PlanWarningCode.ServiceReachesUnsubscribed,
      message: `${learners} unsubscribed from promotional email would get this step: it is sent as a service message although its template's purpose (${purpose ?? 'unknown'}) is promotional`,
      count: unsubscribedReached,
    },
  ];
}

/** When one step goes in one zone: as planned (`stepAt`, after "not before"), and once the send window applied (`sendAt`). */
export interface ZoneTiming {
  zone: string;
  /** Recipients of the step in that zone. */
  count: number;
  stepAt: Date;
  sendAt: Date;
}

export interface TimedStep {
  stepId: string;
  name: string;
  zones: ZoneTiming[];
}

const MINUTE_MS = 60_000;

/**
 * Steps the send window (quiet hours, weekdays) moves onto the same minute as other steps of the plan,
 * zone by zone: two reminders at 21:00 and 22:00 both pushed to 08:00 the next morning land in the
 * learner's inbox together. Steps planned at the same minute on purpose (nothing moved) are not
 * reported. One warning per step and set of steps it meets at one local minute, listing the zones.
 */
export function pileUpWarnings(steps: readonly TimedStep[]): Map<string, PlanWarning[]> {
  const slots = new Map<string, Array<{ step: TimedStep; timing: ZoneTiming }>>();
  for (const step of steps) {
    for (const timing of step.zones) {
      if (timing.count === 0) continue;
      const key = `${timing.zone}|${Math.floor(timing.sendAt.getTime() / MINUTE_MS)}`;
      slots.set(key, [...(slots.get(key) ?? []), { step, timing }]);
    }
  }

  // step → (the steps it meets, local minute) → zones and learners
  const piles = new Map<string, Map<string, { others: TimedStep[]; local: string; zones: string[]; count: number }>>();
  for (const slot of slots.values()) {
    if (slot.length < 2 || slot.every(({ timing }) => timing.stepAt.getTime() === timing.sendAt.getTime())) continue;
    for (const { step, timing } of slot) {
      const others = slot.filter((s) => s.step !== step).map((s) => s.step);
      const local = DateTime.fromJSDate(timing.sendAt, { zone: timing.zone }).toFormat('yyyy-MM-dd HH:mm');
      const key = `${others.map((o) => o.stepId).join(',')}|${local}`;
      const byStep = piles.get(step.stepId) ?? new Map();
      const pile = byStep.get(key) ?? { others, local, zones: [], count: 0 };
      pile.zones.push(timing.zone);
      pile.count += timing.count;
      byStep.set(key, pile);
      piles.set(step.stepId, byStep);
    }
  }

  const warnings = new Map<string, PlanWarning[]>();
  for (const [stepId, byStep] of piles) {
    warnings.set(
      stepId,
      [...byStep.values()].map((pile) => ({
        code: PlanWarningCode.StepsPiled,
        message:
          `goes out at the same minute as ${pile.others.map((o) => `"${o.name}"`).join(', ')}: ${pile.local} in ${pile.zones.join(', ')}, ` +
          'where the send window (quiet hours, allowed weekdays) moved them together',
        count: pile.count,
        zones: pile.zones,
        stepIds: pile.others.map((o) => o.stepId),
      })),
    );
  }
  return warnings;
}

export interface ConditionFacts {
  anchor: StepAnchor;
  condition: EnrollmentCondition | null;
  /** The first and last zone's send time; null for learner-event steps. */
  firstSendAt: Date | null;
  lastSendAt: Date | null;
  session: { startsAt: Date; endsAt: Date; enrolBy: Date | null } | null;
  /** Learners of the step who meet the condition today. */
  matchingToday: number;
}

const COMPLETION_CONDITIONS: ReadonlySet<EnrollmentCondition> = new Set([EnrollmentCondition.Completed, EnrollmentCondition.NotCompleted]);

/**
 * A step's enrolment condition is read when the step goes, not today. These are the conditions the
 * dry run cannot show honestly, or that no learner can meet when the step goes.
 */
export function conditionWarnings(f: ConditionFacts): PlanWarning[] {
  const { condition, session } = f;
  if (!condition) return [];
  const warnings: PlanWarning[] = [];
  if (f.anchor === StepAnchor.LearnerCompleted && !enrollmentConditionHolds(condition, EnrollmentStatus.Completed)) {
    warnings.push({
      code: PlanWarningCode.ConditionContradictsAnchor,
      message: `follows each learner's completion, but only goes to learners who are "${condition}": a learner who just completed never is, so it reaches nobody`,
    });
  }
  if (session && f.firstSendAt && COMPLETION_CONDITIONS.has(condition) && f.firstSendAt < session.endsAt) {
    warnings.push({
      code: PlanWarningCode.ConditionNotYetKnown,
      message:
        `"${condition}" is read when the step goes (from ${f.firstSendAt.toISOString()}), before the session ends (${session.endsAt.toISOString()}): ` +
        `who completes is not known yet, so the ${f.matchingToday} learner${f.matchingToday === 1 ? '' : 's'} matching today are not who it will reach`,
      count: f.matchingToday,
    });
  }
  if (session && f.lastSendAt && condition === EnrollmentCondition.NotEnrolled) {
    const [deadline, closes] = session.enrolBy ? [session.enrolBy, 'enrol-by'] : [session.startsAt, 'the session starts'];
    if (f.lastSendAt > deadline) {
      warnings.push({
        code: PlanWarningCode.ConditionAfterEnrolBy,
        message: `goes to learners not enrolled (until ${f.lastSendAt.toISOString()}) after enrolment closes (${closes} ${deadline.toISOString()}): they can no longer enrol`,
        count: f.matchingToday,
      });
    }
  }
  return warnings;
}
