import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CsvUploadReader } from '../../infrastructure/csv/csv-upload';
import {
  CreateEnrollmentDto,
  EnrollmentDto,
  EnrollmentImportPreviewDto,
  EnrollmentImportResultDto,
  EnrollmentPageDto,
  EnrollmentResultDto,
  ListEnrollmentsQueryDto,
  UpdateEnrollmentDto,
} from './dto/enrollment.dto';
import { EnrollmentImportService } from './enrollment-import.service';
import { EnrollmentsService } from './enrollments.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1')
export class EnrollmentsController {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly importer: EnrollmentImportService,
    private readonly uploads: CsvUploadReader,
  ) {}

  @Post('sessions/:id/enrollments')
  @ApiErrors({
    409: 'ENROLLMENT.INVALID_TRANSITION (a move backwards), SESSION.CANCELLED or SESSION.FULL',
    422: 'ENROLLMENT.UNKNOWN_LEARNER: no learner of the workspace has this id, externalId or email',
  })
  @Roles(Role.Planner)
  @ApiOperation({
    summary: 'Enrol (or invite, or move) a learner in a session (admin, planner)',
    description:
      '201 when the enrolment is created, 200 when an existing one moved or already had the status; ' +
      '`outcome` (created, changed, unchanged) and `previousStatus` say which.',
  })
  @ApiCreatedResponse({ type: EnrollmentResultDto, description: 'Created' })
  @ApiOkResponse({ type: EnrollmentResultDto, description: 'The learner was already in the session: moved (outcome changed) or left as it was (outcome unchanged)' })
  async enrol(
    @Auth() auth: AuthContext,
    @Param('id', ParseIdPipe) sessionId: string,
    @Body() body: CreateEnrollmentDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EnrollmentResultDto> {
    const result = await this.enrollments.enrol(auth.workspaceId, sessionId, body);
    res.status(result.created ? 201 : 200);
    return EnrollmentResultDto.fromResult(result);
  }

  @Get('sessions/:id/enrollments')
  @ApiOperation({ summary: "List a session's enrolments, newest first, with each learner's summary" })
  @ApiOkResponse({ type: EnrollmentPageDto })
  async list(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) sessionId: string, @Query() query: ListEnrollmentsQueryDto): Promise<EnrollmentPageDto> {
    const page = await this.enrollments.listForSession(auth.workspaceId, sessionId, query);
    return { items: page.items.map(EnrollmentDto.from), nextCursor: page.nextCursor };
  }

  @Post('enrollments/import')
  @HttpCode(200)
  @Roles(Role.Planner)
  @HeavyWork('import')
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description:
      'CSV with a header row: session_id, external_id or email, status (default enrolled), occurred_at (ISO 8601 with offset, default now). ' +
      'Comma, semicolon or tab separated. Send as the body (text/csv) or as the "file" part of a form.',
    schema: { type: 'string', example: 'session_id,external_id,status,occurred_at\n3f2504e0-4f89-41d3-9a0c-0305e82c3301,E-10442,completed,2026-03-02T17:30:00+01:00' },
  })
  @ApiOkResponse({ type: EnrollmentImportResultDto })
  @ApiOperation({ summary: 'Import enrolments from CSV (admin, planner): valid rows are applied, bad rows reported' })
  async import(@Auth() auth: AuthContext, @Req() req: Request): Promise<EnrollmentImportResultDto> {
    return this.importer.import(auth.workspaceId, await this.uploads.open(req));
  }

  @Post('sessions/:id/enrollments/import')
  @HttpCode(200)
  @Roles(Role.Planner)
  @HeavyWork('import')
  @ApiErrors({ 404: 'SESSION.NOT_FOUND' })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description:
      'As `POST /v1/enrollments/import`, for this session only: the session_id column may be left out (or empty); a row naming another session is refused.',
    schema: { type: 'string', example: 'email;status\ncamille.martin@acme.fr;enrolled\n' },
  })
  @ApiOkResponse({ type: EnrollmentImportResultDto })
  @ApiOperation({ summary: "Import a session's enrolments from CSV (admin, planner): valid rows are applied, bad rows reported" })
  async importForSession(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) sessionId: string, @Req() req: Request): Promise<EnrollmentImportResultDto> {
    return this.importer.import(auth.workspaceId, await this.uploads.open(req), sessionId);
  }

  @Post('sessions/:id/enrollments/import/preview')
  @HttpCode(200)
  @Roles(Role.Planner)
  @HeavyWork('preview')
  @ApiErrors({ 404: 'SESSION.NOT_FOUND' })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description: "Same body forms as the session's import; nothing is written. Its head (say the first 128 KB, even cut mid-row) is enough.",
    schema: { type: 'string', example: 'email;status\ncamille.martin@acme.fr;enrolled\n' },
  })
  @ApiOkResponse({ type: EnrollmentImportPreviewDto })
  @ApiOperation({ summary: "How a session's enrolment import would read a CSV file: the column each header is read as, the encoding, the first rows" })
  async previewForSession(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) sessionId: string, @Req() req: Request): Promise<EnrollmentImportPreviewDto> {
    return this.importer.previewForSession(auth.workspaceId, sessionId, await this.uploads.open(req));
  }

  @Get('enrollments/:id')
  @ApiOperation({ summary: 'Get an enrolment' })
  @ApiOkResponse({ type: EnrollmentDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<EnrollmentDto> {
    return EnrollmentDto.from(await this.enrollments.get(auth.workspaceId, id));
  }

  @Patch('enrollments/:id')
  @ApiErrors({ 409: 'ENROLLMENT.INVALID_TRANSITION (a move backwards), SESSION.CANCELLED or SESSION.FULL' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: "Move an enrolment's status (admin, planner); the same status again changes nothing" })
  @ApiOkResponse({ type: EnrollmentDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateEnrollmentDto): Promise<EnrollmentDto> {
    return EnrollmentDto.from((await this.enrollments.changeStatus(auth.workspaceId, id, body)).enrollment);
  }
}
