import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config';
import { readSmallBody } from '../../infrastructure/http/small-body';
import { LOGO_MAX_BYTES, LOGO_TYPES } from './brand-image';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { BrandKitsService } from './brand-kits.service';
import { BrandKitDto, BrandKitPageDto, CreateBrandKitDto, ListBrandKitsQueryDto, UpdateBrandKitDto } from './dto/brand-kit.dto';

@ApiTags('branding')
@ApiBearerAuth()
@Controller('v1/brand-kits')
export class BrandKitsController {
  constructor(
    private readonly brandKits: BrandKitsService,
    private readonly config: AppConfig,
  ) {}

  @Post(':id/logo')
  @HttpCode(200)
  @Roles(Role.Editor, Role.Planner)
  @ApiConsumes(...LOGO_TYPES)
  @ApiBody({ required: true, schema: { type: 'string', format: 'binary', description: 'The image itself as the body, at most 1 MB' } })
  @ApiErrors({ 413: 'REQUEST.TOO_LARGE: more than 1 MB', 422: 'BRAND_KIT.NOT_AN_IMAGE: not a PNG, JPEG, GIF or WebP (SVG is refused: it can carry script)' })
  @ApiOperation({
    summary: 'Upload the kit’s logo: stored by Clarion, served from its own URL (`/media/…`), set as `logoUrl`',
    description: 'Send the image as the request body with its type (`Content-Type: image/png`…). The bytes decide what it is, not the declared type.',
  })
  @ApiOkResponse({ type: BrandKitDto })
  async uploadLogo(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Req() req: Request): Promise<BrandKitDto> {
    const bytes = await readSmallBody(req, { maxBytes: LOGO_MAX_BYTES, idleTimeoutMs: this.config.uploadIdleTimeoutMs });
    return BrandKitDto.from(await this.brandKits.uploadLogo(auth.workspaceId, id, bytes, req.headers['content-type'] ?? ''));
  }

  @Post()
  @ApiErrors({ 409: 'BRAND_KIT.NAME_TAKEN: another brand kit of the workspace has this name' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Create a brand kit (the first one becomes the default)' })
  @ApiCreatedResponse({ type: BrandKitDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreateBrandKitDto): Promise<BrandKitDto> {
    return BrandKitDto.from(await this.brandKits.create(auth.workspaceId, body));
  }

  @Get()
  @ApiOperation({ summary: 'List brand kits, oldest first (cursor pagination)' })
  @ApiOkResponse({ type: BrandKitPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListBrandKitsQueryDto): Promise<BrandKitPageDto> {
    const page = await this.brandKits.list(auth.workspaceId, query);
    return { items: page.items.map(BrandKitDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a brand kit' })
  @ApiOkResponse({ type: BrandKitDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<BrandKitDto> {
    return BrandKitDto.from(await this.brandKits.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @ApiErrors({ 409: 'BRAND_KIT.NAME_TAKEN: another brand kit of the workspace has this name' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Change a brand kit; every email using it is restyled' })
  @ApiOkResponse({ type: BrandKitDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateBrandKitDto): Promise<BrandKitDto> {
    return BrandKitDto.from(await this.brandKits.update(auth.workspaceId, id, body));
  }

  @Delete(':id')
  @ApiErrors({ 409: 'BRAND_KIT.IN_USE: a scheduled, running or paused campaign uses it (`details` names them)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({
    summary: 'Delete a brand kit',
    description:
      '409 `BRAND_KIT.IN_USE` while a scheduled, running or paused campaign uses it — by name, or as the default kit of a campaign that names none — ' +
      'naming them in `details`. Drafts do not prevent it; their launch then asks for another kit (or a sender). ' +
      'Deleting the default kit leaves the workspace without one until another kit is marked default.',
  })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.brandKits.remove(auth.workspaceId, id);
  }
}
