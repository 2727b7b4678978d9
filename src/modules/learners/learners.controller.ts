import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CsvUploadReader } from '../../infrastructure/csv/csv-upload';
import { CreateLearnerDto } from './dto/create-learner.dto';
import { ImportResultDto } from './dto/import-result.dto';
import { LearnerPageDto } from './dto/learner-page.dto';
import { LearnerDto } from './dto/learner.dto';
import { ListLearnersQueryDto } from './dto/list-learners.query';
import { UpdateLearnerDto } from './dto/update-learner.dto';
import { ZoneProblemDto } from './dto/zone-problem.dto';
import { LearnerImportService } from './learner-import.service';
import { LearnersService } from './learners.service';

const IMPORT_DESCRIPTION =
  'Send the file as the body with `Content-Type: text/csv`, or as the `file` part of a multipart form. ' +
  'Separators `,` `;` or tab are detected; a UTF-8 BOM is fine. Columns are matched by header (externalId and email required; ' +
  'unknown columns go to attributes). Learners are upserted by externalId in one transaction; bad rows are reported and skipped.';

@ApiTags('learners')
@ApiBearerAuth()
@Controller('v1/learners')
export class LearnersController {
  constructor(
    private readonly learners: LearnersService,
    private readonly imports: LearnerImportService,
    private readonly uploads: CsvUploadReader,
  ) {}

  @Post()
  @ApiErrors({
    409: 'LEARNER.EMAIL_TAKEN: another learner of the workspace has this email',
    422: 'LEARNER.UNKNOWN_PERSONA: personaId is not a persona of the workspace',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Create a learner, or update the one with the same externalId (201 when created, 200 when updated)' })
  @ApiCreatedResponse({ type: LearnerDto, description: 'Created' })
  @ApiOkResponse({ type: LearnerDto, description: 'A learner with this externalId existed: the fields sent were applied' })
  async upsert(@Auth() auth: AuthContext, @Body() body: CreateLearnerDto, @Res({ passthrough: true }) res: Response): Promise<LearnerDto> {
    const { learner, outcome } = await this.learners.upsert(auth.workspaceId, body);
    res.status(outcome === 'created' ? 201 : 200);
    return LearnerDto.from(learner);
  }

  @Get()
  @ApiOperation({ summary: 'List learners, newest first, with filters and cursor pagination' })
  @ApiOkResponse({ type: LearnerPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListLearnersQueryDto): Promise<LearnerPageDto> {
    const page = await this.learners.list(auth.workspaceId, query);
    return { items: page.items.map(LearnerDto.from), nextCursor: page.nextCursor };
  }

  // Before ':id', which would take "zone-problems" for an id.
  @Get('zone-problems')
  @ApiOperation({
    summary: 'Zones learners hold that the database does not know, with how many learners hold each',
    description:
      'Empty when every zone is fine. Such learners are planned in the workspace zone until fixed: find them with ' +
      '`GET /v1/learners?timeZone=<zone>` and give them a valid zone (PATCH or import).',
  })
  @ApiOkResponse({ type: [ZoneProblemDto] })
  zoneProblems(@Auth() auth: AuthContext): Promise<ZoneProblemDto[]> {
    return this.learners.findUnknownLearnerZones(auth.workspaceId);
  }

  @Post('import')
  @Roles(Role.Planner)
  @HeavyWork('import')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import learners from a CSV file (upsert by externalId)', description: IMPORT_DESCRIPTION })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    required: true,
    schema: {
      oneOf: [
        {
          title: 'text/csv body',
          type: 'string',
          format: 'binary',
          example: 'external_id,email,first_name,last_name,department\nE-1,jeanne.dupont@acme.fr,Jeanne,Dupont,Sales\n',
        },
        {
          title: 'multipart form',
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', format: 'binary', description: 'The CSV file' } },
        },
      ],
    },
  })
  @ApiOkResponse({ type: ImportResultDto })
  async import(@Auth() auth: AuthContext, @Req() req: Request): Promise<ImportResultDto> {
    return this.imports.import(auth.workspaceId, await this.uploads.open(req));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a learner' })
  @ApiOkResponse({ type: LearnerDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<LearnerDto> {
    return LearnerDto.from(await this.learners.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @ApiErrors({
    409: 'LEARNER.EMAIL_TAKEN or LEARNER.EXTERNAL_ID_TAKEN: another learner of the workspace has it',
    422: 'LEARNER.UNKNOWN_PERSONA: personaId is not a persona of the workspace',
  })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Change some fields of a learner' })
  @ApiOkResponse({ type: LearnerDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateLearnerDto): Promise<LearnerDto> {
    return LearnerDto.from(await this.learners.update(auth.workspaceId, id, body));
  }

  @Delete(':id')
  @Roles(Role.Planner)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @ApiOperation({
    summary: 'Erase a learner',
    description: 'Hard delete (right to erasure): the learner row goes, and its enrolments and static segment memberships with it.',
  })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.learners.remove(auth.workspaceId, id);
  }
}
