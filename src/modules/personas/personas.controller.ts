import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CreatePersonaDto } from './dto/create-persona.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PersonaAssignmentDto, PersonaAssignmentPreviewDto, PersonaDto, PersonaPageDto } from './dto/persona.dto';
import { UpdatePersonaDto } from './dto/update-persona.dto';
import { PersonasService, type PersonaView } from './personas.service';

const DEFAULT_LIMIT = 50;
const toDto = (v: PersonaView) => PersonaDto.from(v.persona, v.learnerCount);

@ApiTags('personas')
@ApiBearerAuth()
@Controller('v1/personas')
export class PersonasController {
  constructor(private readonly personas: PersonasService) {}

  @Post()
  @ApiErrors({
    409: 'PERSONA.NAME_TAKEN: another persona of the workspace has this name',
    422: 'SEGMENT.UNKNOWN_REFERENCE: the assignmentRule names a persona, course or session the workspace does not have',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Create a learning persona (admin, planner)' })
  @ApiCreatedResponse({ type: PersonaDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreatePersonaDto): Promise<PersonaDto> {
    return toDto(await this.personas.create(auth.workspaceId, body));
  }

  @Get()
  @ApiOperation({ summary: 'List personas by name' })
  @ApiOkResponse({ type: PersonaPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<PersonaPageDto> {
    const page = await this.personas.list(auth.workspaceId, query.limit ?? DEFAULT_LIMIT, query.cursor);
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a persona' })
  @ApiOkResponse({ type: PersonaDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<PersonaDto> {
    return toDto(await this.personas.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @ApiErrors({
    409: 'PERSONA.NAME_TAKEN: another persona of the workspace has this name',
    422: 'SEGMENT.UNKNOWN_REFERENCE: the assignmentRule names a persona, course or session the workspace does not have',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Change a persona (admin, planner)' })
  @ApiOkResponse({ type: PersonaDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdatePersonaDto): Promise<PersonaDto> {
    return toDto(await this.personas.update(auth.workspaceId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Delete a persona (admin, planner); its learners are left without one' })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.personas.remove(auth.workspaceId, id);
  }

  @Get(':id/assign/preview')
  @ApiErrors({ 422: 'PERSONA.NO_ASSIGNMENT_RULE: set an assignmentRule first' })
  @ApiOperation({ summary: 'What assigning now would do, changing nothing: how many learners this persona would take, and from which personas' })
  @ApiOkResponse({ type: PersonaAssignmentPreviewDto })
  assignmentPreview(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<PersonaAssignmentPreviewDto> {
    return this.personas.assignmentPreview(auth.workspaceId, id);
  }

  @Post(':id/assign')
  @ApiErrors({ 422: 'PERSONA.NO_ASSIGNMENT_RULE: set an assignmentRule first' })
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Give this persona to every learner its assignmentRule selects (admin, planner); 422 without a rule' })
  @ApiOkResponse({ type: PersonaAssignmentDto })
  async assign(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<PersonaAssignmentDto> {
    return { assigned: await this.personas.assign(auth.workspaceId, id) };
  }
}
