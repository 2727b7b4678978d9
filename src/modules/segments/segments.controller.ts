import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CreateSegmentDto } from './dto/create-segment.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PreviewSegmentDto, SegmentPreviewDto } from './dto/preview-segment.dto';
import { SegmentLearnerDto, SegmentLearnerPageDto } from './dto/segment-learner.dto';
import { SegmentDto, SegmentPageDto } from './dto/segment.dto';
import { SegmentFieldCatalogDto } from './dto/segment-field.dto';
import { SEGMENT_LIMITS } from './segment-rule.types';
import { UpdateSegmentDto } from './dto/update-segment.dto';
import { SegmentsService, type SegmentView } from './segments.service';

const DEFAULT_LIMIT = 50;
const toDto = (v: SegmentView) => SegmentDto.from(v.segment, v.memberCount);

@ApiTags('segments')
@ApiBearerAuth()
@Controller('v1/segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Post()
  @ApiErrors({
    409: 'SEGMENT.NAME_TAKEN: another segment of the workspace has this name',
    422: 'SEGMENT.UNKNOWN_REFERENCE: the rule names a persona, course or session the workspace does not have',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Create a segment (admin, planner). A static one freezes its members now.' })
  @ApiCreatedResponse({ type: SegmentDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreateSegmentDto): Promise<SegmentDto> {
    return toDto(await this.segments.create(auth.workspaceId, body));
  }

  @Get()
  @ApiOperation({ summary: 'List segments by name' })
  @ApiOkResponse({ type: SegmentPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<SegmentPageDto> {
    const page = await this.segments.list(auth.workspaceId, query.limit ?? DEFAULT_LIMIT, query.cursor);
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }

  @Post('preview')
  @ApiErrors({ 422: 'SEGMENT.UNKNOWN_REFERENCE: the rule names a persona, course or session the workspace does not have' })
  @HttpCode(200)
  @HeavyWork('preview')
  @Roles(Role.Planner, Role.Editor, Role.Viewer)
  @ApiOperation({ summary: 'Count the learners a rule selects now, with a sample of 10 (any role: it writes nothing)' })
  @ApiOkResponse({ type: SegmentPreviewDto })
  async preview(@Auth() auth: AuthContext, @Body() body: PreviewSegmentDto): Promise<SegmentPreviewDto> {
    const preview = await this.segments.preview(auth.workspaceId, body.rule);
    return { count: preview.count, sample: preview.sample.map(SegmentLearnerDto.from), caveats: preview.caveats };
  }

  @Get('fields')
  @ApiOperation({ summary: 'The fields a rule may name, with their types and operators, and the limits of a rule (the compiler\'s own allow-list)' })
  @ApiOkResponse({ type: SegmentFieldCatalogDto })
  async fields(@Auth() auth: AuthContext): Promise<SegmentFieldCatalogDto> {
    const { maxDepth, maxNodes, maxListValues, maxStringLength, maxDays } = SEGMENT_LIMITS;
    const { openTracking, fields } = await this.segments.fieldCatalog(auth.workspaceId);
    return { openTracking, fields, limits: { maxDepth, maxNodes, maxListValues, maxStringLength, maxDays } };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a segment' })
  @ApiOkResponse({ type: SegmentDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<SegmentDto> {
    return toDto(await this.segments.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @ApiErrors({
    409: 'SEGMENT.NAME_TAKEN: another segment of the workspace has this name',
    422: 'SEGMENT.UNKNOWN_REFERENCE: the rule names a persona, course or session the workspace does not have',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Change a segment (admin, planner). kind static freezes the members, dynamic drops them.' })
  @ApiOkResponse({ type: SegmentDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateSegmentDto): Promise<SegmentDto> {
    return toDto(await this.segments.update(auth.workspaceId, id, body));
  }

  @Delete(':id')
  @ApiErrors({ 409: 'SEGMENT.IN_USE: a scheduled, running or paused campaign uses it (`details` names them)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Planner)
  @ApiOperation({
    summary: 'Delete a segment (admin, planner)',
    description:
      '409 `SEGMENT.IN_USE` while a scheduled, running or paused campaign uses it (included, excluded or as a step\'s segment), naming them in `details`. ' +
      'Drafts do not prevent it; their launch then asks for another segment.',
  })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.segments.remove(auth.workspaceId, id);
  }

  @Post(':id/freeze')
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Freeze the learners the rule selects now as the members (admin, planner); the segment becomes static' })
  @ApiOkResponse({ type: SegmentDto })
  async freeze(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<SegmentDto> {
    return toDto(await this.segments.freeze(auth.workspaceId, id));
  }

  @Get(':id/learners')
  @ApiOperation({ summary: 'The learners of a segment, newest first (a static one: its frozen members)' })
  @ApiOkResponse({ type: SegmentLearnerPageDto })
  async learners(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: PageQueryDto): Promise<SegmentLearnerPageDto> {
    const page = await this.segments.learners(auth.workspaceId, id, query.limit ?? DEFAULT_LIMIT, query.cursor);
    return { items: page.items.map(SegmentLearnerDto.from), nextCursor: page.nextCursor };
  }
}
