import { Body, Controller, Get, Param, Patch, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, Roles, type AuthContext } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignReportService } from './campaign-report.service';
import { CampaignCostsDto, UpdateCampaignCostsDto } from './dto/campaign-costs.dto';
import { CampaignReportDto } from './dto/campaign-report.dto';
import { ReportCsvQueryDto } from './dto/report-csv.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/campaigns')
export class AnalyticsController {
  constructor(private readonly reports: CampaignReportService) {}

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
      'The report as CSV (UTF-8 with BOM): the funnel breakdowns one row per group, then the A/B tests, the ROI and the ambassador leaderboard, each after a blank line with its own header. ' +
      '`locale=fr` writes `;` and decimal commas (French Excel), `locale=en` `,` and decimal points; by default, the workspace language\'s',
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

  @Patch(':id/costs')
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Set the cost inputs of the ROI (admin, planner): a field left out is kept, null clears it' })
  @ApiOkResponse({ type: CampaignCostsDto })
  updateCosts(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCampaignCostsDto): Promise<CampaignCostsDto> {
    return this.reports.updateCosts(auth.workspaceId, id, body);
  }
}
