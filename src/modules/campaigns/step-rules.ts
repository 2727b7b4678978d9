import { EnrollmentCondition, MessageKind, StepAnchor, StepChannel, StepPhase } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { formatLocalTime, parseLocalTime } from './scheduling/local-time';
import { formatStepOffset, parseStepOffset } from './scheduling/step-offset';
import { CAMPAIGN_LINKS, type CampaignLinks } from '../templates/message-facts';

/** Links as stored: only those set, trimmed. */
export function tidyLinks(links: CampaignLinks | null | undefined): CampaignLinks {
  return Object.fromEntries(CAMPAIGN_LINKS.flatMap((name) => (links?.[name]?.trim() ? [[name, links[name]!.trim()]] : [])));
}

export interface VariantInput {
  key: string;
  templateVersionId: string;
  weight: number;
}

/** A step as written by a client: every field of a creation, or the changed fields of a patch. */
export interface StepInput {
  name?: string;
  phase?: StepPhase;
  anchor?: StepAnchor;
  offset?: string;
  localTime?: string | null;
  channel?: StepChannel;
  templateVersionId?: string;
  variants?: VariantInput[];
  personaIds?: string[];
  segmentId?: string | null;
  enrollmentCondition?: EnrollmentCondition | null;
  essential?: boolean;
  messageKind?: MessageKind | null;
  attachInvite?: boolean | null;
  links?: CampaignLinks | null;
  abTestFraction?: number | null;
  abDecideAfter?: string | null;
  position?: number;
}

/** A complete step, normalised: canonical offset, `HH:MM` local time, the pinned version resolved. */
export interface StepDraft {
  name: string;
  phase: StepPhase;
  anchor: StepAnchor;
  offset: string;
  localTime: string | null;
  channel: StepChannel;
  /** With variants, variant A's version (the first one), so the column always names a real version. */
  templateVersionId: string;
  variants: VariantInput[];
  personaIds: string[];
  segmentId: string | null;
  enrollmentCondition: EnrollmentCondition | null;
  essential: boolean;
  /** Service or promotional over the template's purpose; null: the purpose decides. */
  messageKind: MessageKind | null;
  /** Its emails carry the session's calendar invite; null = by the template's purpose (invitation, welcome). */
  attachInvite: boolean | null;
  /** Links over the campaign's; a patch replaces them whole. */
  links: CampaignLinks;
  /** Auto-winner test: the share of recipients who get the variants first; null = every recipient gets a variant. */
  abTestFraction: number | null;
  /** How long after the first sends the winner is decided (canonical ISO 8601 duration). */
  abDecideAfter: string | null;
  /** Null: after the last step. */
  position: number | null;
}

/** Anchors that only exist for a campaign on a session (not an evergreen course). */
export const SESSION_ANCHORS: ReadonlySet<StepAnchor> = new Set([StepAnchor.SessionStart, StepAnchor.SessionEnd, StepAnchor.EnrolBy]);

export type DraftResult = { ok: true; draft: StepDraft } | { ok: false; errors: ErrorDetail[] };

/**
 * Builds the step a creation (`existing` null) or a patch describes. Variants and a pinned
 * version are exclusive: with variants every recipient gets one of them, by weight; pinning a
 * version in a patch removes the variants. Paths are prefixed with `path` (`steps[2].`).
 */
export function draftStep(existing: StepDraft | null, input: StepInput, path = ''): DraftResult {
  const errors: ErrorDetail[] = [];
  // The given value, else the stored one; on creation the DTO has already required the mandatory fields.
  const field = <K extends keyof StepInput & keyof StepDraft>(key: K, fallback: StepDraft[K]): StepDraft[K] =>
    (input[key] !== undefined ? input[key] : existing ? existing[key] : fallback) as StepDraft[K];

  const versions = resolveVersions(existing, input, path, errors);
  checkVariantKeys(input.variants ?? [], path, errors);

  const offset = parseStepOffset(field('offset', ''));
  if (!offset.ok) errors.push({ path: `${path}offset`, message: offset.error });
  const localText = field('localTime', null);
  const localTime = localText === null ? null : parseLocalTime(localText);
  if (localTime && !localTime.ok) errors.push({ path: `${path}localTime`, message: localTime.error });
  const abTest = versions ? resolveAbTest(existing, input, versions.variants.length > 0, path, errors) : null;

  if (errors.length || !offset.ok || (localTime && !localTime.ok) || !versions || !abTest) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      name: field('name', '').trim(),
      phase: field('phase', StepPhase.Before),
      anchor: field('anchor', StepAnchor.Launch),
      offset: formatStepOffset(offset.value),
      localTime: localTime ? formatLocalTime(localTime.value) : null,
      channel: field('channel', StepChannel.Email),
      templateVersionId: versions.templateVersionId,
      variants: versions.variants,
      personaIds: field('personaIds', []),
      segmentId: field('segmentId', null),
      enrollmentCondition: field('enrollmentCondition', null),
      essential: field('essential', false),
      messageKind: field('messageKind', null),
      attachInvite: field('attachInvite', null),
      links: tidyLinks(input.links !== undefined ? input.links : (existing?.links ?? {})),
      abTestFraction: abTest.fraction,
      abDecideAfter: abTest.decideAfter,
      position: field('position', null),
    },
  };
}

