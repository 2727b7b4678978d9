import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
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
  constructor(private readonly brandKits: BrandKitsService) {}

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
