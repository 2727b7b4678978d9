import { Channel, DeliveryReason, EnrollmentCondition, EnrollmentStatus, SessionStatus } from '../../common/enums';
import { enrollmentConditionHolds } from './enrollment-condition';

/** The facts the send-time rules look at, loaded in bulk for a batch of deliveries. */
export interface SendFacts {
  channel: Channel;
  /** Counted by the frequency cap. */
  promotional: boolean;
  /** A service email: the learner's unsubscribe from promotional email does not apply to it. */
  service: boolean;
  /** False when the learner was erased after the delivery was planned (posts have no learner). */
  learnerPresent: boolean;
  unsubscribed: boolean;
  suppressed: boolean;
  consentEmail: boolean;
  enrollmentCondition: EnrollmentCondition | null;
  enrollmentStatus: EnrollmentStatus | null;
  /** Still in the step's audience (include and exclude segments, personas, step segment, enrolment condition). */
  inAudience: boolean;
  /** The learner's promotional messages of the last seven days and those in flight fill the workspace's cap. */
  capReached: boolean;
  sessionStatus: SessionStatus | null;
  networkChannelEnabled: boolean;
}

/**
 * Says why the fence refused a delivery, from the facts it checked read again. The order matters
 * only for the reason reported: the first rule that applies wins.
 */
export function skipReason(f: SendFacts): DeliveryReason | null {
  if (f.sessionStatus === SessionStatus.Cancelled) return DeliveryReason.SessionCancelled;
  if (f.channel === Channel.Post) return f.networkChannelEnabled ? null : DeliveryReason.ChannelDisabled;

  if (!f.learnerPresent) return DeliveryReason.LearnerDeleted;
  if (f.unsubscribed && !f.service) return DeliveryReason.Unsubscribed;
  if (f.suppressed) return DeliveryReason.Suppressed;
  if (!f.consentEmail) return DeliveryReason.NoConsent;
  if (f.channel !== Channel.TalkingPoints && !enrollmentConditionHolds(f.enrollmentCondition, f.enrollmentStatus)) return DeliveryReason.EnrollmentCondition;
  if (!f.inAudience) return DeliveryReason.NotInAudience;
  if (f.channel === Channel.TalkingPoints) return null;

  if (f.promotional && f.capReached) return DeliveryReason.FrequencyCap;
  return null;
}

/** Exponential backoff with full jitter, never shorter than what the receiver asked for. */
export function retryDelayMs(attempt: number, baseMs: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(exponential, 6 * 3600 * 1000);
  const jittered = Math.round(capped / 2 + (random() * capped) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** The Message-ID of a delivery: the same on every attempt, so a resend is recognisable as such. */
export function deliveryMessageId(deliveryId: string, domain: string): string {
  return `<${deliveryId}@${domain}>`;
}
