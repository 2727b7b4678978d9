import { DomainError } from '../../common/errors/domain-error';

// Messages of pg-pool and pg, which give these failures no code.
const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect';
const CONNECT_TIMEOUT = 'Connection terminated due to connection timeout';

const RETRY_AFTER_SECONDS = 2;

/**
 * The database failures that mean "too busy now", not "this request is wrong": no pool connection
 * free in time, no connection slot on the server, a statement or an idle transaction past its
 * timeout. Answered 503 with Retry-After (null for any other error).
 */
export function databaseBusyError(error: unknown): DomainError | null {
  if (!(error instanceof Error)) return null;
  const code = ((error as { driverError?: { code?: string } }).driverError ?? (error as { code?: string })).code;
  if (error.message === POOL_WAIT_TIMEOUT || error.message === CONNECT_TIMEOUT || code === '53300') {
    return DomainError.unavailable('SERVER.BUSY', `The server has no database connection free right now; try again in ${RETRY_AFTER_SECONDS} s`, RETRY_AFTER_SECONDS);
  }
  if (code === '57014' || code === '25P03') {
    return DomainError.unavailable('SERVER.BUSY', `The database took too long to answer; try again in ${RETRY_AFTER_SECONDS} s`, RETRY_AFTER_SECONDS);
  }
  return null;
}
