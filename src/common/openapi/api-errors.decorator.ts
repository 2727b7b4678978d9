import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from './error-envelope.dto';

/** The 4xx (and 503) answers an operation can give; each is the error envelope. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 408 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

/** What each status means across the API; a handler may say more with its own description. */
export const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Invalid input: `details` names each field (or parameter, or CSV row) and its problem',
  401: 'AUTH.*: no API key or session, an unknown or revoked key, or an ended session',
  403: "AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER",
  404: 'Not found in this workspace (an id from another workspace is not found either)',
  408: 'The client stopped sending its request before its end',
  409: 'Conflicts with the current state of the resource',
  410: 'It existed but is no more (expired or already used)',
  413: 'The request body is larger than allowed',
  415: 'Unsupported Content-Type',
  422: 'Well-formed, but the rules of the domain refuse it',
  429: 'Too many at once for this workspace: try again after `Retry-After` seconds',
  503: 'The server cannot serve now: try again after `Retry-After` seconds',
};

/** Marks an operation as public in the OpenAPI document; `openApiDocument` turns it into `security: []`. */
export const PUBLIC_OPERATION_EXTENSION = 'x-clarion-public';

/**
 * Documents error answers of an operation (on a handler) or of every operation of a controller (on
 * the class), each with the shared `ErrorEnvelopeDto`:
 *
 *   @ApiErrors(409, 422)
 *   @ApiErrors({ 409: 'CAMPAIGN.NOT_DRAFT: only a draft campaign takes new steps' })
 *
 * The answers every authenticated operation can give need not be listed: `openApiDocument` adds
 * 401 to each, 400 to those with parameters or a body, 404 to those with path parameters and 403
 * to writes (writes are admin-only unless `@Roles` opens them). `@Roles` adds 403, `@HeavyWork`
 * adds 429 and 503. A public operation (`@Public()`) gets none of these automatically: list what it
 * answers.
 */
export function ApiErrors(...statuses: Array<ErrorStatus | Partial<Record<ErrorStatus, string>>>): MethodDecorator & ClassDecorator {
  const described = new Map<ErrorStatus, string>();
  for (const entry of statuses) {
    if (typeof entry === 'number') described.set(entry, ERROR_DESCRIPTIONS[entry]);
    else for (const [status, description] of Object.entries(entry)) described.set(Number(status) as ErrorStatus, description as string);
  }
  return applyDecorators(...[...described].map(([status, description]) => ApiResponse({ status, description, type: ErrorEnvelopeDto })));
}

/** Swagger side of `@Public()`: the operation takes no API key. */
export const ApiPublic = (): MethodDecorator & ClassDecorator => ApiExtension(PUBLIC_OPERATION_EXTENSION, true);

/** Marks an operation for signed-in people only (session cookie, no API key, no workspace). */
export const USER_ONLY_OPERATION_EXTENSION = 'x-clarion-user-only';

/** Swagger side of `@UserOnly()`: the operation takes the session cookie only. */
export const ApiUserOnly = (): MethodDecorator & ClassDecorator => ApiExtension(USER_ONLY_OPERATION_EXTENSION, true);
