import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CsvModule } from '../../infrastructure/csv/csv.module';
import { Course } from './course.entity';
import { CourseSession } from './course-session.entity';
import { CoursesController } from './courses.controller';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';
import { Enrollment } from './enrollment.entity';
import { EnrollmentImportRepository } from './enrollment-import.repository';
import { EnrollmentImportService } from './enrollment-import.service';
import { EnrollmentsController } from './enrollments.controller';
import { EnrollmentsRepository } from './enrollments.repository';
import { EnrollmentsService } from './enrollments.service';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Course, CourseSession, Enrollment]), CsvModule],
  controllers: [CoursesController, SessionsController, EnrollmentsController],
  providers: [
    CoursesRepository,
    CoursesService,
    SessionsRepository,
    SessionsService,
    EnrollmentsRepository,
    EnrollmentsService,
    EnrollmentImportRepository,
    EnrollmentImportService,
  ],
  // EnrollmentsService.applyStatus is what LMS webhooks and xAPI statements call.
  exports: [CoursesService, SessionsService, EnrollmentsService],
})
export class CoursesModule {}
