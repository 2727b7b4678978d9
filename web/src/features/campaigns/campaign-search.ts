/** What the campaign page opens on arrival, from its address: a settings section, or the "add step" form narrowed to a segment. */
export interface CampaignSearch {
  /** Opens the campaign settings on this section. */
  settings?: SettingsSection;
  /** Opens the "add step" form (after pausing, for a running campaign). */
  addStep?: true;
  /** With addStep: the step goes only to this segment. */
  segmentId?: string;
}

export const SETTINGS_SECTIONS = ['plan', 'goal', 'ambassadors', 'costs'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps only well-formed values: anything else is dropped rather than failing the page. */
export function validateCampaignSearch(search: Record<string, unknown>): CampaignSearch {
  const out: CampaignSearch = {};
  if (typeof search.settings === 'string' && (SETTINGS_SECTIONS as readonly string[]).includes(search.settings)) out.settings = search.settings as SettingsSection;
  if (search.addStep === true || search.addStep === 1 || search.addStep === '1' || search.addStep === 'true') out.addStep = true;
  if (out.addStep && typeof search.segmentId === 'string' && UUID.test(search.segmentId)) out.segmentId = search.segmentId;
  return out;
}
