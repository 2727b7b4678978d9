import { Module } from '@nestjs/common';
import { InfrastructureModule } from './infrastructure/infrastructure.module';

/** The worker: queue processors and the scheduler, no HTTP server. */
@Module({
  imports: [InfrastructureModule],
})
export class WorkerModule {}
