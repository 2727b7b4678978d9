import { Injectable } from '@nestjs/common';
import { CampaignStatus } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor';
import type { Campaign } from './campaign.entity';
import { CampaignPlanChecker, type CampaignRefs } from './campaign-plan-checker';
import type { CampaignStep } from './campaign-step.entity';
import { isEditable } from './campaign-status';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository, type StepValues } from './campaigns.repository';
import type { CloneCampaignDto, CreateCampaignDto, ListCampaignsQueryDto, UpdateCampaignDto } from './dto/campaign.dto';
import { SESSION_ANCHORS, draftStep, tidyLinks, toStepColumns, type StepDraft } from './step-rules';

/** Fields that cannot change once deliveries may have been planned against them. */
const LOCKED_AFTER_LAUNCH = ['courseId', 'sessionId'] as const;

/** Fields outside the sending plan: they may change while the campaign is scheduled or running too. */
export const EDITABLE_WHILE_RUNNING = ['goalEnrolments', 'sponsor', 'ambassadorIds'] as const;

@Injectable()
export class CampaignsService {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly checker: CampaignPlanChecker,
  ) {}

  /** Creates a draft campaign, with its steps when given, in one transaction. */
  async create(workspaceId: string, input: CreateCampaignDto): Promise<{ campaign: Campaign; steps: CampaignStep[] }> {
    const drafts: Array<{ path: string; draft: StepDraft }> = [];
    const shapeErrors: ErrorDetail[] = [];
    (input.steps ?? []).forEach((step, i) => {
      const result = draftStep(null, step, `steps[${i}].`);
      if (result.ok) drafts.push({ path: `steps[${i}].`, draft: result.draft });
      else shapeErrors.push(...result.errors);
    });
    if (shapeErrors.length) throw CampaignErrors.invalidStep(shapeErrors);

    const positions = new Map<number, number>();
    drafts.forEach(({ draft }, i) => {
      if (draft.position === null) return;
      if (positions.has(draft.position)) shapeErrors.push({ path: `steps[${i}].position`, message: `position ${draft.position} is also given to steps[${positions.get(draft.position)}]` });
      positions.set(draft.position, i);
    });
    if (shapeErrors.length) throw CampaignErrors.invalidStep(shapeErrors);

    return this.repository.transaction(async (manager) => {
      const refs: CampaignRefs = { ...input, sessionId: input.sessionId ?? null };
      const problems = [
        ...(await this.checker.campaignProblems(workspaceId, refs, input.courseId, manager)),
        ...(await this.checker.stepProblems(workspaceId, input.sessionId ?? null, drafts, manager)),
      ];
      if (problems.length) throw CampaignErrors.invalidReferences(problems);

      const campaign = await this.repository.insertCampaign(manager, {
        workspaceId,
        name: input.name.trim(),
        description: input.description ?? null,
        courseId: input.courseId,
        sessionId: input.sessionId ?? null,
        goalEnrolments: input.goalEnrolments ?? null,
        brandKitId: input.brandKitId ?? null,
        senderName: input.senderName?.trim() ?? null,
        senderEmail: input.senderEmail?.toLowerCase() ?? null,
        replyTo: input.replyTo?.toLowerCase() ?? null,
        sponsor: input.sponsor ? { ...input.sponsor } : null,
        links: tidyLinks(input.links),
        ambassadorIds: input.ambassadorIds ?? [],
        networkChannelIds: input.networkChannelIds ?? [],
        includeSegmentIds: input.includeSegmentIds ?? [],
        excludeSegmentIds: input.excludeSegmentIds ?? [],
        allowLocaleFallback: input.allowLocaleFallback ?? false,
      });
      // Steps without a position follow those with one, in the order given.
      let next = Math.max(-1, ...positions.keys()) + 1;
      const steps: CampaignStep[] = [];
      for (const { draft } of drafts) {
        steps.push(await this.repository.insertStep(manager, { ...toStepColumns(draft), workspaceId, campaignId: campaign.id, position: draft.position ?? next++ }));
      }
      return { campaign, steps: steps.sort((a, b) => a.position - b.position) };
    });
  }

  async list(workspaceId: string, query: ListCampaignsQueryDto): Promise<Page<Campaign>> {
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const { status, courseId, sessionId } = query;
    const rows = await this.repository.listCampaigns(workspaceId, { status, courseId, sessionId, limit, after });
    return toPage(
      rows,
      limit,
      (row) => ({ key: row.cursorKey, id: row.campaign.id }),
      (row) => row.campaign,
    );
  }

  async get(workspaceId: string, id: string): Promise<{ campaign: Campaign; steps: CampaignStep[] }> {
    const campaign = await this.repository.findCampaign(workspaceId, id);
    if (!campaign) throw CampaignErrors.notFound();
    return { campaign, steps: await this.repository.listSteps(workspaceId, id) };
  }

  async update(workspaceId: string, id: string, input: UpdateCampaignDto): Promise<{ campaign: Campaign; steps: CampaignStep[] }> {
    return this.repository.transaction(async (manager) => {
      const campaign = await this.repository.lockCampaign(manager, workspaceId, id);
      if (!campaign) throw CampaignErrors.notFound();
      if (!isEditable(campaign.status)) {
        if (campaign.status !== CampaignStatus.Scheduled && campaign.status !== CampaignStatus.Running) throw CampaignErrors.notEditable(campaign.status);
        const planFields = (Object.keys(input) as Array<keyof UpdateCampaignDto>).filter(
          (f) => input[f] !== undefined && !(EDITABLE_WHILE_RUNNING as readonly string[]).includes(f),
        );
        if (planFields.length) throw CampaignErrors.planFieldsLocked(campaign.status, planFields);
      }
      if (campaign.status !== CampaignStatus.Draft) {
        const locked = LOCKED_AFTER_LAUNCH.filter((f) => input[f] !== undefined && input[f] !== campaign[f]);
        if (locked.length) throw CampaignErrors.fieldLocked([...locked]);
      }

      const steps = await this.repository.listSteps(workspaceId, id, manager);
      const courseId = input.courseId ?? campaign.courseId;
      const sessionId = input.sessionId !== undefined ? input.sessionId : campaign.sessionId;
      const refs: CampaignRefs = { ...input };
      // A new course must still hold the session; a new session must belong to the course.
      if (input.courseId !== undefined && input.sessionId === undefined) refs.sessionId = campaign.sessionId;
      // A segment may not be both included and excluded, whichever list changes.
      if (input.includeSegmentIds !== undefined || input.excludeSegmentIds !== undefined) {
        refs.includeSegmentIds = input.includeSegmentIds ?? campaign.includeSegmentIds;
        refs.excludeSegmentIds = input.excludeSegmentIds ?? campaign.excludeSegmentIds;
      }
      const problems = await this.checker.campaignProblems(workspaceId, refs, courseId, manager);
      if (!sessionId) {
        steps.forEach((step, i) => {
          if (SESSION_ANCHORS.has(step.anchor)) problems.push({ path: 'sessionId', message: `steps[${i}] ("${step.name}") is anchored on ${step.anchor}: it needs a session` });
        });
      }
      if (problems.length) throw CampaignErrors.invalidReferences(problems);

      const values: Partial<Campaign> = {};
      if (input.name !== undefined) values.name = input.name.trim();
      if (input.description !== undefined) values.description = input.description;
      if (input.courseId !== undefined) values.courseId = input.courseId;
      if (input.sessionId !== undefined) values.sessionId = input.sessionId;
      if (input.goalEnrolments !== undefined) values.goalEnrolments = input.goalEnrolments;
      if (input.brandKitId !== undefined) values.brandKitId = input.brandKitId;
      if (input.senderName !== undefined) values.senderName = input.senderName?.trim() ?? null;
      if (input.senderEmail !== undefined) values.senderEmail = input.senderEmail?.toLowerCase() ?? null;
      if (input.replyTo !== undefined) values.replyTo = input.replyTo?.toLowerCase() ?? null;
      if (input.sponsor !== undefined) values.sponsor = input.sponsor ? { ...input.sponsor } : null;
      if (input.links !== undefined) values.links = tidyLinks(input.links);
      if (input.ambassadorIds !== undefined) values.ambassadorIds = input.ambassadorIds;
      if (input.networkChannelIds !== undefined) values.networkChannelIds = input.networkChannelIds;
      if (input.includeSegmentIds !== undefined) values.includeSegmentIds = input.includeSegmentIds;
      if (input.excludeSegmentIds !== undefined) values.excludeSegmentIds = input.excludeSegmentIds;
      if (input.allowLocaleFallback !== undefined) values.allowLocaleFallback = input.allowLocaleFallback;
      return { campaign: await this.repository.updateCampaign(manager, id, values), steps };
    });
  }

  /**
   * A new draft with the same plan for another session of the same course: every step keeps its
   * phase, anchor, offset and local time (so its dates follow the new session), its templates,
   * narrowing, variants and links; the campaign's audience, sender, sponsor, links and channels are
   * copied. What the engine wrote (planning, A/B winners, problems) starts afresh. Any status can be
   * cloned: last term's completed plan is the usual starting point for the next session.
   */
  async clone(workspaceId: string, id: string, input: CloneCampaignDto): Promise<{ campaign: Campaign; steps: CampaignStep[] }> {
    return this.repository.transaction(async (manager) => {
      const source = await this.repository.findCampaign(workspaceId, id);
      if (!source) throw CampaignErrors.notFound();
      // Another course would keep links and texts written for this one: a clone stays on its course.
      const refs: CampaignRefs = {
        sessionId: input.sessionId,
        brandKitId: source.brandKitId,
        ambassadorIds: source.ambassadorIds,
        networkChannelIds: source.networkChannelIds,
        includeSegmentIds: source.includeSegmentIds,
        excludeSegmentIds: source.excludeSegmentIds,
      };
      const problems = await this.checker.campaignProblems(workspaceId, refs, source.courseId, manager);
      if (problems.length) throw CampaignErrors.invalidReferences(problems);

      const campaign = await this.repository.insertCampaign(manager, {
        workspaceId,
        name: input.name?.trim() ?? copyName(source.name),
        description: source.description,
        courseId: source.courseId,
        sessionId: input.sessionId,
        goalEnrolments: source.goalEnrolments,
        brandKitId: source.brandKitId,
        senderName: source.senderName,
        senderEmail: source.senderEmail,
        replyTo: source.replyTo,
        sponsor: source.sponsor ? { ...source.sponsor } : null,
        links: { ...source.links },
        ambassadorIds: [...source.ambassadorIds],
        networkChannelIds: [...source.networkChannelIds],
        includeSegmentIds: [...source.includeSegmentIds],
        excludeSegmentIds: [...source.excludeSegmentIds],
        allowLocaleFallback: source.allowLocaleFallback,
      });
      const steps: CampaignStep[] = [];
      // The DLM's steps; change notices told about the source's session, not the copy's.
      for (const step of await this.repository.listSteps(workspaceId, id, manager)) {
        if (step.notice) continue;
        steps.push(await this.repository.insertStep(manager, { ...stepValuesOf(step), campaignId: campaign.id }));
      }
      return { campaign, steps };
    });
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const campaign = await this.repository.lockCampaign(manager, workspaceId, id);
      if (!campaign) throw CampaignErrors.notFound();
      if (campaign.status !== CampaignStatus.Draft) throw CampaignErrors.notDeletable(campaign.status);
      await this.repository.deleteCampaign(manager, id);
    });
  }
}

const COPY_SUFFIX = ' (copy)';

function copyName(name: string): string {
  return name.length + COPY_SUFFIX.length <= 200 ? `${name}${COPY_SUFFIX}` : `${name.slice(0, 200 - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
}

/**
 * What a step holds that the planner chose, without what the engine wrote on it: every column but
 * these (so a column added to steps is cloned unless it is listed here).
 */
function stepValuesOf(step: CampaignStep): StepValues {
  const {
    id: _id,
    problem: _problem,
    abWinner: _abWinner,
    abDecidedAt: _abDecidedAt,
    abRestMaterializedAt: _abRest,
    anchorAt: _anchorAt,
    materializedAt: _materializedAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    notice: _notice,
    noticeSequence: _noticeSequence,
    templatePurpose: _templatePurpose,
    ...values
  } = step;
  return { ...values, variants: values.variants.map((v) => ({ ...v })), personaIds: [...values.personaIds], links: { ...values.links } };
}