function resolveVersions(
  existing: StepDraft | null,
  input: StepInput,
  path: string,
  errors: ErrorDetail[],
): { templateVersionId: string; variants: VariantInput[] } | null {
  const variants = input.variants;
  const pinned = input.templateVersionId;
  if (variants?.length && pinned !== undefined) {
    errors.push({ path: `${path}templateVersionId`, message: 'give either templateVersionId or variants, not both' });
    return null;
  }
  if (variants?.length === 1) {
    errors.push({ path: `${path}variants`, message: 'an A/B split needs at least 2 variants (or none)' });
    return null;
  }
  if (variants?.length) return { templateVersionId: variants[0].templateVersionId, variants };
  if (pinned !== undefined) return { templateVersionId: pinned, variants: [] };
  if (existing && variants === undefined) return { templateVersionId: existing.templateVersionId, variants: existing.variants };
  errors.push({
    path: `${path}templateVersionId`,
    message: existing ? 'removing the variants needs a templateVersionId to pin instead' : 'templateVersionId is required unless variants are given',
  });
  return null;
}

// An auto-winner test needs variants, a share below 1 and a positive delay; pinning one version ends it.
function resolveAbTest(
  existing: StepDraft | null,
  input: StepInput,
  hasVariants: boolean,
  path: string,
  errors: ErrorDetail[],
): { fraction: number | null; decideAfter: string | null } | null {
  if (!hasVariants) {
    if (input.abTestFraction != null || input.abDecideAfter != null) {
      errors.push({ path: `${path}abTestFraction`, message: 'an auto-winner test needs A/B variants' });
      return null;
    }
    return { fraction: null, decideAfter: null };
  }
  const fraction = input.abTestFraction !== undefined ? input.abTestFraction : (existing?.abTestFraction ?? null);
  const decideText = input.abDecideAfter !== undefined ? input.abDecideAfter : (existing?.abDecideAfter ?? null);
  if ((fraction === null) !== (decideText === null)) {
    errors.push({ path: `${path}${fraction === null ? 'abTestFraction' : 'abDecideAfter'}`, message: 'abTestFraction and abDecideAfter go together: set both, or neither' });
    return null;
  }
  if (decideText === null) return { fraction: null, decideAfter: null };
  const decideAfter = parseStepOffset(decideText);
  if (!decideAfter.ok) {
    errors.push({ path: `${path}abDecideAfter`, message: decideAfter.error });
    return null;
  }
  if (decideAfter.value.minutes <= 0) {
    errors.push({ path: `${path}abDecideAfter`, message: 'the winner is decided after a positive delay, e.g. PT24H' });
    return null;
  }
  return { fraction, decideAfter: formatStepOffset(decideAfter.value) };
}

function checkVariantKeys(variants: VariantInput[], path: string, errors: ErrorDetail[]): void {
  const seen = new Set<string>();
  variants.forEach((variant, index) => {
    if (seen.has(variant.key)) errors.push({ path: `${path}variants[${index}].key`, message: `duplicate variant key "${variant.key}"` });
    seen.add(variant.key);
  });
}

/** Where a step names template versions: its pinned one, or each variant's. */
export function versionRefs(draft: StepDraft, path = ''): Array<{ path: string; templateVersionId: string }> {
  if (draft.variants.length) {
    return draft.variants.map((v, i) => ({ path: `${path}variants[${i}].templateVersionId`, templateVersionId: v.templateVersionId }));
  }
  return [{ path: `${path}templateVersionId`, templateVersionId: draft.templateVersionId }];
}

/** The step columns a draft sets (position apart, which the service allots). */
export function toStepColumns(draft: StepDraft): Omit<StepDraft, 'position'> {
  const { position: _position, ...columns } = draft;
  return columns;
}

/** The draft of a stored step, so a patch can be applied to it. */
export function draftOfStep(step: StepDraft): StepDraft {
  return {
    name: step.name,
    phase: step.phase,
    anchor: step.anchor,
    offset: step.offset,
    localTime: step.localTime ? step.localTime.slice(0, 5) : null,
    channel: step.channel,
    templateVersionId: step.templateVersionId,
    variants: step.variants,
    personaIds: step.personaIds,
    segmentId: step.segmentId,
    enrollmentCondition: step.enrollmentCondition,
    essential: step.essential,
    messageKind: step.messageKind,
    attachInvite: step.attachInvite,
    links: step.links,
    abTestFraction: step.abTestFraction,
    abDecideAfter: step.abDecideAfter,
    position: step.position,
  };
}
