import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { HeavyWorkKind } from '../../config/app-config';
import { ErrorEnvelopeDto } from '../openapi/error-envelope.dto';

export const HEAVY_WORK_KEY = 'clarion:heavy-work';

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };

/**
 * Marks a handler as heavy work of a kind (an import, a preview, a test send, a report). Each
 * workspace may run only so many of a kind at once (429 past that) and the process only so many
 * heavy requests in all (503 past that), both with `Retry-After`; see `HeavyWorkInterceptor`.
 */
export const HeavyWork = (kind: HeavyWorkKind) =>
  applyDecorators(
    SetMetadata(HEAVY_WORK_KEY, kind),
    ApiTooManyRequestsResponse({ type: ErrorEnvelopeDto, description: 'WORKSPACE.BUSY: the workspace already runs as many of these at once as it may', headers: RETRY_AFTER }),
    ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'SERVER.BUSY: the server runs as much heavy work as it takes', headers: RETRY_AFTER }),
  );
