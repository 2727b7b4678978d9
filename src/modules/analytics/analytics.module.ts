import { Module } from '@nestjs/common';
import { AbWinnerService } from './ab-winner.service';
import { AnalyticsController } from './analytics.controller';
import { CampaignReportService } from './campaign-report.service';
import { ReportRepository } from './report.repository';

/** Campaign reports (funnel, A/B verdicts, ROI, ambassadors) and the auto-winner decision the worker's scheduler calls. */
@Module({
  controllers: [AnalyticsController],
  providers: [ReportRepository, CampaignReportService, AbWinnerService],
  exports: [AbWinnerService],
})
export class AnalyticsModule {}
