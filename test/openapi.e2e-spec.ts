import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiOkResponse, ApiProperty, type OpenAPIObject } from '@nestjs/swagger';
import { offlineOpenApiDocument } from '../src/app.setup';
import { ErrorEnvelopeDto } from '../src/common/openapi/error-envelope.dto';
import { openApiDocument } from '../src/common/openapi/openapi-document';
import { handlerErrors } from './support/domain-error-graph';
import { describeProblems, lintOpenApi } from './support/openapi-lint';
import { referencedModels, schemaName, schemaNameClashes } from './support/openapi-models';
import { TestApp } from './support/test-app';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>; security?: unknown[] };
type Schema = { type?: string; $ref?: string; allOf?: unknown[]; oneOf?: unknown[]; anyOf?: unknown[]; properties?: Record<string, Schema>; additionalProperties?: unknown; items?: Schema };

// Operations that rightly lack a 2xx or a 4xx answer (redocly.yaml says why the rules are checked here).
const REDIRECTS = ['get /t/c/{token}', 'get /t/s/{token}', 'get /s/{code}'];
const NO_CLIENT_ERROR = ['get /health', 'get /t/o/{token}'];

// Two DTO classes named alike, with different shapes, one of them only reachable through a property.
function clashingDtos() {
  const first = (() => {
    class ThingDto {
      @ApiProperty() name: string;
    }
    return ThingDto;
  })();
  const second = (() => {
    class ThingDto {
      @ApiProperty() title: string;

      @ApiProperty() count: number;
    }
    return ThingDto;
  })();
  class WrapperDto {
    @ApiProperty({ type: second }) thing: InstanceType<typeof second>;
  }
  @Controller('things')
  class ThingsController {
    @Post()
    @ApiOkResponse({ type: WrapperDto })
    create(@Body() body: InstanceType<typeof first>): WrapperDto {
      return { thing: { title: body.name, count: 1 } };
    }

    @Get()
    @ApiOkResponse({ type: [first] })
    list(): InstanceType<typeof first>[] {
      return [];
    }
  }
  @Module({ controllers: [ThingsController] })
  class ThingsModule {}
  return ThingsModule;
}

// Handlers that reach a 409 or 422 factory in the call graph, yet can never answer it (why).
const UNREACHED_ERRORS: Record<string, string> = {
  'SessionsController.cancel 409': 'cancelling changes only the status: no capacity check, and cancelling again changes nothing',
  'EnrollmentsController.update 422': 'the enrolment names its learner, and goes with them when they are deleted (404)',
  'LmsEventsController.receive 409': 'reported facts: a passed status or a cancelled session is ignored, and capacity is not checked',
  'XapiStatementsController.store 409': 'reported facts: a passed status or a cancelled session is ignored, and capacity is not checked',
  'AuthController.requestReset 422': 'the reset email goes out after the answer (always 202): a refusal is only logged',
};

