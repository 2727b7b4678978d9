import { Channel } from '../../common/enums';
import { localise } from '../../common/i18n/localised-content';
import type { BrandStyle } from '../branding/brand-style';
import { COURSE_TEXT_FIELDS, type CourseTranslation } from '../courses/course.entity';
import { addToCalendarLinks } from './calendar-links';
import { brandVariables, type RenderContext } from './render-context';

/** The links a campaign (or a step, overriding it) sets: what `links.enrol`, `links.survey`, `links.certificate` lead to. */
export interface CampaignLinks {
  enrol?: string | null;
  survey?: string | null;
  certificate?: string | null;
}

export const CAMPAIGN_LINKS = ['enrol', 'survey', 'certificate'] as const;
export type CampaignLinkName = (typeof CAMPAIGN_LINKS)[number];

/**
 * Where each link leads, the one rule: the step's, else the campaign's; enrolling falls back to the
 * course's LMS page (where one enrols), a survey or a certificate to nothing ('').
 */
export function resolveLinks(step: CampaignLinks | null | undefined, campaign: CampaignLinks | null | undefined, courseLmsUrl: string | null): Record<CampaignLinkName, string> {
  const pick = (name: CampaignLinkName) => step?.[name] || campaign?.[name] || '';
  return { enrol: pick('enrol') || courseLmsUrl || '', survey: pick('survey'), certificate: pick('certificate') };
}

/**
 * What a message to one learner of one campaign is made of: the learner, their persona, the
 * campaign, its course and session, and the workspace's language and zone. Loaded by the sender
 * for each delivery and by previews "as a learner of a campaign", with the same columns, so a
 * preview shows what the engine will send.
 */
export interface MessageFacts {
  channel: Channel;
  workspaceDefaultLocale: string;
  workspaceTimeZone: string;
  learner: {
    externalId: string;
    email: string;
    firstName: string | null;
    lastName: string | null;
    locale: string;
    timeZone: string;
    department: string | null;
    jobTitle: string | null;
    site: string | null;
    country: string | null;
  } | null;
  persona: { name: string; tone: string | null } | null;
  campaign: {
    name: string;
    goalEnrolments: number | null;
    brandKitId: string | null;
    senderName: string | null;
    senderEmail: string | null;
    replyTo: string | null;
    sponsor: { name?: string; title?: string; quote?: string; photoUrl?: string } | null;
    links: CampaignLinks;
  };
  /** The step's own links, overriding the campaign's (none for a preview that names no step). */
  stepLinks?: CampaignLinks | null;
  course: { id: string; title: string; description: string | null; modality: string; durationMinutes: number | null; lmsUrl: string | null; skills: string[]; translations: CourseTranslation[] };
  session: {
    id: string;
    title: string | null;
    startsAt: string;
    endsAt: string;
    enrolBy: string | null;
    location: string | null;
    meetingUrl: string | null;
    timeZone: string;
    seatsLeft: number | null;
    /** SEQUENCE of its calendar invites, and whether it is cancelled (the invite is then a CANCEL). */
    inviteSequence: number;
    status: string;
  } | null;
}

/**
 * The select list of `MessageFacts` (but `channel`), over workspaces `w`, learners `l` (may be
 * null), personas `p`, campaigns `c`, courses `co`, course_sessions `cs` and `seats` (`taken`:
 * seats taken in the session).
 */
export const MESSAGE_FACTS_COLUMNS = `
  w.default_locale AS "workspaceDefaultLocale", w.time_zone AS "workspaceTimeZone",
  CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object(
    'externalId', l.external_id, 'email', l.email, 'firstName', l.first_name, 'lastName', l.last_name,
    'locale', l.locale, 'timeZone', l.time_zone, 'department', l.department, 'jobTitle', l.job_title,
    'site', l.site, 'country', l.country) END AS learner,
  CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name, 'tone', p.tone) END AS persona,
  json_build_object('name', c.name, 'goalEnrolments', c.goal_enrolments, 'brandKitId', c.brand_kit_id,
    'senderName', c.sender_name, 'senderEmail', c.sender_email, 'replyTo', c.reply_to, 'sponsor', c.sponsor, 'links', c.links) AS campaign,
  json_build_object('id', co.id, 'title', co.title, 'description', co.description, 'modality', co.modality,
    'durationMinutes', co.duration_minutes, 'lmsUrl', co.lms_url, 'skills', co.skills, 'translations', co.translations) AS course,
  CASE WHEN cs.id IS NULL THEN NULL ELSE json_build_object(
    'id', cs.id, 'title', cs.title, 'startsAt', cs.starts_at, 'endsAt', cs.ends_at, 'enrolBy', cs.enrol_by,
    'location', cs.location, 'meetingUrl', cs.meeting_url, 'timeZone', cs.time_zone,
    'inviteSequence', cs.invite_sequence, 'status', cs.status,
    'seatsLeft', CASE WHEN cs.capacity IS NULL THEN NULL ELSE greatest(cs.capacity - coalesce(seats.taken, 0), 0) END) END AS session`;

