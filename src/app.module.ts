import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { AllExceptionsFilter } from './infrastructure/http/all-exceptions.filter';
import { HeavyWorkInterceptor } from './infrastructure/http/heavy-work.interceptor';
import { createValidationPipe } from './infrastructure/http/validation';
import { AmbassadorsModule } from './modules/ambassadors/ambassadors.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { BrandingModule } from './modules/branding/branding.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { CoursesModule } from './modules/courses/courses.module';
import { EventsModule } from './modules/events/events.module';
import { HealthModule } from './modules/health/health.module';
import { LearningEventsModule } from './modules/learning-events/learning-events.module';
import { LearnersModule } from './modules/learners/learners.module';
import { NetworkChannelsModule } from './modules/network-channels/network-channels.module';
import { PeopleModule } from './modules/people/people.module';
import { RequestAuthGuard } from './modules/people/request-auth.guard';
import { PersonasModule } from './modules/personas/personas.module';
import { SegmentsModule } from './modules/segments/segments.module';
import { TemplatesModule } from './modules/templates/templates.module';
import { TrackingModule } from './modules/tracking/tracking.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

/** The HTTP API. It never sends anything itself: that is the worker's job. */
@Module({
  imports: [InfrastructureModule, HealthModule, WorkspacesModule, PeopleModule, LearnersModule, PersonasModule, SegmentsModule, CoursesModule, BrandingModule, TemplatesModule, NetworkChannelsModule, CampaignsModule, CalendarModule, AnalyticsModule, EventsModule, TrackingModule, LearningEventsModule, AmbassadorsModule],
  providers: [
    { provide: APP_GUARD, useExisting: RequestAuthGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_INTERCEPTOR, useClass: HeavyWorkInterceptor },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
