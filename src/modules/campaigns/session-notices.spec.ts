import { StepNotice, StepPhase } from '../../common/enums';
import { noticeKind, noticeStepPlacement } from './session-notices';

describe('session notices', () => {
  it('tell of a cancellation once the session is cancelled, of a change otherwise', () => {
    expect(noticeKind('cancelled')).toBe(StepNotice.SessionCancelled);
    expect(noticeKind('scheduled')).toBe(StepNotice.SessionChanged);
  });

  const session = { startsAt: new Date('2026-03-10T08:00:00Z'), endsAt: new Date('2026-03-11T16:00:00Z') };
  const launchedAt = new Date('2026-02-01T09:00:00Z');

  it.each([
    ['a change before the session', new Date('2026-02-03T10:30:20Z'), StepPhase.Before, 'P2DT1H30M'],
    ['a change on its first day', new Date('2026-03-10T09:00:00Z'), StepPhase.During, 'P37D'],
    ['a change after it ended', new Date('2026-03-12T09:00:00Z'), StepPhase.After, 'P39D'],
    ['a change in the launch minute', launchedAt, StepPhase.Before, 'PT0M'],
  ])('%s sits at the change, in its phase', (_name, now, phase, offset) => {
    expect(noticeStepPlacement(StepNotice.SessionChanged, 'email', launchedAt, now, session)).toEqual({ name: 'Notice: session changed', phase, offset });
  });

  it('names a post correction as such', () => {
    expect(noticeStepPlacement(StepNotice.SessionCancelled, 'post', launchedAt, launchedAt, session).name).toBe('Correction: session cancelled');
    // Named in the workspace's language.
    expect(noticeStepPlacement(StepNotice.SessionCancelled, 'email', launchedAt, launchedAt, session, 'fr-FR').name).toBe('Avis : session annulée');
  });
});
