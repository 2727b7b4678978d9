import { addToCalendarLinks } from './calendar-links';

describe('addToCalendarLinks', () => {
  const event = {
    title: 'Leading hybrid teams — Paris',
    details: 'Two days & a follow-up',
    startsAt: new Date('2026-03-02T08:00:00Z'),
    endsAt: new Date('2026-03-02T16:30:00Z'),
    location: 'Campus, room 4.12',
  };

  it('fills Google Calendar’s form with UTC times, the title, the details and the place', () => {
    const url = new URL(addToCalendarLinks(event).addToGoogle);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Leading hybrid teams — Paris',
      dates: '20260302T080000Z/20260302T163000Z',
      details: 'Two days & a follow-up',
      location: 'Campus, room 4.12',
    });
  });

  it('fills Outlook’s (Microsoft 365) form with ISO instants', () => {
    const url = new URL(addToCalendarLinks(event).addToOutlook);
    expect(url.hostname).toBe('outlook.office.com');
    expect(url.searchParams.get('startdt')).toBe('2026-03-02T08:00:00.000Z');
    expect(url.searchParams.get('enddt')).toBe('2026-03-02T16:30:00.000Z');
    expect(url.searchParams.get('subject')).toBe('Leading hybrid teams — Paris');
    expect(url.searchParams.get('location')).toBe('Campus, room 4.12');
  });

  it('leaves out what is empty, cuts a long description, and gives nothing for unknown dates', () => {
    const links = addToCalendarLinks({ ...event, details: 'x'.repeat(2000), location: '' });
    expect(new URL(links.addToGoogle).searchParams.has('location')).toBe(false);
    expect(new URL(links.addToGoogle).searchParams.get('details')).toHaveLength(500);
    expect(addToCalendarLinks({ ...event, startsAt: new Date('') })).toEqual({ addToGoogle: '', addToOutlook: '' });
  });
});
