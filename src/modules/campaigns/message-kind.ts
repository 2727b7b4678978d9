import { MessageKind } from '../../common/enums';
import { TemplatePurpose } from '../templates/templates.enums';

/**
 * The purposes whose messages are service messages: what a learner needs to take part in a training
 * they are in (where and when, how to join, what changed, the evaluation and the certificate at the
 * end). Every other purpose, `other` included, is promotional: when in doubt, the learner's
 * unsubscribe wins.
 */
const SERVICE_PURPOSES: ReadonlySet<string> = new Set<TemplatePurpose>([
  TemplatePurpose.PracticalInfo,
  TemplatePurpose.Welcome,
  TemplatePurpose.SessionChanged,
  TemplatePurpose.SessionCancelled,
  TemplatePurpose.FeedbackSurvey,
  TemplatePurpose.Congratulations,
]);

/** The kind a template's purpose implies (teaser, invitation, reminders, nudges, next course… are promotional). */
export function messageKindOfPurpose(purpose: string | null | undefined): MessageKind {
  return purpose && SERVICE_PURPOSES.has(purpose) ? MessageKind.Service : MessageKind.Promotional;
}

/** A step's kind: its override when set, else its template's purpose decides. */
export function effectiveMessageKind(override: MessageKind | null | undefined, purpose: string | null | undefined): MessageKind {
  return override ?? messageKindOfPurpose(purpose);
}

/** A step sent as a service message: it goes out on blackout days and to learners unsubscribed from promotions. */
export function isServiceStep(step: { messageKind: MessageKind | null; templatePurpose: string | null }): boolean {
  return effectiveMessageKind(step.messageKind, step.templatePurpose) === MessageKind.Service;
}

/** What a kind means on the send path, for an email (posts have no learner; talking points are never service). */
export interface SendTraits {
  /** Carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) and the footer's unsubscribe link. */
  listUnsubscribe: boolean;
  /** Skipped for a learner unsubscribed from promotional email. Suppression, erasure and a withdrawn email consent always apply. */
  honoursUnsubscribe: boolean;
  /** Counted by, and held to, the workspace's frequency cap (`essential` exempts a promotional step). */
  capped: boolean;
}

export function sendTraits(kind: MessageKind, essential: boolean): SendTraits {
  if (kind === MessageKind.Service) return { listUnsubscribe: false, honoursUnsubscribe: false, capped: false };
  return { listUnsubscribe: true, honoursUnsubscribe: true, capped: !essential };
}
