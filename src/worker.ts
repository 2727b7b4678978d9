import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { preflight, resolveServices } from './infrastructure/preflight';
import { exitOnStartupError } from './infrastructure/startup';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  await preflight(await resolveServices());
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Worker started');
}

bootstrap().catch(exitOnStartupError);
