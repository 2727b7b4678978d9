import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignUsageModule } from '../campaigns/campaign-usage.module';
import { BrandKit } from './brand-kit.entity';
import { BrandKitsController } from './brand-kits.controller';
import { BrandKitsRepository } from './brand-kits.repository';
import { BrandKitsService } from './brand-kits.service';
import { MediaController } from './media.controller';

@Module({
  imports: [TypeOrmModule.forFeature([BrandKit]), CampaignUsageModule],
  controllers: [BrandKitsController, MediaController],
  providers: [BrandKitsRepository, BrandKitsService],
  exports: [BrandKitsService],
})
export class BrandingModule {}
