import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { databaseOptions } from './database-options';
import { ensureDatabase } from './ensure-database';

export interface MigrationReport {
  createdDatabase: boolean;
  applied: string[];
}

async function withDataSource<T>(config: AppConfig, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...databaseOptions(config), poolSize: 2, logging: ['error'] });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Creates the database when missing, then applies every pending migration, each in its own transaction. */
export async function migrate(config: AppConfig): Promise<MigrationReport> {
  const createdDatabase = await ensureDatabase(config.databaseUrl);
  const applied = await withDataSource(config, async (ds) => (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name));
  return { createdDatabase, applied };
}

/** Reverts the last applied migration; returns its name, or null when none was applied. */
export async function revertLastMigration(config: AppConfig): Promise<string | null> {
  await ensureDatabase(config.databaseUrl);
  return withDataSource(config, async (ds) => {
    const [last] = await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`).catch(() => []);
    if (!last) return null;
    await ds.undoLastMigration({ transaction: 'each' });
    return last.name as string;
  });
}

/** Names of the migrations not applied yet. */
export async function pendingMigrations(config: AppConfig): Promise<string[]> {
  await ensureDatabase(config.databaseUrl);
  return withDataSource(config, async (ds) => {
    const applied = new Set<string>(
      (await ds.query(`SELECT name FROM typeorm_migrations`).catch(() => [])).map((r: { name: string }) => r.name),
    );
    return ds.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
  });
}
