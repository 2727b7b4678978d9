import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApi } from './app.setup';
import { AppConfig } from './config/app-config';
import { preflight, resolveServices } from './infrastructure/preflight';
import { exitOnStartupError } from './infrastructure/startup';

async function bootstrap(): Promise<void> {
  await preflight(await resolveServices());
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false, abortOnError: false });
  configureApi(app);
  const config = app.get(AppConfig);
  await app.listen(config.port);
}

bootstrap().catch(exitOnStartupError);
