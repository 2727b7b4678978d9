import type { LoggerService } from '@nestjs/common';

// SQLSTATE classes that mean the statement itself is wrong, not that the database is out of reach.
const STATEMENT_ERRORS = /^(22|23|42|P0)/;
const MAX_DELAY_MS = 5_000;
// Past this, the outcome is given up (logged): the row's lease lapses and the sweeper takes over.
const GIVE_UP_AFTER_MS = 10 * 60_000;

/** Whether an error means "PostgreSQL could not be reached or answered" (worth retrying as is). */
export function isUnreachable(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  return !STATEMENT_ERRORS.test(code);
}

/**
 * Writes an outcome, retrying for as long as PostgreSQL is unreachable: a message the SMTP server
 * accepted must be recorded as sent, or it would be sent again once the database is back.
 */
export async function untilWritten<T>(write: () => Promise<T>, logger: Pick<LoggerService, 'warn'>, sleep = defaultSleep): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUnreachable(error) || Date.now() - started > GIVE_UP_AFTER_MS) throw error;
      if (attempt === 1) logger.warn({ err: error }, 'Could not record an outcome; keeping it until the database answers');
      await sleep(Math.min(MAX_DELAY_MS, 100 * 2 ** Math.min(attempt, 6)));
    }
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
