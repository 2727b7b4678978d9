import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/auth-context';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { LOGO_TYPES } from './brand-image';
import { BrandKitsService } from './brand-kits.service';
import { BrandingErrors } from './branding.errors';

/** Images uploaded for brand kits, loaded by emails and the console: public, never changing once stored. */
@ApiTags('branding')
@Public()
@Controller('media')
export class MediaController {
  constructor(private readonly brandKits: BrandKitsService) {}

  @Get(':file')
  @ApiOkResponse({ description: 'The image', content: Object.fromEntries(LOGO_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) })
  @ApiErrors({ 404: 'MEDIA.NOT_FOUND' })
  @ApiOperation({ summary: 'An uploaded brand image (`/media/<id>.<ext>`), cached for a year' })
  async image(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const id = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.[a-z]+)?$/i.exec(file)?.[1];
    if (!id) throw BrandingErrors.imageNotFound();
    const image = await this.brandKits.image(id);
    res
      .status(200)
      .set({ 'Content-Type': image.contentType, 'Cache-Control': 'public, max-age=31536000, immutable', 'Content-Length': String(image.bytes.length) })
      .end(image.bytes);
  }
}
