import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CsvModule } from '../../infrastructure/csv/csv.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { Learner } from './learner.entity';
import { LearnerImportRepository } from './learner-import.repository';
import { LearnerImportService } from './learner-import.service';
import { LearnersController } from './learners.controller';
import { LearnersRepository } from './learners.repository';
import { LearnersService } from './learners.service';

@Module({
  imports: [TypeOrmModule.forFeature([Learner]), WorkspacesModule, CsvModule],
  controllers: [LearnersController],
  providers: [LearnersRepository, LearnersService, LearnerImportRepository, LearnerImportService],
  exports: [LearnersService],
})
export class LearnersModule {}
