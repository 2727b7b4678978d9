import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The producer, available to every module (the api queues test sends); part of the infrastructure. The JobRunner is provided by the worker module only. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class QueueModule {}
