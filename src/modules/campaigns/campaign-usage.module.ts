import { Module } from '@nestjs/common';
import { CampaignUsageRepository } from './campaign-usage.repository';
import { CampaignUsageService } from './campaign-usage.service';

/**
 * What the segment, template, branding and network-channel modules ask before deleting: which
 * campaigns use the thing. Apart from the campaigns module, which depends on some of them.
 */
@Module({
  providers: [CampaignUsageRepository, CampaignUsageService],
  exports: [CampaignUsageService],
})
export class CampaignUsageModule {}
