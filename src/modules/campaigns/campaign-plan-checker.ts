import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { BrandKitsService } from '../branding/brand-kits.service';
import { CampaignReferencesRepository, ReferencedTable } from './campaign-references.repository';
import { templateChannelFor } from './launch-checks';
import { SESSION_ANCHORS, versionRefs, type StepDraft } from './step-rules';

/** The references of a campaign to check: only those being set (a patch checks what it changes). */
export interface CampaignRefs {
  courseId?: string;
  /** Checked against `courseId` (the new one, or the campaign's). */
  sessionId?: string | null;
  brandKitId?: string | null;
  ambassadorIds?: string[];
  networkChannelIds?: string[];
  includeSegmentIds?: string[];
  excludeSegmentIds?: string[];
}

const LIST_REFS: Array<{ field: keyof CampaignRefs; table: ReferencedTable; noun: string }> = [
  { field: 'ambassadorIds', table: ReferencedTable.Learner, noun: 'learner' },
  { field: 'networkChannelIds', table: ReferencedTable.NetworkChannel, noun: 'network channel' },
  { field: 'includeSegmentIds', table: ReferencedTable.Segment, noun: 'segment' },
  { field: 'excludeSegmentIds', table: ReferencedTable.Segment, noun: 'segment' },
];

/**
 * Checks that what a plan refers to exists in the campaign's workspace and fits where it is used.
 * The checks run in the caller's transaction and lock what they find against deletion until it
 * ends, so a segment, template, brand kit or channel cannot be deleted under a plan being written
 * or launched (deleting checks the campaigns that use it once it holds the row).
 */
@Injectable()
export class CampaignPlanChecker {
  constructor(
    private readonly references: CampaignReferencesRepository,
    private readonly brandKits: BrandKitsService,
  ) {}

  async campaignProblems(workspaceId: string, refs: CampaignRefs, courseId: string, manager: EntityManager): Promise<ErrorDetail[]> {
    const problems: ErrorDetail[] = [];
    if (refs.courseId !== undefined) {
      const found = await this.references.existingIds(ReferencedTable.Course, workspaceId, [refs.courseId], manager);
      if (!found.has(refs.courseId)) problems.push({ path: 'courseId', message: 'no such course' });
    }
    if (refs.sessionId) {
      const session = await this.references.findSession(workspaceId, refs.sessionId, manager);
      if (!session) problems.push({ path: 'sessionId', message: 'no such session' });
      else if (session.courseId !== courseId) problems.push({ path: 'sessionId', message: `not a session of course ${courseId}` });
    }
    if (refs.brandKitId !== undefined) {
      // Also with no kit named: the workspace's default then applies, and is held like a named one.
      const kit = await this.brandKits.applicableKit(workspaceId, refs.brandKitId, manager);
      if (refs.brandKitId && !kit) problems.push({ path: 'brandKitId', message: 'no such brand kit' });
    }
    for (const { field, table, noun } of LIST_REFS) {
      const ids = refs[field] as string[] | undefined;
      if (!ids?.length) continue;
      const found = await this.references.existingIds(table, workspaceId, ids, manager);
      ids.forEach((id, i) => {
        if (!found.has(id)) problems.push({ path: `${field}[${i}]`, message: `no such ${noun}` });
      });
    }
    const excluded = new Set(refs.excludeSegmentIds ?? []);
    (refs.includeSegmentIds ?? []).forEach((id, i) => {
      if (excluded.has(id)) problems.push({ path: `includeSegmentIds[${i}]`, message: 'this segment is also excluded' });
    });
    return problems;
  }

  /** Each step's template versions (existing, of the step's channel), personas, segment, and session anchor. */
  async stepProblems(
    workspaceId: string,
    sessionId: string | null,
    steps: Array<{ path: string; draft: StepDraft }>,
    manager: EntityManager,
  ): Promise<ErrorDetail[]> {
    const versionIds = steps.flatMap(({ draft }) => versionRefs(draft).map((ref) => ref.templateVersionId));
    const unique = (ids: string[]) => [...new Set(ids)];
    const [versions, personas, segments] = await Promise.all([
      this.references.findTemplateVersions(workspaceId, unique(versionIds), manager),
      this.references.existingIds(ReferencedTable.Persona, workspaceId, unique(steps.flatMap((s) => s.draft.personaIds)), manager),
      this.references.existingIds(ReferencedTable.Segment, workspaceId, unique(steps.flatMap((s) => (s.draft.segmentId ? [s.draft.segmentId] : []))), manager),
    ]);

    const problems: ErrorDetail[] = [];
    for (const { path, draft } of steps) {
      if (!sessionId && SESSION_ANCHORS.has(draft.anchor)) {
        problems.push({ path: `${path}anchor`, message: `${draft.anchor} needs a campaign on a session; this one is on an evergreen course (use launch, learner_enrolled or learner_completed)` });
      }
      for (const ref of versionRefs(draft, path)) {
        const version = versions.get(ref.templateVersionId);
        const expected = templateChannelFor(draft.channel);
        if (!version) problems.push({ path: ref.path, message: 'no such template version' });
        else if (version.channel !== expected) {
          problems.push({ path: ref.path, message: `the template is for ${version.channel}, but ${draft.channel} steps need a template for ${expected}` });
        } else if (!version.approved) {
          problems.push({ path: ref.path, message: `version ${version.version} of "${version.name}" is not approved: the workspace asks for a review before a step uses a template` });
        }
      }
      draft.personaIds.forEach((id, i) => {
        if (!personas.has(id)) problems.push({ path: `${path}personaIds[${i}]`, message: 'no such persona' });
      });
      if (draft.segmentId && !segments.has(draft.segmentId)) problems.push({ path: `${path}segmentId`, message: 'no such segment' });
    }
    return problems;
  }
}