/** A learner as templates see them (every field a string; nobody: all empty). */
export function learnerVariables(l: Omit<NonNullable<MessageFacts['learner']>, 'externalId'> | null): RenderContext['learner'] {
  if (!l) return { firstName: '', lastName: '', email: '', locale: '', timeZone: '', department: '', jobTitle: '', site: '', country: '' };
  return {
    firstName: l.firstName ?? '',
    lastName: l.lastName ?? '',
    email: l.email,
    locale: l.locale,
    timeZone: l.timeZone,
    department: l.department ?? '',
    jobTitle: l.jobTitle ?? '',
    site: l.site ?? '',
    country: l.country ?? '',
  };
}

/** The URLs a message carries that are not the course's: its unsubscribe link, and an ambassador's share link. */
export interface MessageUrls {
  /** '' in a service message: it carries no unsubscribe link (the footer then shows only the preferences). */
  unsubscribe: string;
  /** The preference page; the unsubscribe URL when not given (the same page, which only changes anything on POST). */
  preferences?: string;
  share: string | null;
  /** The ambassador's personal page (talking points only). */
  page?: string | null;
}

/**
 * The render context of a message, from its facts: the brand (already in the message's language),
 * the course's words in `locale`, no learner data in a post, the ambassador being the recipient of
 * talking points.
 */
export function renderContextOf(facts: MessageFacts, brand: BrandStyle, locale: string, urls: MessageUrls): RenderContext {
  const l = facts.learner;
  const { session, campaign } = facts;
  const course = localise(facts.course, facts.course.translations, COURSE_TEXT_FIELDS, { reader: locale, workspace: facts.workspaceDefaultLocale });
  const courseUrl = course.lmsUrl ?? '';
  const share = urls.share ?? courseUrl;
  const links = resolveLinks(facts.stepLinks, campaign.links, course.lmsUrl);
  const calendar = session
    ? addToCalendarLinks({
        title: session.title ?? course.title,
        details: course.description ?? '',
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
        location: session.location ?? session.meetingUrl ?? '',
      })
    : { addToGoogle: '', addToOutlook: '' };
  return {
    // Posts go to a channel, never to a person: they get no learner data at all.
    learner: facts.channel === Channel.Post || !l ? learnerVariables(null) : learnerVariables(l),
    persona: { name: facts.persona?.name ?? '', tone: facts.persona?.tone ?? '' },
    course: {
      title: course.title,
      description: course.description ?? '',
      modality: course.modality,
      durationMinutes: course.durationMinutes,
      lmsUrl: courseUrl,
      skills: course.skills,
    },
    session: {
      title: session?.title ?? course.title,
      startsAt: session?.startsAt ?? '',
      endsAt: session?.endsAt ?? '',
      enrolBy: session?.enrolBy ?? '',
      location: session?.location ?? '',
      meetingUrl: session?.meetingUrl ?? '',
      timeZone: session?.timeZone ?? facts.workspaceTimeZone,
      seatsLeft: session?.seatsLeft ?? null,
    },
    campaign: { name: campaign.name, goal: campaign.goalEnrolments ? String(campaign.goalEnrolments) : '' },
    sponsor: {
      name: campaign.sponsor?.name ?? '',
      title: campaign.sponsor?.title ?? '',
      quote: campaign.sponsor?.quote ?? '',
      photoUrl: campaign.sponsor?.photoUrl ?? '',
    },
    ambassador: {
      firstName: facts.channel === Channel.TalkingPoints ? (l?.firstName ?? '') : '',
      lastName: facts.channel === Channel.TalkingPoints ? (l?.lastName ?? '') : '',
      shareUrl: share,
      // Where no page exists yet (a preview), the share link stands in, so the email's button always leads somewhere.
      pageUrl: facts.channel === Channel.TalkingPoints ? urls.page || share : '',
    },
    brand: brandVariables(brand),
    links: {
      enrol: links.enrol,
      course: courseUrl,
      unsubscribe: urls.unsubscribe,
      preferences: urls.preferences ?? urls.unsubscribe,
      share,
      certificate: links.certificate,
      survey: links.survey,
      ...calendar,
    },
  };
}
