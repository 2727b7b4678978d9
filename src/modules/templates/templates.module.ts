import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
import { TestSendsController } from './test-sends.controller';
import { TestSendsRepository } from './test-sends.repository';
import { TestSendsService } from './test-sends.service';
import { TemplatesController } from './templates.controller';
import { TemplatesRepository } from './templates.repository';
import { TemplatesService } from './templates.service';

@Module({
  imports: [TypeOrmModule.forFeature([Template, TemplateVersion]), BrandingModule, WorkspacesModule, CampaignUsageModule, TrackingModule],
  controllers: [TemplatesController, TestSendsController],
  providers: [{ provide: TemplateLibrary, useFactory: () => TemplateLibrary.default() }, TemplateRenderer, TemplatesRepository, TemplatesService, TemplateReviewsRepository, TemplateReviewsService, TestSendsRepository, TestSendsService],
  exports: [TemplateRenderer, TemplatesService, TemplatesRepository, TestSendsRepository],
})
export class TemplatesModule {}