function operations(document: OpenAPIObject): Array<[string, Operation]> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => [`${method} ${path}`, op] as [string, Operation]),
  );
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_BASE_URL: 'https://learning.acme.test' });
    document = (await t.http().get('/docs-json').expect(200)).body as OpenAPIObject;
  });
  afterAll(() => t.close());

  it('is the one `npm run cli -- openapi` and `npm run openapi:lint` build without a database', async () => {
    expect(await offlineOpenApiDocument('https://learning.acme.test')).toEqual(document);
    expect(document.servers).toEqual([{ url: 'https://learning.acme.test' }]);
  });

  it('passes Redocly lint (recommended rules, redocly.yaml) with no problem', async () => {
    const problems = await lintOpenApi(document);
    if (problems.length) process.stdout.write(`${describeProblems(problems)}\n`);
    expect(problems).toEqual([]);
  });

  it('documents a success and the error envelope for each operation, and says which are public', () => {
    for (const [name, op] of operations(document)) {
      const statuses = Object.keys(op.responses);
      const success = REDIRECTS.includes(name) ? /^3/ : /^2/;
      expect({ name, success: statuses.some((s) => success.test(s)) }).toEqual({ name, success: true });
      if (!NO_CLIENT_ERROR.includes(name)) expect({ name, clientError: statuses.some((s) => /^4/.test(s)) }).toEqual({ name, clientError: true });
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        expect({ name, status, schema: op.responses[status].content?.['application/json']?.schema }).toEqual({ name, status, schema: { $ref: '#/components/schemas/ErrorEnvelopeDto' } });
      }
      expect(op.security).toBeDefined();
    }
    const publicOps = operations(document).filter(([, op]) => op.security?.length === 0).map(([name]) => name).sort();
    expect(publicOps).toEqual([
      'get /health',
      'get /media/{file}',
      'get /s/{code}',
      'get /s/{code}/qr.png',
      'get /s/{code}/qr.svg',
      'get /t/c/{token}',
      'get /t/o/{token}',
      'get /t/s/{token}',
      'get /u/{token}',
      'get /v1/ambassador-pages/{token}',
      'get /v1/ambassador-pages/{token}/brand',
      'get /v1/auth/invitations/{token}',
      'post /u/{token}',
      'post /v1/ambassador-pages/{token}/leaderboard-opt-out',
      'post /v1/ambassador-pages/{token}/shared',
      'post /v1/auth/invitations/{token}/accept',
      'post /v1/auth/password-reset',
      'post /v1/auth/password-reset/confirm',
      'post /v1/auth/sign-in',
      'post /v1/lms/events',
    ]);
    // Routes for people take the session cookie only; every other route a key or the cookie.
    const userOnly = operations(document).filter(([, op]) => JSON.stringify(op.security) === JSON.stringify([{ session: [] }])).map(([name]) => name).sort();
    expect(userOnly).toEqual(['get /v1/auth/session', 'patch /v1/auth/me', 'post /v1/auth/sign-out']);
    const withCredentials = operations(document).filter(([name, op]) => op.security!.length > 0 && !userOnly.includes(name));
    for (const [name, op] of withCredentials) expect({ name, security: op.security }).toEqual({ name, security: [{ bearer: [] }, { session: [] }] });
  });

  it('gives every property a type, and no string declared as a bare object', () => {
    const problems: string[] = [];
    const walk = (where: string, schema: Schema) => {
      if (!schema.type && !schema.$ref && !schema.allOf && !schema.oneOf && !schema.anyOf) problems.push(`${where}: no type`);
      if (schema.type === 'object' && !schema.properties && schema.additionalProperties === undefined && !schema.allOf) problems.push(`${where}: bare object`);
      for (const [name, property] of Object.entries(schema.properties ?? {})) walk(`${where}.${name}`, property);
      if (schema.items) walk(`${where}[]`, schema.items);
    };
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) walk(name, schema as Schema);
    expect(problems).toEqual([]);
  });

  it('gives each schema name one shape: no two DTO classes share a name with different shapes', async () => {
    const models = referencedModels(t.app, [ErrorEnvelopeDto]);
    const reached = new Set([...models].map(schemaName));
    // The walk reaches every schema of the document (enums aside), so a clash cannot hide outside it.
    const schemas = Object.entries(document.components?.schemas ?? {}) as Array<[string, { enum?: unknown }]>;
    expect(schemas.filter(([name, schema]) => !schema.enum && !reached.has(name)).map(([name]) => name)).toEqual([]);
    expect(reached.has('NetworkChannelPageDto')).toBe(true);
    expect(await schemaNameClashes(document, models)).toEqual([]);
  });

  it('that check finds namesake DTOs, even one reached only through a property (swagger keeps one in silence)', async () => {
    const app = await NestFactory.create(clashingDtos(), { preview: true, logger: false, abortOnError: false });
    try {
      const clashes = await schemaNameClashes(openApiDocument(app, 'https://learning.acme.test'), referencedModels(app));
      expect(clashes).toEqual([{ name: 'ThingDto', classes: 2, differing: [expect.stringMatching(/^ThingDto \(class \d of 2\)$/)] }]);
    } finally {
      await app.close();
    }
  });

  it('documents 409 and 422 on every handler whose services can answer them', () => {
    const byOperationId = new Map(operations(document).map(([, op]) => [(op as Operation & { operationId?: string }).operationId, op]));
    const missing: string[] = [];
    const unused = new Set(Object.keys(UNREACHED_ERRORS));
    let reaching = 0;
    for (const { handler, errors } of handlerErrors()) {
      const op = byOperationId.get(handler.replace('.', '_'));
      if (!op) continue; // not in the document (excluded from it)
      if (errors.length) reaching += 1;
      for (const status of new Set(errors.map((e) => e.status))) {
        const key = `${handler} ${status}`;
        if (UNREACHED_ERRORS[key]) {
          unused.delete(key);
          continue;
        }
        if (!op.responses[String(status)]) missing.push(`${key} (${errors.filter((e) => e.status === status).map((e) => e.code).join(', ')})`);
      }
    }
    // The graph does find the domain's conflicts (a broken analysis would find none and pass).
    expect(reaching).toBeGreaterThan(30);
    expect(missing).toEqual([]);
    expect([...unused]).toEqual([]);
  }, 120_000);
});
