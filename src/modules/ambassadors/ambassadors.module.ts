import { Module } from '@nestjs/common';
import { BrandingModule } from '../branding/branding.module';
import { EventsModule } from '../events/events.module';
import { TemplatesModule } from '../templates/templates.module';
import { AmbassadorLinksModule } from './ambassador-links.module';
import { AmbassadorPagesController } from './ambassador-pages.controller';
import { AmbassadorPagesService } from './ambassador-pages.service';
import { CampaignAmbassadorsController } from './campaign-ambassadors.controller';
import { CampaignAmbassadorsService } from './campaign-ambassadors.service';
import { ShortLinksController } from './short-links.controller';
import { ShortLinksService } from './short-links.service';

/** Ambassador pages (public, by personal link), short links and their QR codes, posters, and the DLM's link management. */
@Module({
  imports: [AmbassadorLinksModule, TemplatesModule, BrandingModule, EventsModule],
  controllers: [AmbassadorPagesController, ShortLinksController, CampaignAmbassadorsController],
  providers: [AmbassadorPagesService, ShortLinksService, CampaignAmbassadorsService],
})
export class AmbassadorsModule {}
