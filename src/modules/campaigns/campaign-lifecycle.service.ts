import { Injectable } from '@nestjs/common';
import { resolveLinks } from '../templates/message-facts';
import type { EntityManager } from 'typeorm';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { DeliveryReason, StepChannel } from '../../common/enums';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { BrandKitsService } from '../branding/brand-kits.service';
import type { Campaign } from './campaign.entity';
import { CampaignAudienceService } from './campaign-audience.service';
import { CampaignPlanChecker, type CampaignRefs } from './campaign-plan-checker';
import { CampaignReferencesRepository, ReferencedTable } from './campaign-references.repository';
import type { CampaignStep } from './campaign-step.entity';
import { CampaignAction, campaignTransition } from './campaign-status';
import { CampaignErrors } from './campaigns.errors';
import { CampaignNoticesService } from './campaign-notices.service';
import { CampaignsRepository } from './campaigns.repository';
import { launchProblems, type LaunchFacts, type PinnedVersion } from './launch-checks';
import { PlanPreviewService, type CampaignPlan } from './plan-preview.service';
import { draftOfStep, versionRefs, type StepDraft } from './step-rules';

type ManualAction = CampaignAction.Pause | CampaignAction.Resume | CampaignAction.Cancel;

/** Status changes asked through the API: launch (after its checks), pause, resume, cancel. */
@Injectable()
export class CampaignLifecycleService {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly references: CampaignReferencesRepository,
    private readonly checker: CampaignPlanChecker,
    private readonly audience: CampaignAudienceService,
    private readonly brandKits: BrandKitsService,
    private readonly zones: TimeZones,
    private readonly preview: PlanPreviewService,
    private readonly notices: CampaignNoticesService,
  ) {}

  /**
   * Checks the whole plan and schedules it, or answers every problem found. What the dry run warns
   * about (learners over the frequency cap, piled steps, conditions known only later) does not stop
   * it: the warnings come back with the launched campaign.
   */
  async launch(workspaceId: string, id: string): Promise<{ campaign: Campaign; plan: CampaignPlan }> {
    return this.repository.transaction(async (manager) => {
      const campaign = await this.repository.lockCampaign(manager, workspaceId, id);
      if (!campaign) throw CampaignErrors.notFound();
      const transition = campaignTransition(campaign.status, CampaignAction.Launch);
      if (!transition.ok) throw CampaignErrors.invalidTransition(transition.message, campaign.status, transition.to);

      const now = new Date();
      const steps = await this.repository.listSteps(workspaceId, id, manager);
      const problems = await this.launchProblems(manager, campaign, steps, now);
      if (problems.length) throw CampaignErrors.notLaunchable(problems);
      // The plan as it will run: launch-anchored steps from now, nothing earlier than now.
      const plan = await this.preview.preview({ ...campaign, status: transition.to, launchedAt: now }, steps, now);
      // From now on, a change of the session is told to those who heard of it.
      await this.notices.recordLaunch(manager, id);
      return { campaign: await this.repository.updateCampaign(manager, id, { status: transition.to, launchedAt: now, statusReason: null }), plan };
    });
  }

  /**
   * What a launch now would refuse, without launching: the same checks, read in a transaction of its
   * own. A campaign that is not a draft has nothing to check (it cannot be launched again).
   */
  async check(workspaceId: string, id: string): Promise<ErrorDetail[]> {
    return this.repository.transaction(async (manager) => {
      const campaign = await this.repository.findCampaign(workspaceId, id);
      if (!campaign) throw CampaignErrors.notFound();
      if (!campaignTransition(campaign.status, CampaignAction.Launch).ok) return [];
      return this.launchProblems(manager, campaign, await this.repository.listSteps(workspaceId, id, manager), new Date());
    });
  }

  private async launchProblems(manager: EntityManager, campaign: Campaign, steps: CampaignStep[], now: Date): Promise<ErrorDetail[]> {
    const workspaceId = campaign.workspaceId;
    const drafts = steps.map((step) => draftOfStep(step));
    // What the plan refers to may have been deleted since it was written: check it again.
    const broken = [
      ...(await this.checker.campaignProblems(workspaceId, referencesOf(campaign), campaign.courseId, manager)),
      ...(await this.checker.stepProblems(workspaceId, campaign.sessionId, drafts.map((draft, i) => ({ path: `steps[${i}].`, draft })), manager)),
    ];
    // The audience is built from those references: count it only when they all hold.
    const facts = await this.launchFacts(manager, campaign, steps, drafts, now, broken.length === 0);
    const reported = new Set(broken.map((p) => p.path));
    return [...broken, ...launchProblems(facts).filter((p) => !reported.has(p.path))];
  }

  async apply(workspaceId: string, id: string, action: ManualAction): Promise<Campaign> {
    return this.repository.transaction(async (manager) => {
      const campaign = await this.repository.lockCampaign(manager, workspaceId, id);
      if (!campaign) throw CampaignErrors.notFound();
      const transition = campaignTransition(campaign.status, action);
      if (!transition.ok) throw CampaignErrors.invalidTransition(transition.message, campaign.status, transition.to);

      const now = new Date();
      const values: Partial<Campaign> = { status: transition.to, statusReason: null };
      if (action === CampaignAction.Pause) values.pausedAt = now;
      if (action === CampaignAction.Resume) Object.assign(values, { pausedAt: null, resumedAt: now });
      if (action === CampaignAction.Cancel) {
        values.cancelledAt = now;
        await this.repository.skipUnsentDeliveries(manager, workspaceId, id, DeliveryReason.CampaignCancelled);
      }
      return this.repository.updateCampaign(manager, id, values);
    });
  }

  private async launchFacts(manager: EntityManager, campaign: Campaign, steps: CampaignStep[], drafts: StepDraft[], now: Date, countAudience: boolean): Promise<LaunchFacts> {
    const ws = campaign.workspaceId;
    const refs = drafts.flatMap((draft, i) => versionRefs(draft, `steps[${i}].`));
    const [session, versions, ambassadors, enabledNetworkChannels, audienceCount, senderEmail, zones, lmsUrl] = await Promise.all([
      campaign.sessionId ? this.references.findSession(ws, campaign.sessionId) : null,
      this.references.findTemplateVersions(ws, [...new Set(refs.map((r) => r.templateVersionId))]),
      this.references.existingIds(ReferencedTable.Learner, ws, campaign.ambassadorIds),
      this.references.countEnabledNetworkChannels(ws, campaign.networkChannelIds),
      countAudience ? this.audience.countCampaignAudience(campaign) : null,
      // The sender the composer will use: the campaign's own, else the applicable kit's (named, else the default).
      campaign.senderEmail ?? this.brandKits.applicableKit(ws, campaign.brandKitId, manager).then((kit) => kit?.senderEmail ?? null),
      drafts.some((d) => d.localTime) ? this.references.learnerZones(ws) : [],
      this.references.courseLmsUrl(ws, campaign.courseId),
    ]);
    // Locales matter for messages addressed to people; a post has no recipient locale.
    const checkLocales = (step: CampaignStep) => countAudience && !campaign.allowLocaleFallback && step.channel !== StepChannel.Post;
    const recipientLocales = await Promise.all(steps.map((step) => (checkLocales(step) ? this.audience.stepLocales(campaign, step) : null)));

    return {
      now,
      senderEmail,
      session: session && { startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt), enrolBy: session.enrolBy && new Date(session.enrolBy), status: session.status },
      audienceCount,
      enabledNetworkChannels,
      ambassadors: ambassadors.size,
      // A zone PostgreSQL does not know is planned in the workspace's (which is in the list).
      zones: zones.filter((zone) => this.zones.isKnown(zone)),
      steps: drafts.map((draft, i) => ({
        phase: draft.phase,
        anchor: draft.anchor,
        offset: draft.offset,
        localTime: draft.localTime,
        channel: draft.channel,
        versions: versionRefs(draft, `steps[${i}].`).map((ref): PinnedVersion => {
          const version = versions.get(ref.templateVersionId);
          return { path: ref.path, channel: version?.channel ?? null, locales: version?.locales ?? [], variables: version?.variables ?? [] };
        }),
        links: resolveLinks(draft.links, campaign.links, lmsUrl),
        recipientLocales: recipientLocales[i],
      })),
    };
  }
}

function referencesOf(campaign: Campaign): CampaignRefs {
  const { brandKitId, ambassadorIds, networkChannelIds, includeSegmentIds, excludeSegmentIds } = campaign;
  return { brandKitId, ambassadorIds, networkChannelIds, includeSegmentIds, excludeSegmentIds };
}
