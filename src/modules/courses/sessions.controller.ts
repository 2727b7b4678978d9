import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CancelSessionDto, CreateSessionDto, ListSessionsQueryDto, SessionDto, SessionPageDto, UpdateSessionDto } from './dto/session.dto';
import { SessionsService } from './sessions.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('courses/:id/sessions')
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Schedule a session of a course (admin, planner)' })
  @ApiCreatedResponse({ type: SessionDto })
  async create(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) courseId: string, @Body() body: CreateSessionDto): Promise<SessionDto> {
    return SessionDto.from(await this.sessions.create(auth.workspaceId, courseId, body));
  }

  @Get('courses/:id/sessions')
  @ApiOperation({ summary: "List a course's sessions, soonest first, with seats taken" })
  @ApiOkResponse({ type: SessionPageDto })
  async list(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) courseId: string, @Query() query: ListSessionsQueryDto): Promise<SessionPageDto> {
    const page = await this.sessions.listForCourse(auth.workspaceId, courseId, query);
    return { items: page.items.map((s) => SessionDto.from(s)), nextCursor: page.nextCursor };
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'Get a session' })
  @ApiOkResponse({ type: SessionDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<SessionDto> {
    return SessionDto.from(await this.sessions.get(auth.workspaceId, id));
  }

  @Patch('sessions/:id')
  @ApiErrors({ 409: 'SESSION.CANCELLED (a cancelled session no longer changes) or SESSION.CAPACITY_BELOW_SEATS' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Reschedule a session, or cancel it with {"status": "cancelled", "cancellationReason": "…"} (admin, planner)' })
  @ApiOkResponse({ type: SessionDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateSessionDto): Promise<SessionDto> {
    return SessionDto.from(await this.sessions.update(auth.workspaceId, id, body));
  }

  @Post('sessions/:id/cancel')
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Cancel a session (admin, planner); cancelling again changes nothing' })
  @ApiOkResponse({ type: SessionDto })
  async cancel(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: CancelSessionDto): Promise<SessionDto> {
    return SessionDto.from(await this.sessions.cancel(auth.workspaceId, id, body.cancellationReason));
  }
}
