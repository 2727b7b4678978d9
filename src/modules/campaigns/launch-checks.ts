import { Channel, SessionStatus, StepAnchor, StepChannel, StepPhase } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { CAMPAIGN_LINKS, type CampaignLinkName } from '../templates/message-facts';
import { parseLocalTime } from './scheduling/local-time';
import { stepSendTime } from './scheduling/send-time';
import { parseStepOffset } from './scheduling/step-offset';

/** A template version a step (or one of its A/B variants) pins, as found in the workspace. */
export interface PinnedVersion {
  /** Where it is named in the plan: `steps[2].templateVersionId`, `steps[2].variants[1].templateVersionId`. */
  path: string;
  /** The channel of its template; null when the version does not exist (any more) in the workspace. */
  channel: Channel | null;
  /** The locales of its variants (`fr`, `en-GB`). */
  locales: string[];
  /** The declared variables it uses (`links.survey`…); none known when absent. */
  variables?: string[];
}

export interface LocaleCount {
  locale: string;
  count: number;
}

export interface StepFacts {
  phase: StepPhase;
  anchor: StepAnchor;
  offset: string;
  /** `HH:MM` or `HH:MM:SS` as stored, or null. */
  localTime: string | null;
  channel: StepChannel;
  versions: PinnedVersion[];
  /** Where the step's links lead (its own, else the campaign's, else for enrolling the course page; '' for none). */
  links: Record<CampaignLinkName, string>;
  /** Recipients by locale; null when not checked (posts, or the campaign allows locale fallback). */
  recipientLocales: LocaleCount[] | null;
}

export interface LaunchFacts {
  now: Date;
  /** The campaign's own sender address, else the applicable brand kit's (the one named, else the workspace's default); null when none. */
  senderEmail: string | null;
  session: { startsAt: Date; endsAt: Date; enrolBy: Date | null; status: SessionStatus } | null;
  /** Null when it could not be counted (a segment of the audience is missing): the check is then skipped. */
  audienceCount: number | null;
  enabledNetworkChannels: number;
  ambassadors: number;
  /** The time zones a local send time may be read in (the learners'); the earliest one decides "in the past". */
  zones: string[];
  steps: StepFacts[];
}

const TEMPLATE_CHANNEL: Readonly<Record<StepChannel, Channel>> = {
  [StepChannel.Email]: Channel.Email,
  [StepChannel.Preferred]: Channel.Email,
  [StepChannel.Post]: Channel.Post,
  [StepChannel.TalkingPoints]: Channel.TalkingPoints,
};

/** Why a campaign cannot be launched, by stable code with its values in `params`: clients word them in their reader's language. */
export enum LaunchProblem {
  /** A template lacks the language of some recipients: `language`, `count`, `recipients` (learner or ambassador). */
  MissingLocale = 'LAUNCH.MISSING_LOCALE',
  /** The step's first send is already past: `at`. */
  StepInThePast = 'LAUNCH.STEP_IN_THE_PAST',
  NoSteps = 'LAUNCH.NO_STEPS',
  NoSender = 'LAUNCH.NO_SENDER',
  SessionCancelled = 'LAUNCH.SESSION_CANCELLED',
  EmptyAudience = 'LAUNCH.EMPTY_AUDIENCE',
  /** A before or during step after the session's end: `phase`, `endedAt`. */
  SessionEnded = 'LAUNCH.SESSION_ENDED',
  /** Anchored on the session (`anchor`) in a campaign without one. */
  NoSession = 'LAUNCH.NO_SESSION',
  NoEnrolBy = 'LAUNCH.NO_ENROL_BY',
  NoNetworkChannel = 'LAUNCH.NO_NETWORK_CHANNEL',
  NoAmbassadors = 'LAUNCH.NO_AMBASSADORS',
  NoSuchVersion = 'LAUNCH.NO_SUCH_VERSION',
  /** `templateChannel`, `stepChannel`, `expected`. */
  WrongTemplateChannel = 'LAUNCH.WRONG_TEMPLATE_CHANNEL',
  /** A link the template uses leads nowhere: `link` (enrol, survey, certificate). */
  LinkNowhere = 'LAUNCH.LINK_NOWHERE',
}

/** The channel a step's template versions must have: email and preferred steps use email templates. */
export function templateChannelFor(channel: StepChannel): Channel {
  return TEMPLATE_CHANNEL[channel];
}

/** `fr-CA` → `fr`: templates are matched to learners on the language only. */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0].toLowerCase();
}

/**
 * Every reason a campaign cannot be launched yet, each with the path of what to fix. Empty means
 * launchable. Pure: the service gathers the facts (audience counts, template locales…) first.
 */
export function launchProblems(facts: LaunchFacts): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (facts.steps.length === 0) problems.push({ path: 'steps', message: 'the plan has no steps', code: LaunchProblem.NoSteps });
  if (!facts.senderEmail) {
    problems.push({
      path: 'senderEmail',
      code: LaunchProblem.NoSender,
      message:
        "no sender: the campaign has no senderEmail and no brand kit applies (without a kit named, the workspace's default kit gives the sender, and there is none); set senderEmail (and senderName), choose a brand kit, or make one the default",
    });
  }
  if (facts.session?.status === SessionStatus.Cancelled) problems.push({ path: 'sessionId', message: 'the session is cancelled', code: LaunchProblem.SessionCancelled });

  const reachesLearners = facts.steps.some((s) => s.channel === StepChannel.Email || s.channel === StepChannel.Preferred);
  if (facts.audienceCount === 0 && (reachesLearners || facts.steps.length === 0)) {
    problems.push({ path: 'includeSegmentIds', message: 'the audience is empty: no learner is in the included segments and out of the excluded ones', code: LaunchProblem.EmptyAudience });
  }

  facts.steps.forEach((step, index) => problems.push(...stepProblems(step, `steps[${index}]`, facts)));
  return problems;
}

