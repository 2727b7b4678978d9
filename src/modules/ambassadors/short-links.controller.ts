import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/auth-context';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { ShortLinksService } from './short-links.service';

const NO_STORE = 'no-store, no-cache, must-revalidate, private';

/** Short links shared by ambassadors and printed on posters: public, the code is the only credential. */
@ApiTags('tracking')
@Public()
@Controller('s')
export class ShortLinksController {
  constructor(private readonly shortLinks: ShortLinksService) {}

  @Get(':code')
  @ApiFoundResponse({ description: "To the campaign's enrolment link, with UTM parameters and a `ref` that credits the ambassador or the poster", headers: { Location: { schema: { type: 'string', format: 'uri' } } } })
  @ApiErrors({ 404: 'TRACKING.LINK_NOT_FOUND (unknown or revoked code), or TRACKING.NO_ENROL_LINK when the course has no enrolment link yet' })
  @ApiOperation({ summary: 'Short link: records a click (channel ambassador or poster, no learner) and redirects (302) to the tracked enrol URL' })
  async follow(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const url = await this.shortLinks.follow(code, { userAgent: req.headers['user-agent'], ip: req.ip });
    res.set('Cache-Control', NO_STORE).redirect(302, url);
  }

  @Get(':code/qr.svg')
  @ApiOkResponse({ description: 'The QR code of the short link', content: { 'image/svg+xml': { schema: { type: 'string' } } } })
  @ApiErrors({ 404: 'TRACKING.LINK_NOT_FOUND: unknown or revoked code' })
  @ApiOperation({ summary: 'QR code of a short link (SVG, for screens and print)' })
  async qrSvg(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const svg = await this.shortLinks.qrCode(code, 'svg');
    res.status(200).set({ 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'private, max-age=300' }).send(svg);
  }

  @Get(':code/qr.png')
  @ApiOkResponse({ description: 'The QR code of the short link', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrors({ 404: 'TRACKING.LINK_NOT_FOUND: unknown or revoked code' })
  @ApiOperation({ summary: 'QR code of a short link (PNG, 600 px)' })
  async qrPng(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const png = await this.shortLinks.qrCode(code, 'png');
    res.status(200).set({ 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=300' }).send(png);
  }
}
