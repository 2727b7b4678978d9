import { createHash } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { StepNotice } from '../../common/enums';
import { TemplatePurpose } from '../templates/templates.enums';

/** Template purposes whose emails carry the session's invite unless their step says otherwise. */
const INVITE_PURPOSES: ReadonlySet<string> = new Set([TemplatePurpose.Invitation, TemplatePurpose.Welcome, TemplatePurpose.SessionChanged, TemplatePurpose.SessionCancelled]);

/**
 * Whether an email carries the session as a calendar invite: the step's own choice when it made
 * one (`attachInvite`), else on for invitations, welcomes and change notices. Only an email about a
 * session can.
 */
export function carriesInvite(step: { attachInvite: boolean | null; notice: StepNotice | null }, templatePurpose: string | null, hasSession: boolean): boolean {
  if (!hasSession) return false;
  if (step.attachInvite !== null) return step.attachInvite;
  return step.notice !== null || (templatePurpose !== null && INVITE_PURPOSES.has(templatePurpose));
}

/**
 * The invite's UID: one per learner and session, the same in every email that carries it
 * (invitation, welcome, notices), so a calendar updates the event it holds instead of adding one.
 * Opaque (a hash): it says nothing about the learner to whoever reads the file.
 */
export function inviteUid(workspaceId: string, sessionId: string, learnerId: string, domain: string): string {
  const hash = createHash('sha256').update(`${workspaceId}:${sessionId}:${learnerId}`).digest('hex').slice(0, 32);
  return `session-${hash}@${domain}`;
}

export interface SessionInvite {
  uid: string;
  /** The session's invite sequence: calendars apply an update only when it grows. */
  sequence: number;
  cancelled: boolean;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** The session's IANA zone: times are written in it, with its VTIMEZONE. */
  timeZone: string;
  location: string | null;
  meetingUrl: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** DTSTAMP: when this version of the invite was made. */
  now: Date;
}

/**
 * The session as an iCalendar object (RFC 5545) for iTIP (RFC 5546): `METHOD:REQUEST` with the
 * learner as attendee, or `METHOD:CANCEL` with `STATUS:CANCELLED` once the session is cancelled.
 * Times carry the session's zone and its VTIMEZONE (from the IANA database), so a calendar shows
 * them right whichever zone it is set to. Returns `method` and `content`, for the MIME part.
 */
export function sessionInviteIcs(invite: SessionInvite): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const method = invite.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = ical({ prodId: { company: 'Clarion', product: 'Clarion', language: 'EN' }, method });
  const zoned = (date: Date) => DateTime.fromJSDate(date, { zone: invite.timeZone });
  const location = invite.location ?? invite.meetingUrl;
  const description = [invite.description, invite.meetingUrl && invite.meetingUrl !== location ? invite.meetingUrl : null].filter(Boolean).join('\n\n');
  const event = calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    stamp: invite.now,
    start: zoned(invite.startsAt),
    end: zoned(invite.endsAt),
    timezone: invite.timeZone,
    summary: invite.title,
    description: description || null,
    location: location ?? null,
    url: invite.meetingUrl,
    status: invite.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: invite.organizer.name, email: invite.organizer.email },
  });
  event.createAttendee({ email: invite.attendee.email, name: invite.attendee.name || undefined, rsvp: !invite.cancelled });
  // The zone's definition goes before the event. It is added here rather than as the calendar's
  // zone: ical-generator would then write DTSTAMP in local time, where RFC 5545 wants UTC.
  const block = vtimezone(invite.timeZone);
  const content = calendar.toString().replace('BEGIN:VEVENT', block ? `${block}\r\nBEGIN:VEVENT` : 'BEGIN:VEVENT');
  return { method, content };
}

// A zone's definition, kept once looked up: the lookup costs about 0.4 ms, as much as the rest of an
// invite, and a worker sends to a few hundred zones at most.
const VTIMEZONES = new Map<string, string | null>();

function vtimezone(zone: string): string | null {
  if (zone === 'UTC' || zone === 'Etc/UTC') return null; // times in UTC need no definition
  if (!VTIMEZONES.has(zone)) {
    const block = tzlib_get_ical_block(zone);
    const text = Array.isArray(block) ? block[0] : null;
    VTIMEZONES.set(zone, text && text.startsWith('BEGIN:VTIMEZONE') ? text.replace(/\r?\n/g, '\r\n') : null);
  }
  return VTIMEZONES.get(zone)!;
}
