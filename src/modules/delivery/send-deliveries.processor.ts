import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../../infrastructure/queue/job-runner';
import { JobName } from '../../infrastructure/queue/jobs';
import { DeliverySenderService } from './delivery-sender.service';

/** Thin: a SendDeliveries job is a batch of delivery ids; the sender does the rest. */
@Injectable()
export class SendDeliveriesProcessor implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    private readonly sender: DeliverySenderService,
  ) {}

  onModuleInit(): void {
    this.runner.register(JobName.SendDeliveries, (data) => this.sender.sendBatch(data));
  }
}
