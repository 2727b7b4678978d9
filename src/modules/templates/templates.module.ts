import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../infrastructure/mail/mail.module';
import { BrandingModule } from '../branding/branding.module';
import { CampaignUsageModule } from '../campaigns/campaign-usage.module';
import { TrackingModule } from '../tracking/tracking.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { TemplateLibrary } from './template-library';
import { TemplateRenderer } from './template-renderer';
import { TemplateVersion } from './template-version.entity';
import { Template } from './template.entity';
import { TemplateReviewsRepository } from './template-reviews.repository';
import { TemplateReviewsService } from './template-reviews.service';
import { TemplatesController } from './templates.controller';
import { TemplatesRepository } from './templates.repository';
import { TemplatesService } from './templates.service';

@Module({
  imports: [TypeOrmModule.forFeature([Template, TemplateVersion]), BrandingModule, WorkspacesModule, MailModule, CampaignUsageModule, TrackingModule],
  controllers: [TemplatesController],
  providers: [{ provide: TemplateLibrary, useFactory: () => TemplateLibrary.default() }, TemplateRenderer, TemplatesRepository, TemplatesService, TemplateReviewsRepository, TemplateReviewsService],
  exports: [TemplateRenderer, TemplatesService],
})
export class TemplatesModule {}
