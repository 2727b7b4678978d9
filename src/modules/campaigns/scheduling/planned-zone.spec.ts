import { plannedZone } from './planned-zone';

describe('plannedZone', () => {
  const known = (zone: string) => ['Europe/Paris', 'Asia/Tokyo'].includes(zone);
  it.each<[string | null, string, string]>([
    ['Asia/Tokyo', 'Asia/Tokyo', 'a known zone is the learner’s own'],
    ['US/Pacific-New', 'Europe/Paris', 'a zone the engine does not know: the workspace’s'],
    [null, 'Europe/Paris', 'no zone: the workspace’s'],
    ['', 'Europe/Paris', 'an empty zone: the workspace’s'],
  ])('%s → %s (%s)', (learnerZone, expected) => {
    expect(plannedZone(learnerZone, 'Europe/Paris', known)).toBe(expected);
  });
});
