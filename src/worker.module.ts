import { Module } from '@nestjs/common';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { DeliveryModule } from './modules/delivery/delivery.module';

/** The worker: the scheduler and the queue processors, no HTTP server. Run as many as the load needs. */
@Module({
  imports: [InfrastructureModule, DeliveryModule],
})
export class WorkerModule {}
