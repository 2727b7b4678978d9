import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Campaign } from './campaign.entity';
import { CampaignPlanChecker } from './campaign-plan-checker';
import type { CampaignStep } from './campaign-step.entity';
import { isEditable } from './campaign-status';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';
import { draftOfStep, draftStep, toStepColumns, type StepDraft, type StepInput } from './step-rules';

/** Steps of a plan: added, changed and removed only while the campaign is a draft or paused. */
@Injectable()
export class CampaignStepsService {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly checker: CampaignPlanChecker,
  ) {}

  async add(workspaceId: string, campaignId: string, input: StepInput): Promise<CampaignStep> {
    const result = draftStep(null, input);
    if (!result.ok) throw CampaignErrors.invalidStep(result.errors);
    return this.repository.transaction(async (manager) => {
      const campaign = await this.editableCampaign(manager, workspaceId, campaignId);
      await this.checkDraft(manager, campaign, result.draft, null);
      const position = result.draft.position ?? (await this.repository.nextStepPosition(manager, campaignId));
      return this.repository.insertStep(manager, { ...toStepColumns(result.draft), workspaceId, campaignId, position });
    });
  }

  async update(workspaceId: string, campaignId: string, stepId: string, input: StepInput): Promise<CampaignStep> {
    return this.repository.transaction(async (manager) => {
      const campaign = await this.editableCampaign(manager, workspaceId, campaignId);
      const step = await this.lockedStep(manager, campaignId, stepId);
      const result = draftStep(draftOfStep(step), input);
      if (!result.ok) throw CampaignErrors.invalidStep(result.errors);
      await this.checkDraft(manager, campaign, result.draft, stepId);
      return this.repository.updateStep(manager, stepId, { ...toStepColumns(result.draft), position: result.draft.position ?? step.position });
    });
  }

  async remove(workspaceId: string, campaignId: string, stepId: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      await this.editableCampaign(manager, workspaceId, campaignId);
      await this.lockedStep(manager, campaignId, stepId);
      await this.repository.deleteStep(manager, stepId);
    });
  }

  // The campaign row lock serialises plan edits with launch, so a launch checks the plan it launches.
  private async editableCampaign(manager: EntityManager, workspaceId: string, campaignId: string): Promise<Campaign> {
    const campaign = await this.repository.lockCampaign(manager, workspaceId, campaignId);
    if (!campaign) throw CampaignErrors.notFound();
    if (!isEditable(campaign.status)) throw CampaignErrors.notEditable(campaign.status);
    return campaign;
  }

  // Deliveries copy the step's version and time when planned: changing it afterwards would not reach them.
  private async lockedStep(manager: EntityManager, campaignId: string, stepId: string): Promise<CampaignStep> {
    const step = await this.repository.findStep(manager, campaignId, stepId);
    if (!step) throw CampaignErrors.stepNotFound();
    if (step.materializedAt || (await this.repository.stepHasDeliveries(manager, stepId))) throw CampaignErrors.stepLocked();
    return step;
  }

  private async checkDraft(manager: EntityManager, campaign: Campaign, draft: StepDraft, stepId: string | null): Promise<void> {
    const problems = await this.checker.stepProblems(campaign.workspaceId, campaign.sessionId, [{ path: '', draft }], manager);
    if (problems.length) throw CampaignErrors.invalidReferences(problems);
    if (draft.position !== null && (await this.repository.positionTaken(manager, campaign.id, draft.position, stepId))) {
      throw CampaignErrors.positionTaken(draft.position);
    }
  }
}
