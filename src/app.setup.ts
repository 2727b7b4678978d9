import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { openApiDocument } from './common/openapi/openapi-document';
import { AppConfig } from './config/app-config';
import { serveConsole } from './infrastructure/http/console-static';
import { rejectDeepBodies } from './infrastructure/http/json-depth';
import { securityHeaders, trackingSecurityHeaders } from './infrastructure/http/security-headers';
import { correlationIdOf } from './infrastructure/logging/correlation-id';
import { trackingHits } from './modules/tracking/tracking-hits.middleware';
import { TrackingService } from './modules/tracking/tracking.service';

/** Everything an API instance needs beyond its module graph; shared by main.ts and the e2e tests. */
export function configureApi(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', app.get(AppConfig).trustProxy);
  // The open pixel and click redirects first: answered without the rest of the chain (see the middleware).
  app.use(trackingHits(app.get(TrackingService), trackingSecurityHeaders()));
  // Before the body is read, so a refused body (too large, malformed) is answered with an id too.
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    correlationIdOf(req, res);
    next();
  });
  app.use(securityHeaders(app.get(AppConfig).publicBaseUrl));
  // The web console at `/` (any path that is not the api's); before the body parsers, it reads no body.
  app.use(serveConsole(app.get(AppConfig).consoleDir));
  // LMS webhooks are signed over their exact bytes: kept raw (registered first, so the JSON parser skips them).
  app.useBodyParser('raw', { type: (req: IncomingMessage) => req.url?.split('?')[0] === '/v1/lms/events', limit: '2mb' });
  // The RFC 8058 one-click body and the preference page's form, on the preference page only.
  app.useBodyParser('urlencoded', {
    extended: false,
    limit: '16kb',
    type: (req: IncomingMessage) => req.url?.startsWith('/u/') === true && /^application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? ''),
  });
  // Not strict: a bare string, number or null is parsed, so the validation pipe can say what it is.
  app.useBodyParser('json', { limit: '2mb', strict: false });
  app.use(rejectDeepBodies);
  app.enableShutdownHooks();

  const document = openApiDocument(app, app.get(AppConfig).publicBaseUrl);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

/**
 * The same OpenAPI document as `/docs-json`, without a running API: the module graph is read in
 * preview mode (no provider is created, so no database or Redis is needed).
 */
export async function offlineOpenApiDocument(publicBaseUrl: string): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app, publicBaseUrl);
  } finally {
    await app.close();
  }
}
