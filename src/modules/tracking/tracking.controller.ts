import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { Controller, Get, Header, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/auth-context';
import { DomainError } from '../../common/errors/domain-error';
import { CspNonce } from '../../infrastructure/http/security-headers';
import { type PreferenceAction, TrackingService, type Visitor } from './tracking.service';
import { oneClickConfirmation } from './preference-page';
import { NO_STORE, PIXEL } from './tracking-answers';


/**
 * Public endpoints reached from emails: no API key, the signed token is the only credential. A GET
 * of the pixel or of a click is answered earlier by `trackingHits` (same answers); these handlers
 * answer what it passes on (a HEAD, a click that is a 404, a failure) and describe the routes.
 */
@ApiTags('tracking')
@Public()
@Controller()
export class TrackingController {
  private readonly logger = new Logger(TrackingController.name);

  constructor(private readonly tracking: TrackingService) {}

  @Get('t/o/:token')
  @ApiOkResponse({ description: 'A transparent 1×1 GIF', content: { 'image/gif': { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Open pixel: always a 1×1 GIF, whatever the token (its validity is never revealed)' })
  async open(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.tracking.open(token, visitor(req));
    } catch (error) {
      // The pixel must render even when recording fails; the failure is logged, not shown.
      this.logger.error({ err: error }, 'Could not record an open');
    }
    res.status(200).set({ 'Content-Type': 'image/gif', 'Cache-Control': NO_STORE, Pragma: 'no-cache' }).end(PIXEL);
  }

  @Get('t/c/:token')
  @ApiFoundResponse({ description: 'To the recorded URL', headers: { Location: { schema: { type: 'string', format: 'uri' } } } })
  @ApiErrors({ 404: 'TRACKING.LINK_NOT_FOUND: the link is not valid or has expired' })
  @ApiOperation({ summary: 'Click: 302 to the URL recorded for the delivery at send time (with UTM), or 404' })
  async click(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const url = await this.tracking.click(token, visitor(req));
    res.set('Cache-Control', NO_STORE).redirect(302, url);
  }

  @Get('t/s/:token')
  @ApiFoundResponse({ description: "To the course's enrolment link", headers: { Location: { schema: { type: 'string', format: 'uri' } } } })
  @ApiErrors({ 404: 'TRACKING.LINK_NOT_FOUND, or TRACKING.NO_ENROL_LINK when the course has no enrolment link yet' })
  @ApiOperation({ summary: "Ambassador share link: 302 to the course's enrol link with a `ref` that credits the ambassador" })
  async share(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const url = await this.tracking.share(token);
    res.set('Cache-Control', NO_STORE).redirect(302, url);
  }

  @Get('u/:token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', NO_STORE)
  @ApiOkResponse({ description: 'The preference page', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiErrors({ 404: 'TRACKING.LINK_NOT_FOUND: the link is not valid or has expired' })
  @ApiOperation({ summary: 'Preference page (HTML, French or English). Reading it never unsubscribes.' })
  preferences(@Param('token') token: string, @CspNonce() nonce: string): Promise<string> {
    return this.tracking.preferencePage(token, nonce);
  }

  @Post('u/:token')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Done: a confirmation page (Accept: text/html) or line of text', content: { 'text/html': { schema: { type: 'string' } }, 'text/plain': { schema: { type: 'string' } } } })
  @ApiErrors({ 400: 'TRACKING.INVALID_ACTION: action must be unsubscribe or resubscribe', 404: 'TRACKING.LINK_NOT_FOUND: the link is not valid or has expired' })
  @ApiOperation({
    summary: 'RFC 8058 one-click unsubscribe (`List-Unsubscribe=One-Click`, or an empty body), or the preference form (`action=unsubscribe|resubscribe`)',
  })
  async changePreference(@Param('token') token: string, @CspNonce() nonce: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const result = await this.tracking.changePreference(token, formAction(req.body), nonce);
    res.set('Cache-Control', NO_STORE);
    if (req.accepts(['text/plain', 'text/html']) === 'text/html') {
      res.type('html').send(result.html);
    } else {
      res.type('text/plain').send(oneClickConfirmation(result.locale));
    }
  }
}

function visitor(req: Request): Visitor {
  return { userAgent: req.headers['user-agent'], ip: req.ip };
}

// Mail clients send `List-Unsubscribe=One-Click` (or nothing at all); the page's form sends `action`.
function formAction(body: unknown): PreferenceAction {
  const action = body && typeof body === 'object' ? (body as Record<string, unknown>).action : undefined;
  if (action === undefined || action === 'unsubscribe') return 'unsubscribe';
  if (action === 'resubscribe') return 'resubscribe';
  throw DomainError.invalid('TRACKING.INVALID_ACTION', 'action must be "unsubscribe" or "resubscribe"', [{ path: 'action', message: 'must be unsubscribe or resubscribe' }]);
}
