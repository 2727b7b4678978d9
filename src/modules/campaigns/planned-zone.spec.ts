import { plannedZone } from './planned-zone';
import { isKnownZone } from './scheduling/zoned-time';

describe('plannedZone', () => {
  it.each<[string | null, string, string, string]>([
    ['Asia/Tokyo', 'Europe/Paris', 'Asia/Tokyo', 'a known zone is kept'],
    ['America/Argentina/Buenos_Aires', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'three-part names too'],
    ['UTC', 'Europe/Paris', 'UTC', 'UTC is a zone'],
    ['Europe/Pariss', 'Europe/Paris', 'Europe/Paris', 'a typo falls back to the workspace zone'],
    ['Mars/Olympus_Mons', 'America/New_York', 'America/New_York', 'an invented zone too'],
    ['', 'Europe/Paris', 'Europe/Paris', 'an empty zone'],
    [null, 'Asia/Kolkata', 'Asia/Kolkata', 'no zone at all'],
  ])('%p in a %s workspace → %s (%s)', (learner, workspace, expected) => {
    expect(plannedZone(learner, workspace, isKnownZone)).toBe(expected);
  });
});
