import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { EventsModule } from '../events/events.module';
import { TrackingController } from './tracking.controller';
import { TrackingLinks } from './tracking-links';
import { TrackingRepository } from './tracking.repository';
import { TrackingService } from './tracking.service';
import { TrackingTokens } from './tracking-token';

@Module({
  imports: [EventsModule],
  controllers: [TrackingController],
  providers: [
    {
      provide: TrackingTokens,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new TrackingTokens(config.appSecret, { keyIds: config.trackingKeyIds, maxAgeDays: config.trackingTokenMaxAgeDays }),
    },
    TrackingLinks,
    TrackingRepository,
    TrackingService,
  ],
  // TrackingLinks is what the campaign engine calls when composing a message.
  exports: [TrackingTokens, TrackingLinks],
})
export class TrackingModule {}
