import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignsService } from './campaigns.service';
import { PlanPreviewService, type StepPlan } from './plan-preview.service';

export class StepPlanDto {
  @ApiProperty({ format: 'uuid' }) stepId: string;
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ example: 'Invitation' }) name: string;
  @ApiProperty({ example: 'before' }) phase: string;
  @ApiProperty({ example: 'session_start' }) anchor: string;
  @ApiProperty({ example: '-P14D' }) offset: string;
  @ApiProperty({ example: '09:00', nullable: true, type: String }) localTime: string | null;
  @ApiProperty({ example: 'email' }) channel: string;
  @ApiProperty({ nullable: true, type: Date, description: 'The first learner\'s send time (null for learner-event steps)' }) firstSendAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'The last learner\'s send time' }) lastSendAt: Date | null;
  @ApiProperty({ example: 1250, description: 'Recipients today (learners, ambassadors, or network channels for posts)' }) audience: number;
  @ApiProperty({ example: { email: 1200, post: 1, talkingPoints: 0 } }) channels: StepPlan['channels'];
  @ApiProperty({ example: { unsubscribed: 12, suppressed: 2, noConsent: 5, frequencyCap: 30 }, description: 'Who would be skipped if it went out now' })
  wouldSkip: StepPlan['wouldSkip'];
  @ApiProperty({ example: 0, description: 'Deliveries already written for this step' }) planned: number;
}

export class CampaignPlanDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ example: 'draft' }) status: string;
  @ApiProperty({ example: 1400, description: 'Learners in the campaign audience before step narrowing' }) audience: number;
  @ApiProperty({ type: [StepPlanDto] }) steps: StepPlanDto[];
}

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns/:id/plan')
export class CampaignPlanController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly preview: PlanPreviewService,
  ) {}

  @Get()
  @HeavyWork('preview')
  @ApiOperation({ summary: 'Dry run of the plan: each step\'s send window, audience, channel split and would-be skips. Sends nothing.' })
  @ApiOkResponse({ type: CampaignPlanDto })
  async plan(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignPlanDto> {
    const { campaign, steps } = await this.campaigns.get(auth.workspaceId, id);
    const [audience, plans] = await Promise.all([this.preview.audienceCount(campaign), this.preview.preview(campaign, steps)]);
    return { campaignId: campaign.id, status: campaign.status, audience, steps: plans };
  }
}
