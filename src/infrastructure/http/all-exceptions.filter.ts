import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorKind, type ErrorDetail } from '../../common/errors/domain-error';
import { databaseBusyError } from '../database/database-errors';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  [ErrorKind.Invalid]: HttpStatus.BAD_REQUEST,
  [ErrorKind.Unprocessable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorKind.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorKind.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorKind.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorKind.Gone]: HttpStatus.GONE,
  [ErrorKind.Conflict]: HttpStatus.CONFLICT,
  [ErrorKind.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorKind.Timeout]: HttpStatus.REQUEST_TIMEOUT,
  [ErrorKind.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorKind.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  409: 'REQUEST.CONFLICT',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  422: 'REQUEST.UNPROCESSABLE',
  429: 'REQUEST.RATE_LIMITED',
};

interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] };
  correlationId: string;
}

/** The one place where failures become HTTP answers: `{error: {code, message, details}, correlationId}`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request & { id?: string }>();
    const response = ctx.getResponse<Response>();
    const correlationId = String(request.id ?? '');
    // A saturated database is an answer to give (503, try again), not a bug to report.
    const answered = databaseBusyError(exception) ?? exception;
    const [status, error] = this.describe(answered);

    if (status >= 500) {
      if (answered instanceof DomainError) this.logger.warn({ err: exception, correlationId }, error.code);
      else this.logger.error({ err: exception, correlationId }, 'Unhandled error');
    }
    if (response.headersSent) return;
    if (answered instanceof DomainError && answered.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(answered.retryAfterSeconds));
    }
    if (bodyLeftUnread(request)) response.setHeader('Connection', 'close');
    const body: ErrorBody = { error, correlationId };
    response.status(status).json(body);
  }

  private describe(exception: unknown): [number, ErrorBody['error']] {
    if (exception instanceof DomainError) {
      return [
        STATUS_BY_KIND[exception.kind],
        { code: exception.code, message: exception.message, details: exception.details },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? [response.message].flat().join('; ')
          : exception.message;
      return [status, { code: CODE_BY_STATUS[status] ?? 'REQUEST.FAILED', message, details: [] }];
    }
    if (isBodyParserError(exception)) {
      return [
        exception.status,
        {
          code: exception.status === 413 ? 'REQUEST.TOO_LARGE' : 'REQUEST.MALFORMED_BODY',
          message: exception.status === 413 ? 'Request body is too large' : `Malformed request body: ${exception.message}`,
          details: [],
        },
      ];
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      // Safety net only: services translate the constraint violations they expect.
      if (code === '23505') return [409, { code: 'REQUEST.CONFLICT', message: 'A record with the same unique value already exists', details: [] }];
      if (code === '22P02' || code === '22007' || code === '22008') {
        return [400, { code: 'REQUEST.INVALID', message: 'A value has the wrong format', details: [] }];
      }
      // PostgreSQL stores no NUL character, in text or in jsonb.
      if (code === '22021' || code === '22P05') {
        return [400, { code: 'REQUEST.INVALID', message: 'A value holds a character that cannot be stored (NUL, \\u0000)', details: [] }];
      }
    }
    return [500, { code: 'INTERNAL', message: 'Internal error; quote the correlation id when reporting it', details: [] }];
  }
}

/**
 * Answered before its body was read to the end (refused, too large, a bad header row, cut off): the
 * rest is not read, so the connection cannot carry another request. (A request without a body is
 * not `complete` yet while it is handled synchronously, hence the check on the headers.)
 */
function bodyLeftUnread(request: Request): boolean {
  const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  return hasBody && !request.complete;
}

function isBodyParserError(e: unknown): e is Error & { status: number; type: string } {
  return e instanceof Error && typeof (e as { status?: unknown }).status === 'number' && typeof (e as { type?: unknown }).type === 'string';
}
