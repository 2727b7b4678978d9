import { StepNotice, StepPhase } from '../../common/enums';
import { formatStepOffset } from './scheduling/step-offset';

/** The notice a session's state calls for: a cancellation, or a change of what its invite shows. */
export function noticeKind(sessionStatus: string): StepNotice {
  return sessionStatus === 'cancelled' ? StepNotice.SessionCancelled : StepNotice.SessionChanged;
}

/** Template purposes the engine looks for, per notice: the same words as the notice. */
export const NOTICE_PURPOSE: Record<StepNotice, string> = {
  [StepNotice.SessionChanged]: 'session_changed',
  [StepNotice.SessionCancelled]: 'session_cancelled',
};

// The step's name, in the workspace's language (French or English; others read English).
const NOTICE_NAMES: Record<'en' | 'fr', Record<StepNotice, { email: string; post: string }>> = {
  en: {
    [StepNotice.SessionChanged]: { email: 'Notice: session changed', post: 'Correction: session changed' },
    [StepNotice.SessionCancelled]: { email: 'Notice: session cancelled', post: 'Correction: session cancelled' },
  },
  fr: {
    [StepNotice.SessionChanged]: { email: 'Avis : session modifiée', post: 'Rectificatif : session modifiée' },
    [StepNotice.SessionCancelled]: { email: 'Avis : session annulée', post: 'Rectificatif : session annulée' },
  },
};

/**
 * How a notice step sits in its campaign's plan, so a timeline draws it where it goes out: anchored
 * on the launch, at the minute of the change (a step’s offset counts whole minutes; the planner sends it from now), in the
 * phase the session is in at that moment.
 */
export function noticeStepPlacement(
  notice: StepNotice,
  channel: 'email' | 'post',
  launchedAt: Date,
  now: Date,
  session: { startsAt: Date; endsAt: Date },
  workspaceLocale = 'en',
): { name: string; phase: StepPhase; offset: string } {
  const minutes = Math.max(0, Math.floor((now.getTime() - launchedAt.getTime()) / 60_000));
  const phase = now < session.startsAt ? StepPhase.Before : now < session.endsAt ? StepPhase.During : StepPhase.After;
  const names = workspaceLocale.toLowerCase().startsWith('fr') ? NOTICE_NAMES.fr : NOTICE_NAMES.en;
  return { name: names[notice][channel], phase, offset: formatStepOffset({ minutes }) };
}
