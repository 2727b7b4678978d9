import { Channel } from '../../common/enums';
import type { BrandStyle } from '../branding/brand-style';

/** What a variable holds; `url` values are only ever http(s), `date` values ISO 8601 strings. */
export type VariableType = 'string' | 'number' | 'date' | 'url' | 'list';

/** The declared variables: a tree whose leaves are types. */
export interface VariableSchema {
  [name: string]: VariableType | VariableSchema;
}

export interface BrandColors {
  primary: string;
  secondary: string;
  accent: string;
  text: string;
  muted: string;
  background: string;
  surface: string;
  buttonText: string;
}

/** Everything a template may refer to. Campaigns build one per recipient; previews use samples. */
export interface RenderContext {
  learner: {
    firstName: string;
    lastName: string;
    email: string;
    locale: string;
    timeZone: string;
    department: string;
    jobTitle: string;
    site: string;
    country: string;
  };
  persona: { name: string; tone: string };
  course: { title: string; description: string; modality: string; durationMinutes: number | null; lmsUrl: string; skills: string[] };
  session: {
    title: string;
    startsAt: string;
    endsAt: string;
    enrolBy: string;
    location: string;
    meetingUrl: string;
    timeZone: string;
    seatsLeft: number | null;
  };
  campaign: { name: string; goal: string };
  sponsor: { name: string; title: string; quote: string; photoUrl: string };
  ambassador: { firstName: string; lastName: string; shareUrl: string; pageUrl: string };
  brand: { name: string; colors: BrandColors; logoUrl: string; logoAlt: string; fontFamily: string; senderName: string; footerText: string; legalMention: string };
  links: {
    enrol: string;
    course: string;
    unsubscribe: string;
    preferences: string;
    share: string;
    certificate: string;
    survey: string;
    /** The session in Google Calendar or Outlook, ready to save (empty without a session). */
    addToGoogle: string;
    addToOutlook: string;
  };
}

/**
 * The `brand` variables of a render context, from the brand kit the email is compiled with: the
 * layout shows the kit's text (name, logo alt text, footer, legal mention) through them, escaped.
 */
export function brandVariables(brand: BrandStyle): RenderContext['brand'] {
  return {
    name: brand.name,
    colors: { ...brand.colors },
    logoUrl: brand.logoUrl,
    logoAlt: brand.logoAlt || brand.name,
    fontFamily: brand.fontFamily,
    senderName: brand.senderName,
    footerText: brand.footerText,
    legalMention: brand.legalMention,
  };
}

const LEARNER: VariableSchema = {
  firstName: 'string',
  lastName: 'string',
  email: 'string',
  locale: 'string',
  timeZone: 'string',
  department: 'string',
  jobTitle: 'string',
  site: 'string',
  country: 'string',
};
const PERSONA: VariableSchema = { name: 'string', tone: 'string' };
const COURSE: VariableSchema = { title: 'string', description: 'string', modality: 'string', durationMinutes: 'number', lmsUrl: 'url', skills: 'list' };
const SESSION: VariableSchema = {
  title: 'string',
  startsAt: 'date',
  endsAt: 'date',
  enrolBy: 'date',
  location: 'string',
  meetingUrl: 'url',
  timeZone: 'string',
  seatsLeft: 'number',
};
const CAMPAIGN: VariableSchema = { name: 'string', goal: 'string' };
const SPONSOR: VariableSchema = { name: 'string', title: 'string', quote: 'string', photoUrl: 'url' };
const AMBASSADOR: VariableSchema = { firstName: 'string', lastName: 'string', shareUrl: 'url', pageUrl: 'url' };
const BRAND: VariableSchema = {
  name: 'string',
  colors: { primary: 'string', secondary: 'string', accent: 'string', text: 'string', muted: 'string', background: 'string', surface: 'string', buttonText: 'string' },
  logoUrl: 'url',
  logoAlt: 'string',
  fontFamily: 'string',
  senderName: 'string',
  footerText: 'string',
  legalMention: 'string',
};
const ALL_LINKS: VariableSchema = {
  enrol: 'url',
  course: 'url',
  unsubscribe: 'url',
  preferences: 'url',
  share: 'url',
  certificate: 'url',
  survey: 'url',
  addToGoogle: 'url',
  addToOutlook: 'url',
};

/** Emails go to one learner: everything is available. */
export const EMAIL_SCHEMA: VariableSchema = {
  learner: LEARNER,
  persona: PERSONA,
  course: COURSE,
  session: SESSION,
  campaign: CAMPAIGN,
  sponsor: SPONSOR,
  ambassador: AMBASSADOR,
  brand: BRAND,
  links: ALL_LINKS,
};

// Talking points go to the ambassador, who is addressed as `ambassador`, not as a learner.
export const TALKING_POINTS_SCHEMA: VariableSchema = {
  course: COURSE,
  session: SESSION,
  campaign: CAMPAIGN,
  sponsor: SPONSOR,
  ambassador: AMBASSADOR,
  brand: BRAND,
  links: ALL_LINKS,
};

// Posts are public to the network: no learner, no persona, no personal link.
export const POST_SCHEMA: VariableSchema = {
  course: COURSE,
  session: SESSION,
  campaign: CAMPAIGN,
  sponsor: SPONSOR,
  brand: BRAND,
  links: { enrol: 'url', course: 'url' },
};

export function variableSchemaFor(channel: Channel): VariableSchema {
  switch (channel) {
    case Channel.Email:
      return EMAIL_SCHEMA;
    case Channel.TalkingPoints:
      return TALKING_POINTS_SCHEMA;
    case Channel.Post:
      return POST_SCHEMA;
  }
}

/** Every leaf of a schema as a dotted path with its type (`learner.firstName` → string). */
export function schemaLeaves(schema: VariableSchema, prefix = ''): Array<{ path: string; type: VariableType }> {
  return Object.entries(schema).flatMap(([name, node]) =>
    typeof node === 'string' ? [{ path: `${prefix}${name}`, type: node }] : schemaLeaves(node, `${prefix}${name}.`),
  );
}

/** Only http(s) URLs reach a template; anything else becomes an empty string. */
export function safeUrl(value: unknown): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : '';
}

const URL_FIELDS: Array<[keyof RenderContext, string[]]> = [
  ['course', ['lmsUrl']],
  ['session', ['meetingUrl']],
  ['sponsor', ['photoUrl']],
  ['ambassador', ['shareUrl', 'pageUrl']],
  ['brand', ['logoUrl']],
  ['links', Object.keys(ALL_LINKS)],
];
const DATE_FIELDS = ['startsAt', 'endsAt', 'enrolBy'] as const;

/**
 * Makes a context safe to render: URL fields that are not http(s) are blanked, dates become ISO
 * strings. Values are otherwise left to Handlebars, which escapes them. Copies only what it changes.
 */
export function normalizeContext(context: RenderContext): RenderContext {
  const copy = { ...context } as Record<keyof RenderContext, Record<string, unknown>>;
  for (const [group, fields] of URL_FIELDS) {
    const source = context[group] as Record<string, unknown> | undefined;
    if (!source) continue;
    const target = { ...source };
    for (const field of fields) target[field] = safeUrl(source[field]);
    copy[group] = target;
  }
  if (context.session) {
    const session = copy.session;
    for (const field of DATE_FIELDS) {
      const value: unknown = session[field];
      if (value instanceof Date) session[field] = value.toISOString();
    }
  }
  return copy as unknown as RenderContext;
}
