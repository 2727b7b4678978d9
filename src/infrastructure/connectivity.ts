/**
 * Turns a low-level connection failure into one sentence telling the operator what to start or set.
 */
export class ServiceUnreachableError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'ServiceUnreachableError';
  }
}

const HINTS: Record<string, { start: string; variable: string; otherwise: string }> = {
  PostgreSQL: { start: 'start PostgreSQL (for example `docker compose up -d postgres`)', variable: 'DATABASE_URL', otherwise: ' (DATABASE_URL=embedded: the embedded server)' },
  Redis: { start: 'start Redis (for example `docker compose up -d redis`)', variable: 'REDIS_URL', otherwise: ' (or CLARION_QUEUE=postgres: the queue on PostgreSQL)' },
};

export function unreachable(service: 'PostgreSQL' | 'Redis', rawUrl: string, error: unknown): ServiceUnreachableError {
  const hint = HINTS[service];
  let where = rawUrl;
  try {
    const url = new URL(rawUrl);
    where = `${url.hostname}:${url.port || (service === 'Redis' ? 6379 : 5432)}`;
  } catch {
    // keep the raw value: the config validation already vouched for its shape
  }
  const reason = describeCause(error);
  return new ServiceUnreachableError(
    `Cannot reach ${service} at ${where} (${reason}): ${hint.start} or set ${hint.variable} to a reachable server${hint.otherwise}.`,
    error,
  );
}

function describeCause(error: unknown): string {
  const e = error as { code?: string; message?: string } | undefined;
  switch (e?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ETIMEDOUT':
      return 'timed out';
    case '28P01':
    case '28000':
      return 'authentication failed';
    default:
      return e?.message?.split('\n')[0] ?? 'unknown error';
  }
}
