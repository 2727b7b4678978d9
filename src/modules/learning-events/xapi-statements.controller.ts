import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { DomainError } from '../../common/errors/domain-error';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { EventSource } from '../events/event-kind';
import { LearningEventErrors } from './learning-events.errors';
import { LearningEventsService } from './learning-events.service';
import { parseXapiStatements } from './xapi-statement-parser';

const XAPI_VERSION = '1.0.3';

/** A minimal LRS statements resource: enrolment facts in, statement ids out. */
@ApiTags('learning events')
@ApiBearerAuth()
@Controller('xapi/statements')
export class XapiStatementsController {
  constructor(private readonly learningEvents: LearningEventsService) {}

  @Post()
  @ApiErrors({ 422: 'XAPI.UNKNOWN_REFERENCE: a statement names an unknown learner or session; nothing was applied' })
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiHeader({ name: 'X-Experience-API-Version', required: false, description: '1.0.x' })
  @ApiBody({ description: 'One xAPI statement or an array of them', schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] } })
  @ApiOperation({
    summary: 'Store xAPI statements (planner, admin): registered, launched/attempted, completed/passed update enrolments',
    description: 'Answers like an LRS: the array of statement ids. A statement id seen before is accepted and not applied again.',
  })
  @ApiOkResponse({ description: 'The ids of the statements, in the order sent', schema: { type: 'array', items: { type: 'string', format: 'uuid' } } })
  async store(
    @Auth() auth: AuthContext,
    @Body() body: unknown,
    @Headers('x-experience-api-version') version: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string[]> {
    if (version !== undefined && !/^1\.0(\.\d+)?$/.test(version.trim())) {
      throw DomainError.invalid('XAPI.UNSUPPORTED_VERSION', `xAPI version "${version}" is not supported; send 1.0.x`, [
        { path: 'X-Experience-API-Version', message: 'must be 1.0.x' },
      ]);
    }
    res.setHeader('X-Experience-API-Version', XAPI_VERSION);
    const parsed = parseXapiStatements(body, new Date());
    if (!parsed.ok) throw LearningEventErrors.invalidStatements(parsed.details);
    await this.learningEvents.ingest(auth.workspaceId, parsed.events, EventSource.Xapi, 'strict');
    return parsed.events.map((e) => e.id);
  }
}
