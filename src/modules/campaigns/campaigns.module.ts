import { BlackoutDatesStoreModule } from '../calendar/blackout-dates-store.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesController } from '../delivery/deliveries.controller';
import { BrandingModule } from '../branding/branding.module';
import { CoursesModule } from '../courses/courses.module';
import { SegmentsModule } from '../segments/segments.module';
import { Campaign } from './campaign.entity';
import { CampaignAudienceService } from './campaign-audience.service';
import { CampaignDeliveriesRepository } from './campaign-deliveries.repository';
import { CampaignDeliveriesService } from './campaign-deliveries.service';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import { CampaignPlanController } from './campaign-plan.controller';
import { CampaignPlanChecker } from './campaign-plan-checker';
import { CampaignReferencesRepository } from './campaign-references.repository';
import { CampaignStep } from './campaign-step.entity';
import { CampaignStepsController } from './campaign-steps.controller';
import { CampaignStepsService } from './campaign-steps.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignNoticesService } from './campaign-notices.service';
import { CampaignProgressService } from './campaign-progress.service';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { PlanPreviewService } from './plan-preview.service';
import { SessionChangeController } from './session-change.controller';
import { SessionChangePreviewService } from './session-change-preview.service';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignStep]), BlackoutDatesStoreModule, SegmentsModule, BrandingModule, CoursesModule],
  // The deliveries listing is campaign-scoped: its controller lives with the delivery module's files but is served here.
  controllers: [CampaignsController, CampaignStepsController, CampaignPlanController, SessionChangeController, DeliveriesController],
  providers: [
    CampaignsRepository,
    CampaignReferencesRepository,
    CampaignDeliveriesRepository,
    CampaignPlanChecker,
    CampaignAudienceService,
    PlanPreviewService,
    CampaignsService,
    CampaignStepsService,
    CampaignLifecycleService,
    CampaignDeliveriesService,
    CampaignProgressService,
    CampaignNoticesService,
    SessionChangePreviewService,
  ],
  exports: [CampaignsRepository, CampaignAudienceService, CampaignProgressService, CampaignDeliveriesService, CampaignNoticesService],
})
export class CampaignsModule {}
