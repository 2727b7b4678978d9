import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, Roles, type AuthContext } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignReportService } from './campaign-report.service';
import { CampaignCostsDto, UpdateCampaignCostsDto } from './dto/campaign-costs.dto';
import { CampaignReportDto } from './dto/campaign-report.dto';
import { ReportCsvQueryDto } from './dto/report-csv.query';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import {
  ReportLearnersCsvQueryDto,
  type ReportLearnersFilterQueryDto,
  ReportLearnersPageDto,
  ReportLearnersQueryDto,
  RetargetSegmentDto,
  RetargetSegmentResultDto,
} from './dto/report-learners.dto';
import { ReportLearnersService } from './report-learners.service';
import type { SelectionInput } from './report-selection';

const OPENS_AGGREGATE_422 = 'REPORT.OPENS_AGGREGATE: the workspace keeps opens in aggregate only, so there is no list of who opened (stage or notStage opened, machineOpened)';

function selectionOf(query: ReportLearnersFilterQueryDto): SelectionInput {
  return { stage: query.stage, notStage: query.notStage, dimension: query.dimension, key: query.key, keyNull: query.keyNull === 'true' };
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/campaigns')
export class AnalyticsController {
  constructor(
    private readonly reports: CampaignReportService,
    private readonly learners: ReportLearnersService,
  ) {}

  @Get(':id/report')
  @HeavyWork('report')
  @ApiOperation({ summary: 'Funnel, rates, breakdowns, daily series, A/B verdicts, ROI and ambassador leaderboard of a campaign' })
  @ApiOkResponse({ type: CampaignReportDto })
  report(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignReportDto> {
    return this.reports.report(auth.workspaceId, id);
  }

  @Get(':id/report.csv')
  @HeavyWork('report')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The report as CSV (UTF-8 with BOM): the funnel breakdowns one row per group (rates as percentages, one decimal), then the A/B tests, the ROI, the ambassador leaderboard (days shared, clicks), the poster\'s scans and the network posts, each after a blank line with its own header. ' +
      '`locale=fr` writes French headers and words, `;` and decimal commas (French Excel), `locale=en` English, `,` and decimal points; by default, the workspace language\'s',
  })
  @ApiOkResponse({ description: 'The CSV file, as an attachment', content: { 'text/csv': { schema: { type: 'string' } } } })
  async reportCsv(
    @Auth() auth: AuthContext,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ReportCsvQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const csv = await this.reports.reportCsv(auth.workspaceId, id, query.locale);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="campaign-${id}-report.csv"`);
    return csv;
  }

  @Get(':id/report/learners')
  @HeavyWork('report')
  @ApiOperation({
    summary:
      'The learners behind a figure of the report, in name order: at `stage` (and not at `notStage`), in the whole campaign or one breakdown group (`dimension` and `key`). ' +
      'Without notStage, `total` is the report’s figure. E.g. who clicked but did not enrol: `stage=clicked&notStage=enrolled`; enrolled but never started: `stage=enrolled&notStage=started`',
  })
  @ApiOkResponse({ type: ReportLearnersPageDto })
  @ApiErrors({ 422: OPENS_AGGREGATE_422 })
  reportLearners(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: ReportLearnersQueryDto): Promise<ReportLearnersPageDto> {
    return this.learners.list(auth.workspaceId, id, selectionOf(query), query.limit ?? 50, query.cursor);
  }

  @Get(':id/report/learners.csv')
  @HeavyWork('report')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The same list as CSV (UTF-8 with BOM, CRLF), every matching learner, streamed: names, email, external id, department, site, persona, stages, and the moments (local time of the workspace). ' +
      '`locale=fr` writes French headers and stage names and `;` (French Excel), `locale=en` English and `,`; by default the workspace language’s',
  })
  @ApiOkResponse({ description: 'The CSV file, as an attachment', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiErrors({ 422: OPENS_AGGREGATE_422 })
  async reportLearnersCsv(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: ReportLearnersCsvQueryDto, @Res() res: Response): Promise<void> {
    let started = false;
    const write = (chunk: string) =>
      new Promise<void>((resolve, reject) => {
        if (res.destroyed) return reject(new ClientGone());
        if (!started) {
          started = true;
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          res.setHeader('Content-Disposition', `attachment; filename="campaign-${id}-learners-${query.stage}.csv"`);
        }
        if (res.write(chunk)) return resolve();
        // Wait for the reader (or its leaving), then let go of both listeners.
        const drained = () => {
          res.off('close', gone);
          resolve();
        };
        const gone = () => {
          res.off('drain', drained);
          reject(new ClientGone());
        };
        res.once('drain', drained).once('close', gone);
      });
    try {
      await this.learners.csv(auth.workspaceId, id, selectionOf(query), query.locale, write);
      res.end();
    } catch (error) {
      if (error instanceof ClientGone) return;
      if (started) {
        // Too late for an error answer: cut the file short so it cannot pass for a whole one.
        res.destroy(error as Error);
        return;
      }
      throw error;
    }
  }

  @Post(':id/report/learners/segment')
  @Roles(Role.Planner)
  @HttpCode(201)
  @ApiOperation({ summary: 'Retarget: a static segment of exactly the learners the list names now, made in one transaction (admin, planner); use it in a follow-up step' })
  @ApiCreatedResponse({ type: RetargetSegmentResultDto })
  @ApiErrors({ 409: 'SEGMENT.NAME_TAKEN: a segment of that name exists', 422: OPENS_AGGREGATE_422 })
  retarget(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: RetargetSegmentDto): Promise<RetargetSegmentResultDto> {
    return this.learners.retarget(auth.workspaceId, id, { stage: body.stage, notStage: body.notStage, dimension: body.dimension, key: body.key, name: body.name });
  }

  @Get(':id/costs')
  @ApiOperation({ summary: 'The cost inputs of the ROI, as last entered, and the cost they make' })
  @ApiOkResponse({ type: CampaignCostsDto })
  costs(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignCostsDto> {
    return this.reports.costs(auth.workspaceId, id);
  }

  @Patch(':id/costs')
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Set the cost inputs of the ROI (admin, planner): a field left out is kept, null clears it' })
  @ApiOkResponse({ type: CampaignCostsDto })
  updateCosts(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCampaignCostsDto): Promise<CampaignCostsDto> {
    return this.reports.updateCosts(auth.workspaceId, id, body);
  }
}

/** The reader went away mid-file: nothing to answer. */
class ClientGone extends Error {}
