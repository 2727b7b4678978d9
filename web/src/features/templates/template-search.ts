// The library's filters in the URL (shareable; the back button walks them). Kept free of imports
// so the router can use it without pulling the template screens into the first chunk.

export const CHANNELS = ['email', 'post', 'talking_points'] as const;
export const PHASES = ['before', 'during', 'after'] as const;
export const PURPOSES = [
  'teaser',
  'invitation',
  'sponsor_word',
  'enrolment_reminder',
  'last_call',
  'practical_info',
  'welcome',
  'nudge',
  'congratulations',
  'feedback_survey',
  'next_course',
  'talking_points',
  'session_announcement',
  'completion_celebration',
  'session_changed',
  'session_cancelled',
  'other',
] as const;
export const ARCHIVED = ['false', 'true', 'all'] as const;

export type Channel = (typeof CHANNELS)[number];
export type Phase = (typeof PHASES)[number];
export type Purpose = (typeof PURPOSES)[number];
export type ArchivedFilter = (typeof ARCHIVED)[number];

export interface TemplateSearch {
  q?: string;
  channel?: Channel;
  phase?: Phase;
  purpose?: Purpose;
  /** Absent: the active templates only. */
  archived?: Exclude<ArchivedFilter, 'false'>;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

export function validateTemplateSearch(search: Record<string, unknown>): TemplateSearch {
  const result: TemplateSearch = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q.slice(0, 200);
  const channel = oneOf(CHANNELS, search.channel);
  if (channel) result.channel = channel;
  const phase = oneOf(PHASES, search.phase);
  if (phase) result.phase = phase;
  const purpose = oneOf(PURPOSES, search.purpose);
  if (purpose) result.purpose = purpose;
  const archived = oneOf(['true', 'all'] as const, search.archived);
  if (archived) result.archived = archived;
  return result;
}
