import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../infrastructure/crypto/crypto.module';
import { CampaignUsageModule } from '../campaigns/campaign-usage.module';
import { NetworkDeliveryModule } from '../delivery/network/network-delivery.module';
import { NetworkChannel } from './network-channel.entity';
import { NetworkChannelsController } from './network-channels.controller';
import { NetworkChannelsRepository } from './network-channels.repository';
import { NetworkChannelsService } from './network-channels.service';

@Module({
  imports: [TypeOrmModule.forFeature([NetworkChannel]), CryptoModule, NetworkDeliveryModule, CampaignUsageModule],
  controllers: [NetworkChannelsController],
  providers: [NetworkChannelsRepository, NetworkChannelsService],
  // The worker imports this module for both: channels to open, adapters to deliver through.
  exports: [NetworkChannelsService, NetworkDeliveryModule],
})
export class NetworkChannelsModule {}
