import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CsvModule } from '../../infrastructure/csv/csv.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CoursesModule } from '../courses/courses.module';
import { EventsModule } from '../events/events.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { Learner } from './learner.entity';
import { LearnerImportRepository } from './learner-import.repository';
import { LearnerImportService } from './learner-import.service';
import { LearnersController } from './learners.controller';
import { LearnersRepository } from './learners.repository';
import { LearnersService } from './learners.service';
import { LearnerTimelineService } from './learner-timeline.service';

@Module({
  // The timeline asks the modules that own enrolments, deliveries and events.
  imports: [TypeOrmModule.forFeature([Learner]), WorkspacesModule, CsvModule, CoursesModule, CampaignsModule, EventsModule],
  controllers: [LearnersController],
  providers: [LearnersRepository, LearnersService, LearnerImportRepository, LearnerImportService, LearnerTimelineService],
  exports: [LearnersService],
})
export class LearnersModule {}
