import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignsService } from './campaigns.service';
import { CampaignPlanDto } from './dto/campaign-plan.dto';
import { PlanPreviewService } from './plan-preview.service';

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
  @ApiOperation({
    summary:
      'Dry run of the plan: each step\'s send time per zone, audience, channel split, who would be skipped (the frequency cap simulated across campaigns) and warnings. Sends nothing.',
  })
  @ApiOkResponse({ type: CampaignPlanDto })
  async plan(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignPlanDto> {
    const { campaign, steps } = await this.campaigns.get(auth.workspaceId, id);
    return CampaignPlanDto.from(campaign, await this.preview.preview(campaign, steps));
  }
}
