import ICAL from 'ical.js';
import { StepNotice } from '../../common/enums';
import { carriesInvite, inviteUid, type SessionInvite, sessionInviteIcs } from './calendar-invite';

// Read back with an independent parser (ical.js), as a calendar would.
function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return { calendar, vevent, event };
}

const invite: SessionInvite = {
  uid: 'session-abc@example.com',
  sequence: 0,
  cancelled: false,
  title: 'Leading hybrid teams',
  description: 'Two days, then a follow-up.',
  startsAt: new Date('2026-03-30T07:00:00Z'),
  endsAt: new Date('2026-03-30T15:30:00Z'),
  timeZone: 'Europe/Paris',
  location: 'Campus, room 4.12',
  meetingUrl: null,
  organizer: { name: 'Learning team', email: 'learning@example.com' },
  attendee: { name: 'Camille Martin', email: 'camille@example.com' },
  now: new Date('2026-03-01T10:00:00Z'),
};

describe('sessionInviteIcs', () => {
  it.each([
    // Paris on summer time since the day before, New York since three weeks, Tokyo without DST.
    ['Europe/Paris', '2026-03-30T09:00:00', '+02:00'],
    ['America/New_York', '2026-03-30T03:00:00', '-04:00'],
    ['Asia/Tokyo', '2026-03-30T16:00:00', '+09:00'],
  ])('writes the start in the session’s zone %s with its VTIMEZONE', (timeZone, local, offset) => {
    const { method, content } = sessionInviteIcs({ ...invite, timeZone });
    const { calendar, vevent, event } = parse(content);
    expect(method).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe(timeZone);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(timeZone);
    expect(event.startDate.toString()).toBe(local);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(event.startDate.utcOffset() / 3600).toBe(Number(offset.slice(0, 3)));
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-30T15:30:00.000Z');
  });

  it('names the event, the place, the organizer and the learner, and keeps DTSTAMP in UTC', () => {
    const { content } = sessionInviteIcs(invite);
    const { vevent, event } = parse(content);
    expect(event.uid).toBe('session-abc@example.com');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Leading hybrid teams');
    expect(event.location).toBe('Campus, room 4.12');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:learning@example.com');
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:camille@example.com');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(content).toMatch(/\r\nDTSTAMP:20260301T100000Z\r\n/);
  });

  it('puts a virtual class’s link as its place, and cancels with METHOD:CANCEL and the same UID', () => {
    const online = parse(sessionInviteIcs({ ...invite, location: null, meetingUrl: 'https://meet.example.com/abc' }).content);
    expect(online.event.location).toBe('https://meet.example.com/abc');
    const cancel = sessionInviteIcs({ ...invite, cancelled: true, sequence: 2 });
    const { calendar, vevent, event } = parse(cancel.content);
    expect(cancel.method).toBe('CANCEL');
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(invite.uid);
    expect(event.sequence).toBe(2);
  });
});

describe('inviteUid', () => {
  it('is one per learner and session, stable, and says nothing of the ids', () => {
    const uid = inviteUid('w1', 's1', 'l1', 'example.com');
    expect(inviteUid('w1', 's1', 'l1', 'example.com')).toBe(uid);
    expect(inviteUid('w1', 's1', 'l2', 'example.com')).not.toBe(uid);
    expect(inviteUid('w1', 's2', 'l1', 'example.com')).not.toBe(uid);
    expect(uid).toMatch(/^session-[0-9a-f]{32}@example\.com$/);
    expect(uid).not.toContain('l1');
  });
});

describe('carriesInvite', () => {
  const step = (attachInvite: boolean | null, notice: StepNotice | null = null) => ({ attachInvite, notice });
  it.each([
    ['an invitation, by default', step(null), 'invitation', true, true],
    ['a welcome, by default', step(null), 'welcome', true, true],
    ['a teaser, by default', step(null), 'teaser', true, false],
    ['a teaser the step asks to carry it', step(true), 'teaser', true, true],
    ['an invitation the step asks not to', step(false), 'invitation', true, false],
    ['a change notice', step(null, StepNotice.SessionChanged), 'session_changed', true, true],
    ['an invitation on an evergreen course (no session)', step(true), 'invitation', false, false],
  ] as const)('%s', (_name, s, purpose, hasSession, expected) => {
    expect(carriesInvite(s, purpose, hasSession)).toBe(expected);
  });
});
