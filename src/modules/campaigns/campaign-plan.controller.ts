import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignAudienceService } from './campaign-audience.service';
import { CampaignsService } from './campaigns.service';
import { AudienceMemberDto, CampaignAudienceDto, CampaignAudienceQueryDto } from './dto/campaign-audience.dto';
import { CampaignPlanDto } from './dto/campaign-plan.dto';
import { PlanPreviewService } from './plan-preview.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns/:id')
export class CampaignPlanController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly preview: PlanPreviewService,
    private readonly audience: CampaignAudienceService,
  ) {}

  @Get('plan')
  @HeavyWork('preview')
  @ApiOperation({
    summary:
      'Dry run of the plan: each step\'s send time per zone, audience, channel split, who would be skipped (the frequency cap simulated across campaigns) and warnings. Sends nothing.',
  })
  @ApiOkResponse({ type: CampaignPlanDto })
  async plan(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignPlanDto> {
    const { campaign, steps } = await this.campaigns.get(auth.workspaceId, id);
    return CampaignPlanDto.from(campaign, await this.preview.preview(campaign, steps));
  }

  @Get('audience')
  @ApiOperation({ summary: 'A few learners of the campaign\'s audience (or its ambassadors), searched by name, email or employee id: whom to preview a template as' })
  @ApiOkResponse({ type: CampaignAudienceDto })
  async members(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: CampaignAudienceQueryDto): Promise<CampaignAudienceDto> {
    const { campaign } = await this.campaigns.get(auth.workspaceId, id);
    const members = await this.audience.findMembers(campaign, { q: query.q, who: query.who ?? 'audience', limit: query.limit ?? 20 });
    return { items: members.map(AudienceMemberDto.from) };
  }
}
