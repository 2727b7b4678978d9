import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import type { HistoryEntry } from '../../common/history/learner-history';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { CsvUploadReader } from '../../infrastructure/csv/csv-upload';
import { CreateLearnerDto } from './dto/create-learner.dto';
import { ImportLearnersQueryDto } from './dto/import-learners.query';
import { ImportResultDto } from './dto/import-result.dto';
import { LearnerPageDto } from './dto/learner-page.dto';
import { LearnerDto } from './dto/learner.dto';
import { ListLearnersQueryDto } from './dto/list-learners.query';
import { UpdateLearnerDto } from './dto/update-learner.dto';
import { ZoneProblemDto } from './dto/zone-problem.dto';
import { AttributeKeysDto, CountLearnersQueryDto, LearnerCountDto, LearnerFacetsDto } from './dto/learner-facets.dto';
import { ImportPreviewDto } from './dto/import-preview.dto';
import { LearnerTimelinePageDto, type TimelineEntryDto } from './dto/learner-timeline.dto';
import { LearnerImportService } from './learner-import.service';
import { LearnerTimelineService } from './learner-timeline.service';
import { LearnersService } from './learners.service';

const IMPORT_DESCRIPTION =
  'Send the file as the body with `Content-Type: text/csv`, or as the `file` part of a multipart form. ' +
  'Separators `,` `;` or tab are detected; a UTF-8 BOM is fine. Columns are matched by header (externalId and email required; ' +
  'unknown columns go to attributes). Learners are upserted by externalId in one transaction; bad rows are reported and skipped. ' +
  'An empty or absent locale, time zone or consent leaves an existing learner’s as it is; a new learner gets the workspace’s locale and zone, ' +
  'and consent as `defaultConsent` says (true unless told otherwise).';

@ApiTags('learners')
@ApiBearerAuth()
@Controller('v1/learners')
export class LearnersController {
  constructor(
    private readonly learners: LearnersService,
    private readonly imports: LearnerImportService,
    private readonly uploads: CsvUploadReader,
    private readonly timelines: LearnerTimelineService,
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

  // Before ':id', which would take "facets", "attribute-keys", "count" or "zone-problems" for an id.
  @Get('facets')
  @ApiOperation({
    summary: 'The values learners hold for each filterable field, with how many hold each',
    description: 'department, site, country, personaId and locale: most held first, at most 200 per field, empty values left out. One pass over the workspace’s learners.',
  })
  @ApiOkResponse({ type: LearnerFacetsDto })
  facets(@Auth() auth: AuthContext): Promise<LearnerFacetsDto> {
    return this.learners.facets(auth.workspaceId);
  }

  @Get('attribute-keys')
  @ApiOperation({
    summary: 'The attribute keys learners hold, with how many hold each and their most held values',
    description:
      'For rule builders (`attributes.<key>`). Read from the workspace’s newest 20,000 learners that have attributes, ' +
      'so the cost stays bounded (about 0.1 s) however many learners the workspace has; `complete` says whether that was all of them.',
  })
  @ApiOkResponse({ type: AttributeKeysDto })
  attributeKeys(@Auth() auth: AuthContext): Promise<AttributeKeysDto> {
    return this.learners.attributeKeys(auth.workspaceId);
  }

  @Get('count')
  @ApiOperation({ summary: 'How many learners match the filters of GET /v1/learners' })
  @ApiOkResponse({ type: LearnerCountDto })
  async count(@Auth() auth: AuthContext, @Query() query: CountLearnersQueryDto): Promise<LearnerCountDto> {
    return { count: await this.learners.count(auth.workspaceId, query) };
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
  async import(@Auth() auth: AuthContext, @Req() req: Request, @Query() query: ImportLearnersQueryDto): Promise<ImportResultDto> {
    return this.imports.import(auth.workspaceId, await this.uploads.open(req), { consentByDefault: query.defaultConsent !== 'false' });
  }

  @Post('import/preview')
  @Roles(Role.Planner)
  @HeavyWork('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'How the import would read a CSV file: the field each header maps to, the encoding, the first rows and their problems',
    description:
      'Same body forms and rules as `POST /v1/learners/import` (the same header mapping, encoding detection and row checks); nothing is written. ' +
      'Only the first rows are kept: sending the head of a large file (say its first 128 KB) is enough, even cut mid-row. ' +
      '`problems` lists what the import would report for those rows, with the same codes; emails held by other learners are checked by the import only.',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    required: true,
    schema: {
      oneOf: [
        { title: 'text/csv body', type: 'string', format: 'binary', example: 'Matricule;Prénom;Nom;Adresse e-mail\nE-1;Jeanne;Lefèvre;jeanne.lefevre@acme.fr\n' },
        { title: 'multipart form', type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The CSV file, or its head' } } },
      ],
    },
  })
  @ApiOkResponse({ type: ImportPreviewDto })
  async previewImport(@Auth() auth: AuthContext, @Req() req: Request): Promise<ImportPreviewDto> {
    return this.imports.preview(auth.workspaceId, await this.uploads.open(req));
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: 'A learner’s history, newest first: enrolments, deliveries made to them, events',
    description: 'Deliveries show their campaign, step, channel, status and reason; events their kind (sends are told by their delivery). Cursor-paged.',
  })
  @ApiOkResponse({ type: LearnerTimelinePageDto })
  async timeline(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: PageQueryDto): Promise<LearnerTimelinePageDto> {
    const page = await this.timelines.timeline(auth.workspaceId, id, query);
    return { items: page.items.map(toTimelineEntryDto), nextCursor: page.nextCursor };
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

const ref = (id: string | null, name: string | null) => (id === null ? null : { id, name });

function toTimelineEntryDto(entry: HistoryEntry): TimelineEntryDto {
  return {
    id: entry.id,
    type: entry.source,
    kind: entry.kind,
    at: new Date(entry.key),
    campaign: ref(entry.campaignId, entry.campaignName),
    step: ref(entry.stepId, entry.stepName),
    channel: entry.channel,
    reason: entry.reason,
    course: ref(entry.courseId, entry.courseTitle),
    session: entry.sessionId === null ? null : { id: entry.sessionId, name: entry.sessionTitle, startsAt: entry.sessionStartsAt },
    machine: entry.machine,
  };
}
