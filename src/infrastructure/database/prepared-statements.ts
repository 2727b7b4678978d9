import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '../../config/app-config';

// A connection is replaced after this many statements, so the statements it prepared (one per
// distinct text: a fence per step audience) cannot pile up for the life of the process.
const STATEMENTS_PER_CONNECTION = 20_000;

/**
 * The send path's statements, prepared once per connection and run with a generic plan. They run
 * once or twice per message; planned afresh each time, the fence spent 1.8 ms planning for 0.2 ms of
 * work (its audience SQL joins learners, personas, enrolments and the cap ledger). A generic plan is
 * safe for them: every one reaches its rows by primary key or by a claim's ids, whatever the values.
 * They have their own small pool because `plan_cache_mode` is a connection's setting, and the rest of
 * the application (segment counts, reports) must keep plans made for its values.
 */
@Injectable()
export class PreparedStatements implements OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = new Pool({
      connectionString: config.databaseUrl,
      max: Math.max(2, Math.min(config.databasePoolSize, Math.ceil(config.workerConcurrency / 2))),
      maxUses: STATEMENTS_PER_CONNECTION,
      connectionTimeoutMillis: 5_000,
      application_name: 'clarion-send',
      options: `-c plan_cache_mode=force_generic_plan -c statement_timeout=${config.databaseStatementTimeoutMs}`,
    });
    // An idle connection that PostgreSQL closes (a restart) is dropped by the pool; the error must not crash the process.
    this.pool.on('error', () => undefined);
  }

  /** Runs `text` as a prepared statement named after its text; returns its rows and how many it touched. */
  async run<T>(text: string, values: unknown[]): Promise<{ rows: T[]; rowCount: number }> {
    const name = `clarion_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    const result = await this.pool.query({ name, text, values });
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
