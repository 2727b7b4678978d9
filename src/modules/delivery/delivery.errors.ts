/** What a failed send reports: a stable code (`HTTP_503`, `TIMEOUT`, `SMTP_421`…) and, for HTTP, the status. */
export interface DeliveryErrorOptions {
  code: string;
  status?: number;
  /** How long the receiver asked us to wait before trying again (Retry-After). */
  retryAfterMs?: number;
}

/**
 * A failure that may pass if tried again later (429, 5xx, timeouts, refused connections, SMTP 4xx).
 * Messages never carry a webhook URL, a secret or a learner's data: they are stored and logged.
 */
export class TransientDeliveryError extends Error {
  readonly code: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(message: string, options: DeliveryErrorOptions) {
    super(message);
    this.name = 'TransientDeliveryError';
    this.code = options.code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A failure no retry can fix (a revoked webhook, a refused payload, a blocked host, SMTP 5xx). */
export class PermanentDeliveryError extends Error {
  readonly code: string;
  readonly status?: number;

  constructor(message: string, options: Omit<DeliveryErrorOptions, 'retryAfterMs'>) {
    super(message);
    this.name = 'PermanentDeliveryError';
    this.code = options.code;
    this.status = options.status;
  }
}
