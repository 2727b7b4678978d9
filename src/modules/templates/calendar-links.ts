/** A session as an "add to calendar" link shows it. */
export interface CalendarLinkEvent {
  title: string;
  details: string;
  startsAt: Date;
  endsAt: Date;
  /** The place, or the meeting link when there is no place. */
  location: string;
}

// Calendar links carry the description in their URL: a long one is cut (browsers and proxies refuse long URLs).
const MAX_DETAILS = 500;

/** `20260302T080000Z`: the UTC form both calendars read, whatever the reader's zone. */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * "Add to Google Calendar" and "Add to Outlook" links for a session (`links.addToGoogle`,
 * `links.addToOutlook`): each opens the calendar's new-event form filled in. Outlook's is the
 * Microsoft 365 one (outlook.office.com), the calendar of a company's employees. Empty for a
 * session whose dates are not known.
 */
export function addToCalendarLinks(event: CalendarLinkEvent): { addToGoogle: string; addToOutlook: string } {
  if (Number.isNaN(event.startsAt.getTime()) || Number.isNaN(event.endsAt.getTime())) return { addToGoogle: '', addToOutlook: '' };
  const details = event.details.length > MAX_DETAILS ? `${event.details.slice(0, MAX_DETAILS - 1)}…` : event.details;
  const google = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates: `${utcStamp(event.startsAt)}/${utcStamp(event.endsAt)}` });
  if (details) google.set('details', details);
  if (event.location) google.set('location', event.location);
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: event.startsAt.toISOString(),
    enddt: event.endsAt.toISOString(),
  });
  if (details) outlook.set('body', details);
  if (event.location) outlook.set('location', event.location);
  return {
    addToGoogle: `https://calendar.google.com/calendar/render?${google.toString()}`,
    addToOutlook: `https://outlook.office.com/calendar/0/action/compose?${outlook.toString()}`,
  };
}