function stepProblems(step: StepFacts, path: string, facts: LaunchFacts): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const { session } = facts;

  if (session && session.endsAt <= facts.now && step.phase !== StepPhase.After) {
    problems.push({
      path: `${path}.phase`,
      message: `a ${step.phase} step, but the session ended at ${session.endsAt.toISOString()}`,
      code: LaunchProblem.SessionEnded,
      params: { phase: step.phase, endedAt: session.endsAt.toISOString() },
    });
  }

  const anchor = anchorInstant(step.anchor, facts);
  if (anchor === 'no-session') {
    problems.push({ path: `${path}.anchor`, message: `anchored on ${step.anchor}, but the campaign has no session`, code: LaunchProblem.NoSession, params: { anchor: step.anchor } });
  } else if (anchor === 'no-enrol-by') {
    problems.push({ path: `${path}.anchor`, message: 'anchored on enrol_by, but the session has no enrol-by date', code: LaunchProblem.NoEnrolBy });
  } else if (anchor) {
    const first = earliestSend(step, anchor, facts.zones);
    if (first && first < facts.now) {
      problems.push({
        path: `${path}.offset`,
        message: `the step would first send at ${first.toISOString()}, which is in the past`,
        code: LaunchProblem.StepInThePast,
        params: { at: first.toISOString() },
      });
    }
  }

  if (step.channel === StepChannel.Post && facts.enabledNetworkChannels === 0) {
    problems.push({ path: `${path}.channel`, message: 'a post step, but the campaign has no enabled network channel', code: LaunchProblem.NoNetworkChannel });
  }
  if (step.channel === StepChannel.TalkingPoints && facts.ambassadors === 0) {
    problems.push({ path: `${path}.channel`, message: 'a talking-points step, but the campaign has no ambassadors', code: LaunchProblem.NoAmbassadors });
  }

  const expected = templateChannelFor(step.channel);
  const recipients = step.channel === StepChannel.TalkingPoints ? 'ambassador' : 'learner';
  for (const version of step.versions) {
    if (version.channel === null) {
      problems.push({ path: version.path, message: 'no such template version', code: LaunchProblem.NoSuchVersion });
      continue;
    }
    if (version.channel !== expected) {
      problems.push({
        path: version.path,
        message: `the template is for ${version.channel}, but ${step.channel} steps need a template for ${expected}`,
        code: LaunchProblem.WrongTemplateChannel,
        params: { templateChannel: version.channel, stepChannel: step.channel, expected },
      });
      continue;
    }
    if (step.recipientLocales) problems.push(...missingLocales(version, step.recipientLocales, recipients));
    for (const name of CAMPAIGN_LINKS) {
      if (version.variables?.includes(`links.${name}`) && !step.links[name]) {
        problems.push({
          path: `${path}.links.${name}`,
          message: `the template uses links.${name}, which leads nowhere: set links.${name} on the campaign or on this step${name === 'enrol' ? ' (or give the course its LMS page)' : ''}`,
          code: LaunchProblem.LinkNowhere,
          params: { link: name },
        });
      }
    }
  }
  return problems;
}

/** The anchor instant of a step that has a fixed one; null for learner-event anchors. */
function anchorInstant(anchor: StepAnchor, facts: LaunchFacts): Date | null | 'no-session' | 'no-enrol-by' {
  switch (anchor) {
    case StepAnchor.Launch:
      return facts.now;
    case StepAnchor.SessionStart:
      return facts.session ? facts.session.startsAt : 'no-session';
    case StepAnchor.SessionEnd:
      return facts.session ? facts.session.endsAt : 'no-session';
    case StepAnchor.EnrolBy:
      if (!facts.session) return 'no-session';
      return facts.session.enrolBy ?? 'no-enrol-by';
    case StepAnchor.LearnerEnrolled:
    case StepAnchor.LearnerCompleted:
      return null;
  }
}

// With a local send time each zone has its own instant; the earliest is the one that may already be past.
function earliestSend(step: StepFacts, anchor: Date, zones: string[]): Date | null {
  const offset = parseStepOffset(step.offset);
  if (!offset.ok) return null;
  const localTime = step.localTime ? parseLocalTime(step.localTime) : null;
  if (localTime && !localTime.ok) return null;
  if (!localTime) return stepSendTime({ anchor, offset: offset.value, localTime: null, zone: 'UTC' });
  const instants = (zones.length ? zones : ['UTC']).map((zone) => stepSendTime({ anchor, offset: offset.value, localTime: localTime.value, zone }));
  return new Date(Math.min(...instants.map((d) => d.getTime())));
}

function missingLocales(version: PinnedVersion, recipients: LocaleCount[], noun: string): ErrorDetail[] {
  const available = new Set(version.locales.map(languageOf));
  const missing = new Map<string, number>();
  for (const { locale, count } of recipients) {
    const language = languageOf(locale);
    if (count > 0 && !available.has(language)) missing.set(language, (missing.get(language) ?? 0) + count);
  }
  return [...missing]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, count]) => ({
      path: version.path,
      message: `no "${language}" variant for ${count} ${noun}${count === 1 ? '' : 's'}`,
      code: LaunchProblem.MissingLocale,
      params: { language, count, recipients: noun },
    }));
}
