import type { LoggerService } from '@nestjs/common';

// SQLSTATE classes of a database out of reach or refusing connections: 08 connection exception,
// 57P admin shutdown / crash / cannot connect now, 53 insufficient resources.
const UNREACHABLE_STATES = /^(08|57P|53)/;
// What Node's sockets and pg say when there is no answer (they give some of these no code).
const UNREACHABLE_NET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection lost|ECONNREFUSED|ECONNRESET/i;
const MAX_DELAY_MS = 5_000;
// Past this, the outcome is given up (logged): the row's lease lapses and the sweeper takes over.
const GIVE_UP_AFTER_MS = 10 * 60_000;

/** Whether an error means "PostgreSQL could not be reached" (worth retrying as is), not a bug or a bad statement. */
export function isUnreachable(error: unknown): boolean {
  for (const e of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_STATES.test(code) || UNREACHABLE_NET.has(code))) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  }
  return false;
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
