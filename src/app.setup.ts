import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './config/app-config';
import { rejectDeepBodies } from './infrastructure/http/json-depth';
import { securityHeaders } from './infrastructure/http/security-headers';
import { correlationIdOf } from './infrastructure/logging/correlation-id';

/** Everything an API instance needs beyond its module graph; shared by main.ts and the e2e tests. */
export function configureApi(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  // Before the body is read, so a refused body (too large, malformed) is answered with an id too.
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    correlationIdOf(req, res);
    next();
  });
  app.use(securityHeaders(app.get(AppConfig).publicBaseUrl));
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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Clarion API')
      .setDescription(
        'Learning-marketing campaign engine: learners, personas, segments, courses, templates, campaigns and their reports. ' +
          'Machines authenticate with `Authorization: Bearer <api key>`. People sign in (`POST /v1/auth/sign-in`) and get the ' +
          '`clarion_session` cookie; with it, workspace routes name their workspace in `X-Clarion-Workspace: <workspace id>` and ' +
          'writes carry `X-CSRF-Token` (from `GET /v1/auth/session`) from the console\'s origin. Errors share one envelope: ' +
          '`{"error": {"code", "message", "details": [{"path", "message"}]}, "correlationId"}`.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A workspace API key (clk_…)' })
      .addCookieAuth('clarion_session', { type: 'apiKey', in: 'cookie', name: 'clarion_session', description: 'A person\'s session (see /v1/auth/sign-in)' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
