import { CampaignStatus as S } from '../../common/enums';
import { CampaignAction as A, campaignTransition, isEditable, isTerminal } from './campaign-status';

describe('campaignTransition', () => {
  const allowed: Array<[S, A, S]> = [
    [S.Draft, A.Launch, S.Scheduled],
    [S.Scheduled, A.Start, S.Running],
    [S.Scheduled, A.Pause, S.Paused],
    [S.Running, A.Pause, S.Paused],
    [S.Paused, A.Resume, S.Running],
    [S.Running, A.Complete, S.Completed],
    [S.Draft, A.Cancel, S.Cancelled],
    [S.Scheduled, A.Cancel, S.Cancelled],
    [S.Running, A.Cancel, S.Cancelled],
    [S.Paused, A.Cancel, S.Cancelled],
  ];
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(campaignTransition(from, action)).toEqual({ ok: true, to });
  });

  const allowedPairs = new Set(allowed.map(([from, action]) => `${from}:${action}`));
  const refused = Object.values(S).flatMap((from) =>
    Object.values(A)
      .filter((action) => !allowedPairs.has(`${from}:${action}`))
      .map((action) => [from, action] as [S, A]),
  );
  it.each(refused)('refuses %s --%s-->', (from, action) => {
    const result = campaignTransition(from, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`(${from} → ${result.to})`);
  });

  it('covers every status × action pair', () => {
    expect(allowed.length + refused.length).toBe(Object.values(S).length * Object.values(A).length);
  });

  it.each([
    [S.Completed, A.Cancel, 'a completed campaign is final'],
    [S.Cancelled, A.Resume, 'a cancelled campaign is final'],
    [S.Running, A.Launch, 'launch applies to a campaign that is draft'],
    [S.Draft, A.Pause, 'pause applies to a campaign that is scheduled or running'],
  ])('explains why %s cannot %s', (from, action, hint) => {
    const result = campaignTransition(from, action);
    expect(!result.ok && result.message).toContain(hint);
  });
});

describe('isTerminal and isEditable', () => {
  it.each([
    [S.Draft, false, true],
    [S.Scheduled, false, false],
    [S.Running, false, false],
    [S.Paused, false, true],
    [S.Completed, true, false],
    [S.Cancelled, true, false],
  ])('%s: terminal %s, editable %s', (status, terminal, editable) => {
    expect(isTerminal(status)).toBe(terminal);
    expect(isEditable(status)).toBe(editable);
  });
});
