import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, Roles, type AuthContext } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CampaignStepsService } from './campaign-steps.service';
import { CampaignStepDto, CreateStepDto, UpdateStepDto } from './dto/campaign-step.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns/:id/steps')
export class CampaignStepsController {
  constructor(private readonly steps: CampaignStepsService) {}

  @Post()
  @ApiErrors({
    409: 'CAMPAIGN.NOT_EDITABLE (only draft and paused campaigns change) or CAMPAIGN.STEP_POSITION_TAKEN',
    422: 'CAMPAIGN.INVALID_REFERENCE: a template version, persona or segment is not one of the workspace',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Add a step to a draft or paused campaign (after the last one unless a position is given)' })
  @ApiCreatedResponse({ type: CampaignStepDto })
  async add(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: CreateStepDto): Promise<CampaignStepDto> {
    return CampaignStepDto.from(await this.steps.add(auth.workspaceId, id, body));
  }

  @Patch(':stepId')
  @ApiErrors({
    409: 'CAMPAIGN.NOT_EDITABLE, CAMPAIGN.STEP_LOCKED (the step already has deliveries) or CAMPAIGN.STEP_POSITION_TAKEN',
    422: 'CAMPAIGN.INVALID_REFERENCE: a template version, persona or segment is not one of the workspace',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Change a step that has no deliveries yet' })
  @ApiOkResponse({ type: CampaignStepDto })
  async update(
    @Auth() auth: AuthContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('stepId', ParseIdPipe) stepId: string,
    @Body() body: UpdateStepDto,
  ): Promise<CampaignStepDto> {
    return CampaignStepDto.from(await this.steps.update(auth.workspaceId, id, stepId, body));
  }

  @Delete(':stepId')
  @ApiErrors({ 409: 'CAMPAIGN.NOT_EDITABLE or CAMPAIGN.STEP_LOCKED (the step already has deliveries)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Remove a step that has no deliveries yet' })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('stepId', ParseIdPipe) stepId: string): Promise<void> {
    await this.steps.remove(auth.workspaceId, id, stepId);
  }
}
