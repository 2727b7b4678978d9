import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../common/auth/auth-context';
import { isUuid } from '../../common/http/parse-id.pipe';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../infrastructure/http/json-depth';
import { RequestErrors } from '../../infrastructure/http/request.errors';
import { EventSource } from '../events/event-kind';
import { LearningEventErrors } from './learning-events.errors';
import { type LearningEventResult, LearningEventsService } from './learning-events.service';
import { parseLmsEvents } from './lms-event-parser';
import { LmsWebhookSecretsService } from './lms-webhook-secrets.service';
import { checkSignature } from './webhook-signature';

/** LMS webhooks: no API key; the signature over the raw body, by one of the workspace's secrets, authenticates. */
@ApiTags('learning events')
@Public()
@Controller('v1/lms/events')
export class LmsEventsController {
  constructor(
    private readonly secrets: LmsWebhookSecretsService,
    private readonly learningEvents: LearningEventsService,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiHeader({ name: 'Clarion-Workspace', required: true, description: 'The workspace id' })
  @ApiHeader({ name: 'Clarion-Signature', required: true, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' })
  @ApiOkResponse({ description: 'One result for one event, or `{results}` for an array', schema: { type: 'object', additionalProperties: true } })
  @ApiErrors({
    400: 'LMS.MALFORMED_BODY or LMS.INVALID_EVENT: `details` names each bad field; nothing was applied',
    401: 'LMS.MISSING_SIGNATURE, LMS.BAD_SIGNATURE or LMS.STALE_TIMESTAMP',
    413: 'The body is larger than 2 MB',
    422: 'LMS.UNKNOWN_REFERENCE: a single event names an unknown learner or session',
  })
  @ApiOperation({
    summary: 'Receive enrolled / started / completed / dropped events (one object or an array), signed like Stripe webhooks',
    description:
      'Deduplicated by event id: a replay answers 200 with `duplicate: true`. A single event that names an unknown learner or ' +
      'session is a 422; in an array, such events are reported `rejected` one by one and the others applied.',
  })
  async receive(
    @Req() req: Request,
    @Headers('clarion-workspace') workspaceId: string | undefined,
    @Headers('clarion-signature') signature: string | undefined,
  ): Promise<LearningEventResult | { results: LearningEventResult[] }> {
    if (!workspaceId || !signature) throw LearningEventErrors.missingSignature();
    // The raw bytes are what was signed (registered for this route in app.setup.ts).
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const secrets = isUuid(workspaceId) ? await this.secrets.activeSecrets(workspaceId.toLowerCase()) : [];
    const check = checkSignature(signature, raw, secrets, new Date());
    if (check === 'malformed') throw LearningEventErrors.missingSignature();
    if (check === 'stale') throw LearningEventErrors.staleTimestamp();
    if (check === 'mismatch') throw LearningEventErrors.badSignature();

    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      throw LearningEventErrors.malformedBody((error as Error).message);
    }
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) throw RequestErrors.tooDeep(MAX_JSON_DEPTH);
    const parsed = parseLmsEvents(body, new Date());
    if (!parsed.ok) throw LearningEventErrors.invalidEvents(parsed.details);
    const single = !Array.isArray(body);
    const results = await this.learningEvents.ingest(workspaceId.toLowerCase(), parsed.events, EventSource.Lms, single ? 'strict' : 'lenient');
    return single ? results[0] : { results };
  }
}
