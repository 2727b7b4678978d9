import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../infrastructure/crypto/crypto.module';
import { CoursesModule } from '../courses/courses.module';
import { EventsModule } from '../events/events.module';
import { TrackingModule } from '../tracking/tracking.module';
import { LearningEventsRepository } from './learning-events.repository';
import { LearningEventsService } from './learning-events.service';
import { LmsEventsController } from './lms-events.controller';
import { LmsWebhookSecret } from './lms-webhook-secret.entity';
import { LmsWebhookSecretsController } from './lms-webhook-secrets.controller';
import { LmsWebhookSecretsRepository } from './lms-webhook-secrets.repository';
import { LmsWebhookSecretsService } from './lms-webhook-secrets.service';
import { XapiStatementsController } from './xapi-statements.controller';

/** Enrolment facts from the LMS (signed webhooks) and xAPI statements, with attribution. */
@Module({
  imports: [TypeOrmModule.forFeature([LmsWebhookSecret]), CryptoModule, CoursesModule, EventsModule, TrackingModule],
  controllers: [LmsWebhookSecretsController, LmsEventsController, XapiStatementsController],
  providers: [LmsWebhookSecretsRepository, LmsWebhookSecretsService, LearningEventsRepository, LearningEventsService],
})
export class LearningEventsModule {}
