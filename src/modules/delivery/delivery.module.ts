import { BlackoutDatesStoreModule } from '../calendar/blackout-dates-store.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobRunner } from '../../infrastructure/queue/job-runner';
import { MailModule } from '../../infrastructure/mail/mail.module';
import { AmbassadorLinksModule } from '../ambassadors/ambassador-links.module';
import { AnalyticsModule } from '../analytics/analytics.module';
import { BrandingModule } from '../branding/branding.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EventsModule } from '../events/events.module';
import { NetworkChannelsModule } from '../network-channels/network-channels.module';
import { TemplatesModule } from '../templates/templates.module';
import { TrackingModule } from '../tracking/tracking.module';
import { DeliveriesRepository } from './deliveries.repository';
import { Delivery } from './delivery.entity';
import { DeliveryComposer } from './delivery-composer.service';
import { DeliverySenderService } from './delivery-sender.service';
import { DispatcherService } from './dispatcher.service';
import { PlanRepository } from './plan.repository';
import { PlannerService } from './planner.service';
import { SchedulerService } from './scheduler.service';
import { SendDeliveriesProcessor } from './send-deliveries.processor';
import { SendTestEmailProcessor } from './send-test-email.processor';
import { TestEmailSender } from './test-email-sender.service';

/**
 * The campaign engine, imported by the worker only: the scheduler (plan, sweep, dispatch), the
 * SendDeliveries processor and what it sends through (templates, mail, network channels).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Delivery]), BlackoutDatesStoreModule, MailModule, TemplatesModule, BrandingModule, NetworkChannelsModule, CampaignsModule, TrackingModule, EventsModule, AnalyticsModule, AmbassadorLinksModule],
  providers: [
    JobRunner,
    DeliveriesRepository,
    PlanRepository,
    PlannerService,
    DispatcherService,
    DeliveryComposer,
    DeliverySenderService,
    SendDeliveriesProcessor,
    TestEmailSender,
    SendTestEmailProcessor,
    SchedulerService,
  ],
  exports: [SchedulerService, PlannerService],
})
export class DeliveryModule {}
