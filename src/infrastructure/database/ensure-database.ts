import { Client } from 'pg';
import { unreachable } from '../connectivity';

/**
 * Connects to the configured database, creating it first when the server answers that it does not
 * exist. Returns true when it created it. Fails with one clear sentence when the server is unreachable.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  try {
    await probe(databaseUrl);
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw unreachable('PostgreSQL', databaseUrl, error);
  }
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    // Another process may have created it between our probe and our CREATE.
    if ((error as { code?: string }).code !== '42P04') throw unreachable('PostgreSQL', databaseUrl, error);
  } finally {
    await admin.end().catch(() => undefined);
  }
  return true;
}

async function probe(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
