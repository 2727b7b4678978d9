import { parseLocalTime, type LocalTime } from './local-time';
import { stepSendTime } from './send-time';
import { parseStepOffset, type StepOffset } from './step-offset';

function offset(text: string): StepOffset {
  const result = parseStepOffset(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function at(text: string | null): LocalTime | null {
  if (text === null) return null;
  const result = parseLocalTime(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

// zone, anchor, offset, local send time, expected instant, why
const CASES: [string, string, string, string | null, string, string][] = [
    ['Europe/Paris', '2026-04-02T07:00:00Z', '-P14D', null, '2026-03-19T07:00:00Z', 'exact 14×24 h, so 08:00 CET after 09:00 CEST'],
    ['Europe/Paris', '2026-04-02T07:00:00Z', '-P14D', '09:00', '2026-03-19T08:00:00Z', '09:00 CET, before the spring change'],
    ['Europe/Paris', '2026-03-28T08:00:00Z', 'P1D', '09:00', '2026-03-29T07:00:00Z', '09:00 CEST the next day, 23 h later'],
    ['Europe/Paris', '2026-03-28T08:00:00Z', 'P1D', null, '2026-03-29T08:00:00Z', 'exact 24 h: 10:00 CEST'],
    ['Europe/Paris', '2026-10-27T08:00:00Z', '-P3D', '09:00', '2026-10-24T07:00:00Z', '09:00 CEST, before the autumn change'],
    ['Europe/Paris', '2026-10-24T07:00:00Z', 'P2D', '09:00', '2026-10-26T08:00:00Z', '09:00 CET, after the autumn change'],
    ['America/New_York', '2026-03-10T13:00:00Z', '-P3D', '09:00', '2026-03-07T14:00:00Z', '09:00 EST, before the March change'],
    ['America/New_York', '2026-11-03T14:00:00Z', '-P3D', '09:00', '2026-10-31T13:00:00Z', '09:00 EDT, before the November change'],
    ['America/New_York', '2026-11-03T14:00:00Z', '-P1W', null, '2026-10-27T14:00:00Z', 'exact week: 10:00 EDT'],
    ['Asia/Tokyo', '2026-03-10T00:00:00Z', '-P1D', '09:00', '2026-03-09T00:00:00Z', 'no daylight saving'],
    ['Asia/Kolkata', '2026-06-01T04:30:00Z', '-P1W', '09:00', '2026-05-25T03:30:00Z', '+05:30'],
    ['Pacific/Chatham', '2026-09-28T00:00:00Z', '-P1D', '09:00', '2026-09-26T19:15:00Z', '09:00 +13:45 on the change day'],
    ['Pacific/Chatham', '2026-04-06T00:00:00Z', '-P2D', '09:00', '2026-04-03T19:15:00Z', '09:00 +13:45 before the April change'],
    ['Europe/Paris', '2026-06-15T23:30:00Z', 'P0D', '09:00', '2026-06-16T07:00:00Z', 'the anchor is already the 16th in Paris'],
    ['America/New_York', '2026-06-15T23:30:00Z', 'P0D', '09:00', '2026-06-15T13:00:00Z', 'and still the 15th in New York'],
    ['Europe/Paris', '2026-03-28T22:00:00Z', 'PT2H', '09:00', '2026-03-29T07:00:00Z', 'hours move the wall clock past midnight'],
    ['Europe/Paris', '2026-03-28T22:00:00Z', 'PT2H', null, '2026-03-29T00:00:00Z', 'exact two hours'],
    ['Europe/Paris', '2026-05-10T10:00:00Z', '-PT30M', null, '2026-05-10T09:30:00Z', 'negative minutes'],
    ['Europe/Paris', '2026-05-10T10:00:00Z', 'P1DT12H', '09:00', '2026-05-12T07:00:00Z', '12:00 + 36 h lands on the 12th'],
    ['Europe/Paris', '2026-03-28T12:00:00Z', 'P1D', '02:30', '2026-03-29T01:30:00Z', 'a local time in the gap: 03:30 CEST'],
    ['Europe/Paris', '2026-10-24T12:00:00Z', 'P1D', '02:30', '2026-10-25T00:30:00Z', 'a repeated local time: the first, CEST'],
    ['America/New_York', '2026-11-01T12:00:00Z', 'P0D', '01:30', '2026-11-01T05:30:00Z', 'a repeated local time: the first, EDT'],
];

describe('stepSendTime', () => {
  it.each(CASES)('%s: %s %s at %p → %s (%s)', (zone, anchor, text, local, expected) => {
    const sent = stepSendTime({ anchor: new Date(anchor), offset: offset(text), localTime: at(local), zone });
    expect(sent.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('sends at 09:00 local on every day of a month crossing both Paris changes', () => {
    const anchor = new Date('2026-03-15T12:00:00Z');
    for (let day = 0; day < 240; day++) {
      const sent = stepSendTime({ anchor, offset: { minutes: day * 1440 }, localTime: { hour: 9, minute: 0 }, zone: 'Europe/Paris' });
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(sent);
      expect(local).toBe('09:00');
    }
  });
});
