import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, PathItemObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ERROR_DESCRIPTIONS, type ErrorStatus, PUBLIC_OPERATION_EXTENSION, USER_ONLY_OPERATION_EXTENSION } from './api-errors.decorator';
import { ErrorEnvelopeDto } from './error-envelope.dto';

export const BEARER_SCHEME = 'bearer';
export const SESSION_SCHEME = 'session';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const ENVELOPE_REF = { $ref: `#/components/schemas/${ErrorEnvelopeDto.name}` };

/**
 * The API's OpenAPI document, as served at `/docs-json` (and checked by `npm run openapi:lint`).
 * Works on an application created with `preview: true` too: it only reads metadata.
 */
export function openApiDocument(app: INestApplication, publicBaseUrl: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Clarion API')
      .setDescription(
        'Learning-marketing campaign engine: learners, personas, segments, courses, templates, campaigns and their reports. ' +
          'Machines authenticate with `Authorization: Bearer <api key>`. People sign in (`POST /v1/auth/sign-in`) and get the ' +
          '`clarion_session` cookie; with it, workspace routes name their workspace in `X-Clarion-Workspace: <workspace id>`, and ' +
          'writes come from the console\'s origin with `X-CSRF-Token` (the `csrfToken` of `GET /v1/auth/session`). ' +
          'Errors share one envelope (`ErrorEnvelopeDto`): ' +
          '`{"error": {"code", "message", "details": [{"path", "message"}]}, "correlationId"}`.',
      )
      .setVersion('1')
      .addServer(publicBaseUrl)
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A workspace API key (clk_…)' }, BEARER_SCHEME)
      .addCookieAuth(
        'clarion_session',
        { type: 'apiKey', in: 'cookie', name: 'clarion_session', description: "A person's session (POST /v1/auth/sign-in); with X-Clarion-Workspace and, on writes, X-CSRF-Token" },
        SESSION_SCHEME,
      )
      .addSecurityRequirements(BEARER_SCHEME)
      .build(),
    { extraModels: [ErrorEnvelopeDto] },
  );
  for (const pathItem of Object.values(document.paths) as PathItemObject[]) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (operation) completeOperation(method, operation);
    }
  }
  return document;
}

/**
 * What every operation shares, said once here rather than on each handler: public ones take no key
 * (`security: []`); authenticated ones take an API key or a session cookie (`@UserOnly()` ones the
 * cookie only) and answer 401 without valid credentials, 400 for a bad parameter or body, 404 for
 * an id not in the workspace, and 403 on writes (admin-only unless `@Roles` opens them); workspace
 * routes also 400 (a session without `X-Clarion-Workspace`) and 403 (not a member). Every error
 * answer is the JSON error envelope.
 */
function completeOperation(method: (typeof METHODS)[number], operation: OperationObject): void {
  const extended = operation as OperationObject & Record<string, unknown>;
  const isPublic = extended[PUBLIC_OPERATION_EXTENSION] === true;
  const userOnly = extended[USER_ONLY_OPERATION_EXTENSION] === true;
  delete extended[PUBLIC_OPERATION_EXTENSION];
  delete extended[USER_ONLY_OPERATION_EXTENSION];
  const responses = operation.responses as Record<string, ResponseObject>;
  const add = (status: ErrorStatus) => {
    responses[status] ??= { description: ERROR_DESCRIPTIONS[status] };
  };
  if (isPublic) {
    operation.security = [];
  } else {
    // Either credential: an API key, or a person's session cookie (routes for people: the cookie only).
    operation.security = userOnly ? [{ [SESSION_SCHEME]: [] }] : [{ [BEARER_SCHEME]: [] }, { [SESSION_SCHEME]: [] }];
    add(401);
    const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
    if (parameters.length > 0 || operation.requestBody) add(400);
    if (parameters.some((p) => p.in === 'path')) add(404);
    if (method !== 'get' && method !== 'head') add(403);
    if (!userOnly) {
      // With the session cookie: no X-Clarion-Workspace is a 400, a workspace not theirs a 403.
      add(400);
      add(403);
    }
  }
  for (const [status, response] of Object.entries(responses)) {
    // Errors are JSON even where the operation produces something else (`@ApiProduces('text/csv')`).
    if (Number(status) >= 400) response.content = { 'application/json': { schema: ENVELOPE_REF } };
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
