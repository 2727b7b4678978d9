import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, Roles, type AuthContext } from '../../common/auth/auth-context';
import { CampaignStatus, Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import { CampaignAction } from './campaign-status';
import { CampaignsService } from './campaigns.service';
import { LaunchCheckDto, LaunchedCampaignDto, LaunchWarningDto } from './dto/campaign-plan.dto';
import { CampaignDto, CampaignPageDto, CampaignWithStepsDto, CloneCampaignDto, CreateCampaignDto, ListCampaignsQueryDto, UpdateCampaignDto } from './dto/campaign.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly lifecycle: CampaignLifecycleService,
  ) {}

  @Post()
  @ApiErrors({
    422: 'CAMPAIGN.INVALID_REFERENCE: a course, session, segment, brand kit, ambassador, channel or template version is not one of the workspace (`details` names each)',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Create a draft communication plan, optionally with its steps (admin, planner)' })
  @ApiCreatedResponse({ type: CampaignWithStepsDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreateCampaignDto): Promise<CampaignWithStepsDto> {
    const { campaign, steps } = await this.campaigns.create(auth.workspaceId, body);
    return CampaignWithStepsDto.withSteps(campaign, steps);
  }

  @Get()
  @ApiOperation({ summary: 'List campaigns, newest first (filter by status, course, session; cursor pagination)' })
  @ApiOkResponse({ type: CampaignPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListCampaignsQueryDto): Promise<CampaignPageDto> {
    const page = await this.campaigns.list(auth.workspaceId, query);
    return { items: page.items.map(CampaignDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A campaign with its steps in plan order' })
  @ApiOkResponse({ type: CampaignWithStepsDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignWithStepsDto> {
    const { campaign, steps } = await this.campaigns.get(auth.workspaceId, id);
    return CampaignWithStepsDto.withSteps(campaign, steps);
  }

  @Patch(':id')
  @ApiErrors({
    409: 'CAMPAIGN.NOT_EDITABLE (a scheduled or running campaign changes only its goal, sponsor and ambassadors: `details` names each other field; completed and cancelled ones not at all) or CAMPAIGN.FIELD_LOCKED (the course and session only before launch)',
    422: 'CAMPAIGN.INVALID_REFERENCE: an id is not one of the workspace (`details` names each)',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Change a draft or paused campaign (course and session only before launch); while scheduled or running only the goal, sponsor and ambassadors' })
  @ApiOkResponse({ type: CampaignWithStepsDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCampaignDto): Promise<CampaignWithStepsDto> {
    const { campaign, steps } = await this.campaigns.update(auth.workspaceId, id, body);
    return CampaignWithStepsDto.withSteps(campaign, steps);
  }

  @Delete(':id')
  @ApiErrors({ 409: 'CAMPAIGN.NOT_DELETABLE: only drafts can be deleted (cancel the others)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Delete a draft campaign (cancel a launched one instead)' })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.campaigns.remove(auth.workspaceId, id);
  }

  @Post(':id/clone')
  @ApiErrors({
    422: 'CAMPAIGN.INVALID_REFERENCE: the session is not one of the workspace, or not of the campaign’s course (`details` at `sessionId`)',
  })
  @Roles(Role.Planner)
  @ApiOperation({
    summary:
      'Copy a campaign (any status) onto another session of its course: a new draft with the same steps, anchors and offsets (their dates follow the new session), links and settings',
  })
  @ApiCreatedResponse({ type: CampaignWithStepsDto })
  async clone(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: CloneCampaignDto): Promise<CampaignWithStepsDto> {
    const { campaign, steps } = await this.campaigns.clone(auth.workspaceId, id, body);
    return CampaignWithStepsDto.withSteps(campaign, steps);
  }

  @Get(':id/launch-check')
  @HeavyWork('preview')
  @ApiOperation({ summary: 'What a launch now would refuse (missing locales, steps in the past, links leading nowhere…), without launching' })
  @ApiOkResponse({ type: LaunchCheckDto })
  async launchCheck(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<LaunchCheckDto> {
    const problems = await this.lifecycle.check(auth.workspaceId, id);
    const { campaign } = await this.campaigns.get(auth.workspaceId, id);
    return { launchable: campaign.status === CampaignStatus.Draft && problems.length === 0, problems };
  }

  @Post(':id/launch')
  @ApiErrors({
    409: 'CAMPAIGN.INVALID_TRANSITION: only a draft can be launched',
    422: 'CAMPAIGN.NOT_LAUNCHABLE: the plan is not ready (`details` names each problem: steps, templates, locales, channels…)',
  })
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({
    summary: 'Check the whole plan and schedule it; 422 CAMPAIGN.NOT_LAUNCHABLE lists every problem. The dry run\'s warnings come back with the campaign: they do not stop the launch',
  })
  @ApiOkResponse({ type: LaunchedCampaignDto })
  async launch(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<LaunchedCampaignDto> {
    const { campaign, plan } = await this.lifecycle.launch(auth.workspaceId, id);
    return { ...CampaignDto.from(campaign), warnings: LaunchWarningDto.fromPlan(plan) };
  }

  @Post(':id/pause')
  @ApiErrors({ 409: 'CAMPAIGN.INVALID_TRANSITION: only a scheduled or running campaign can be paused' })
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Pause a scheduled or running campaign: nothing more is sent until resumed' })
  @ApiOkResponse({ type: CampaignDto })
  async pause(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignDto> {
    return CampaignDto.from(await this.lifecycle.apply(auth.workspaceId, id, CampaignAction.Pause));
  }

  @Post(':id/resume')
  @ApiErrors({ 409: 'CAMPAIGN.INVALID_TRANSITION: only a paused campaign can be resumed' })
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Resume a paused campaign' })
  @ApiOkResponse({ type: CampaignDto })
  async resume(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignDto> {
    return CampaignDto.from(await this.lifecycle.apply(auth.workspaceId, id, CampaignAction.Resume));
  }

  @Post(':id/cancel')
  @ApiErrors({ 409: 'CAMPAIGN.INVALID_TRANSITION: a completed or cancelled campaign cannot be cancelled' })
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Cancel for good; deliveries not yet sending are skipped (campaign_cancelled)' })
  @ApiOkResponse({ type: CampaignDto })
  async cancel(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignDto> {
    return CampaignDto.from(await this.lifecycle.apply(auth.workspaceId, id, CampaignAction.Cancel));
  }
}
