import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignUsageModule } from '../campaigns/campaign-usage.module';
import { Segment } from './segment.entity';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';
import { SegmentsService } from './segments.service';

/** Segments, and the audience SQL other modules (personas, campaigns) build on. */
@Module({
  imports: [TypeOrmModule.forFeature([Segment]), CampaignUsageModule],
  controllers: [SegmentsController],
  providers: [SegmentsRepository, SegmentsService],
  exports: [SegmentsService],
})
export class SegmentsModule {}
