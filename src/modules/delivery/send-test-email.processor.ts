import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../../infrastructure/queue/job-runner';
import { JobName } from '../../infrastructure/queue/jobs';
import { TestEmailSender } from './test-email-sender.service';

/** Thin: a SendTestEmail job names a recorded test send; the sender does the rest. */
@Injectable()
export class SendTestEmailProcessor implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    private readonly sender: TestEmailSender,
  ) {}

  onModuleInit(): void {
    this.runner.register(JobName.SendTestEmail, (data) => this.sender.send(data.testSendId));
  }
}
