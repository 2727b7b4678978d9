import { join } from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { AppConfig } from '../../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Works from src/ (ts-node, jest) and from dist/src/ (compiled): migrations/ sits beside src/.
const ROOT = join(__dirname, '..', '..', '..');

/** The one description of the database connection, shared by the app, the CLI and TypeORM's CLI. */
export function databaseOptions(config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize'>): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: [join(ROOT, 'src', 'modules', '**', '*.entity.{ts,js}')],
    migrations: [join(ROOT, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    poolSize: config.databasePoolSize,
    extra: { application_name: 'clarion', connectionTimeoutMillis: 5_000 },
  };
}
