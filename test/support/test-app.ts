import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApi } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { Role } from '../../src/common/enums';
import { quoteIdent } from '../../src/infrastructure/database/ensure-database';
import { WorkspacesService } from '../../src/modules/workspaces/workspaces.service';
import { databaseUrl, TEMPLATE_DATABASE, TEST_DATABASE_PREFIX, TEST_REDIS_URL, testQueue, testServerUrl } from './test-env';

/** A private database copied from the migrated template; dropped by `drop()`. */
export class TestDatabase {
  private constructor(
    readonly name: string,
    readonly url: string,
  ) {}

  static async create(): Promise<TestDatabase> {
    const name = `${TEST_DATABASE_PREFIX}db_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
    await withAdmin(async (admin) => {
      // Copies from one template may collide while another copy is being made: retry briefly.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DATABASE)}`);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    });
    return new TestDatabase(name, databaseUrl(name));
  }

  async drop(): Promise<void> {
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(this.name)} WITH (FORCE)`));
  }
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Configuration for a test: its own database and its own queue prefix. */
export function testConfig(database: TestDatabase, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    CLARION_QUEUE: testQueue(),
    QUEUE_PREFIX: `clarion-test-${database.name}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    APP_SECRET: 'test-secret-test-secret-test-secret-0123',
    ...overrides,
  });
}

export interface TestWorkspace {
  id: string;
  slug: string;
  /** Admin key. */
  key: string;
  keys: Record<Role, string>;
}

/** A running API on a private database, with helpers to call it as a given workspace and role. */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly database: TestDatabase,
    readonly config: AppConfig,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApp> {
    const database = await TestDatabase.create();
    const config = testConfig(database, overrides);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
    configureApi(app);
    await app.init();
    return new TestApp(app, database, config);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** Listens on a free port of 127.0.0.1, for tests that need real sockets (abort mid-body, many at once); the port. */
  async listen(): Promise<number> {
    await this.app.listen(0, '127.0.0.1');
    return (this.app.getHttpServer().address() as AddressInfo).port;
  }

  /** A supertest agent on the app's HTTP server. */
  http(): TestAgent {
    return request(this.app.getHttpServer());
  }

  /** Creates a workspace with one key per role. */
  /**
   * A workspace with a key per role. Template approval is off unless asked for: tests that are not
   * about reviews pin the versions they save.
   */
  async createWorkspace(name = `Workspace ${randomBytes(3).toString('hex')}`, options: { templateApproval?: boolean } = {}): Promise<TestWorkspace> {
    const service = this.app.get(WorkspacesService);
    const { workspace, key } = await service.createWorkspace({ name, templateApproval: options.templateApproval ?? false });
    const keys = { [Role.Admin]: key } as Record<Role, string>;
    for (const role of [Role.Planner, Role.Editor, Role.Viewer]) {
      keys[role] = (await service.createApiKey(workspace.id, `${role} key`, role)).key;
    }
    return { id: workspace.id, slug: workspace.slug, key, keys };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}

export const bearer = (key: string): [string, string] => ['Authorization', `Bearer ${key}`];
