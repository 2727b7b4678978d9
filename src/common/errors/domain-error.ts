/** What kind of failure an error is; the HTTP layer maps each kind to one status. */
export enum ErrorKind {
  Invalid = 'invalid',
  Unprocessable = 'unprocessable',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  /** It existed but is no more (an expired or used invitation). */
  Gone = 'gone',
  Conflict = 'conflict',
  PayloadTooLarge = 'payload_too_large',
  /** The client took too long to send its request (a stalled upload). */
  Timeout = 'timeout',
  /** The caller (its workspace) asks for more at once than its share: try again later. */
  TooManyRequests = 'too_many_requests',
  /** The server cannot serve now (saturated, shutting down): try again later. */
  Unavailable = 'unavailable',
}

export interface ErrorDetail {
  /** Where the problem is, as a JSON path into the input (`rule.all[1].field`, `email`, `row 12`). */
  path: string;
  message: string;
  /** What is wrong, as a stable code (`FieldProblem`, `SOURCE.*`), where one is known. */
  code?: string;
  /** The values the code's text is made of (a variable's name, a line; `{ language: 'de', count: 12 }`), for clients that say it in another language. */
  params?: Record<string, string | number>;
}

/**
 * An expected failure with a stable machine code (`SEGMENT.UNKNOWN_FIELD`). Services throw these;
 * the global exception filter turns them into the API's error envelope. Services never throw
 * HttpException.
 */
export class DomainError extends Error {
  /** Sent as `Retry-After` (seconds): when trying again has a chance. */
  retryAfterSeconds?: number;

  constructor(
    readonly code: string,
    message: string,
    readonly kind: ErrorKind,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** 429: the workspace already runs as much of this work as it may; `Retry-After` says when to try again. */
  static tooManyRequests(code: string, message: string, retryAfterSeconds: number): DomainError {
    return Object.assign(new DomainError(code, message, ErrorKind.TooManyRequests), { retryAfterSeconds });
  }

  /** 503: the server as a whole cannot serve now; `Retry-After` says when to try again. */
  static unavailable(code: string, message: string, retryAfterSeconds: number): DomainError {
    return Object.assign(new DomainError(code, message, ErrorKind.Unavailable), { retryAfterSeconds });
  }

  static invalid(code: string, message: string, details: ErrorDetail[] = []): DomainError {
    return new DomainError(code, message, ErrorKind.Invalid, details);
  }

  static unprocessable(code: string, message: string, details: ErrorDetail[] = []): DomainError {
    return new DomainError(code, message, ErrorKind.Unprocessable, details);
  }

  static notFound(code: string, message: string): DomainError {
    return new DomainError(code, message, ErrorKind.NotFound);
  }

  static gone(code: string, message: string): DomainError {
    return new DomainError(code, message, ErrorKind.Gone);
  }

  static conflict(code: string, message: string, details: ErrorDetail[] = []): DomainError {
    return new DomainError(code, message, ErrorKind.Conflict, details);
  }

  static forbidden(code: string, message: string): DomainError {
    return new DomainError(code, message, ErrorKind.Forbidden);
  }

  static unauthenticated(code: string, message: string): DomainError {
    return new DomainError(code, message, ErrorKind.Unauthenticated);
  }
}
