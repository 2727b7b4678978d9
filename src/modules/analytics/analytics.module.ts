import { Module } from '@nestjs/common';
import { AbWinnerService } from './ab-winner.service';
import { AnalyticsController } from './analytics.controller';
import { CampaignReportService } from './campaign-report.service';
import { ReportRepository } from './report.repository';
import { ReportLearnersRepository } from './report-learners.repository';
import { ReportLearnersService } from './report-learners.service';
import { SegmentsModule } from '../segments/segments.module';

/** Campaign reports (funnel, A/B verdicts, ROI, ambassadors) and the auto-winner decision the worker's scheduler calls. */
@Module({
  imports: [SegmentsModule],
  controllers: [AnalyticsController],
  providers: [ReportRepository, ReportLearnersRepository, CampaignReportService, ReportLearnersService, AbWinnerService],
  exports: [AbWinnerService],
})
export class AnalyticsModule {}
