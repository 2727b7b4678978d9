import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignUsageModule } from '../campaigns/campaign-usage.module';
import { BrandKit } from './brand-kit.entity';
import { BrandKitsController } from './brand-kits.controller';
import { BrandKitsRepository } from './brand-kits.repository';
import { BrandKitsService } from './brand-kits.service';

@Module({
  imports: [TypeOrmModule.forFeature([BrandKit]), CampaignUsageModule],
  controllers: [BrandKitsController],
  providers: [BrandKitsRepository, BrandKitsService],
  exports: [BrandKitsService],
})
export class BrandingModule {}
