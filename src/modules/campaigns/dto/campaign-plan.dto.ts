import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageKind } from '../../../common/enums';
import type { Campaign } from '../campaign.entity';
import type { CampaignPlan } from '../plan-preview.service';
import { PlanWarningCode } from '../plan-warnings';
import { ErrorDetailDto } from '../../../common/openapi/error-envelope.dto';
import { CampaignDto } from './campaign.dto';

export class ZoneSendDto {
  @ApiProperty({ example: 'Europe/Paris', description: 'The zone the learners are timed in (an unknown zone counts as the workspace\'s)' })
  zone: string;

  @ApiProperty({ example: 420, description: 'Recipients of the step in that zone' })
  count: number;

  @ApiProperty({ nullable: true, type: Date, description: 'When the step goes there, send window applied; null for learner-event steps' })
  sendAt: Date | null;
}

export class ChannelCountsDto {
  @ApiProperty({ example: 1200 }) email: number;
  @ApiProperty({ example: 1, description: 'Network posts; for a `preferred` step, learners reached on the network instead of by email' }) post: number;
  @ApiProperty({ example: 0 }) talkingPoints: number;
}

export class SkipCountsDto {
  @ApiProperty({ example: 12 }) unsubscribed: number;
  @ApiProperty({ example: 2 }) suppressed: number;
  @ApiProperty({ example: 5 }) noConsent: number;

  @ApiProperty({ example: 30, description: 'Over the frequency cap when the step goes: simulated across this plan, other campaigns and what was sent' })
  frequencyCap: number;
}

export class PlanWarningDto {
  @ApiProperty({ enum: PlanWarningCode, example: PlanWarningCode.FrequencyCap })
  code: PlanWarningCode;

  @ApiProperty({ example: '30 learners would already have 5 promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them)' })
  message: string;

  @ApiPropertyOptional({ example: 30, description: 'Learners concerned: capped, in the piled zones, or matching the condition today' })
  count?: number;

  @ApiPropertyOptional({ type: [String], example: ['Europe/Paris'], description: 'PLAN.STEPS_PILED: the zones where the steps meet' })
  zones?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'PLAN.STEPS_PILED: the other steps at the same minute' })
  stepIds?: string[];
}

export class StepPlanDto {
  @ApiProperty({ format: 'uuid' }) stepId: string;
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ example: 'Invitation' }) name: string;
  @ApiProperty({ example: 'before' }) phase: string;
  @ApiProperty({ example: 'session_start' }) anchor: string;
  @ApiProperty({ example: '-P14D' }) offset: string;
  @ApiProperty({ example: '09:00', nullable: true, type: String }) localTime: string | null;
  @ApiProperty({ example: 'email' }) channel: string;
  @ApiProperty({ example: false, description: 'Essential steps are exempt from the frequency cap' }) essential: boolean;
  @ApiProperty({ enum: MessageKind, nullable: true, example: null, description: 'The step’s override of its kind; null = from the template’s purpose' })
  messageKind: MessageKind | null;
  @ApiProperty({ enum: MessageKind, example: MessageKind.Promotional, description: 'The kind the step is sent as: `service` (no unsubscribe, not capped, reaches learners unsubscribed from promotions) or `promotional`' })
  effectiveMessageKind: MessageKind;
  @ApiProperty({ nullable: true, type: Date, description: 'The first zone\'s send time (null for learner-event steps)' }) firstSendAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'The last zone\'s send time' }) lastSendAt: Date | null;
  @ApiProperty({ type: [ZoneSendDto], description: 'The step\'s recipients by zone, earliest first: one lane per zone' }) zones: ZoneSendDto[];
  @ApiProperty({ example: 1250, description: 'Recipients today, after the enrolment condition (learners, ambassadors, or network channels for posts)' })
  audience: number;
  @ApiProperty({ example: 1400, description: 'Recipients today before the enrolment condition' }) audienceBeforeCondition: number;
  @ApiProperty({ type: ChannelCountsDto }) channels: ChannelCountsDto;
  @ApiProperty({ type: SkipCountsDto, description: 'Who would be skipped, and why' }) wouldSkip: SkipCountsDto;
  @ApiProperty({ example: false, description: 'A capped step with no fixed time (learner event): the cap is only known when it goes, not simulated' })
  capUnknown: boolean;
  @ApiProperty({ type: [PlanWarningDto] }) warnings: PlanWarningDto[];
  @ApiProperty({ example: 0, description: 'Deliveries already written for this step' }) planned: number;
}

export class CampaignPlanDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ example: 'draft' }) status: string;
  @ApiProperty({ example: 1400, description: 'Learners in the campaign audience before step narrowing' }) audience: number;
  @ApiProperty({ example: 5, description: 'The workspace\'s cap: promotional emails per learner in any rolling 7 days (0 = none)' }) frequencyCap: number;
  @ApiProperty({ type: [StepPlanDto] }) steps: StepPlanDto[];

  static from(campaign: Campaign, plan: CampaignPlan): CampaignPlanDto {
    return { campaignId: campaign.id, status: campaign.status, audience: plan.audience, frequencyCap: plan.frequencyCap, steps: plan.steps };
  }
}

export class LaunchWarningDto extends PlanWarningDto {
  @ApiProperty({ format: 'uuid', description: 'The step it is about' })
  stepId: string;

  /** Every warning of the dry run, step by step in plan order. */
  static fromPlan(plan: CampaignPlan): LaunchWarningDto[] {
    return plan.steps.flatMap((step) => step.warnings.map((warning) => ({ ...warning, stepId: step.stepId })));
  }
}

export class LaunchedCampaignDto extends CampaignDto {
  @ApiProperty({
    type: [LaunchWarningDto],
    description: 'What the dry run warns about (capped learners, piled steps, conditions known only later): the launch goes ahead',
  })
  warnings: LaunchWarningDto[];
}


export class LaunchCheckDto {
  @ApiProperty({ example: false, description: 'A launch now would pass (always false once launched: there is nothing to launch)' })
  launchable: boolean;

  @ApiProperty({
    type: [ErrorDetailDto],
    description: 'What a launch now would refuse, as POST /launch lists it (422 CAMPAIGN.NOT_LAUNCHABLE details); LAUNCH.MISSING_LOCALE and LAUNCH.STEP_IN_THE_PAST come with code and params',
  })
  problems: ErrorDetailDto[];
}
