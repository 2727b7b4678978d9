import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApi } from './app.setup';
import { AppConfig, loadConfig } from './config/app-config';
import { preflight } from './infrastructure/preflight';
import { exitOnStartupError } from './infrastructure/startup';

async function bootstrap(): Promise<void> {
  await preflight(loadConfig());
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false, abortOnError: false });
  configureApi(app);
  const config = app.get(AppConfig);
  await app.listen(config.port);
}

bootstrap().catch(exitOnStartupError);
