import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CORRELATION_HEADER = 'x-correlation-id';

/**
 * The request's correlation id, given once and echoed in the `X-Correlation-Id` answer header: the
 * caller's own when well-formed, a new UUID otherwise.
 */
export function correlationIdOf(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers[CORRELATION_HEADER];
  const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  req.id = id;
  res.setHeader(CORRELATION_HEADER, id);
  return id;
}
