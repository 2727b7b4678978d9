import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto, ListApiKeysQueryDto } from './dto/api-key.dto';
import { UpdateWorkspaceDto, WorkspaceDto } from './dto/workspace.dto';
import { WorkspacesService } from './workspaces.service';

@ApiTags('workspace')
@ApiBearerAuth()
@Controller('v1')
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Get('workspace')
  @ApiOperation({ summary: 'The workspace of the calling key' })
  @ApiOkResponse({ type: WorkspaceDto })
  async current(@Auth() auth: AuthContext): Promise<WorkspaceDto> {
    return WorkspaceDto.from(await this.workspaces.getWorkspace(auth.workspaceId));
  }

  @Patch('workspace')
  @ApiOperation({ summary: 'Change the workspace defaults and sending rules (admin): quiet hours, weekdays, frequency cap, rate, auto-pause threshold, attribution window, template approval, open tracking' })
  @ApiOkResponse({ type: WorkspaceDto })
  async update(@Auth() auth: AuthContext, @Body() body: UpdateWorkspaceDto): Promise<WorkspaceDto> {
    return WorkspaceDto.from(await this.workspaces.updateWorkspace(auth.workspaceId, body));
  }

  @Get('api-keys')
  @ApiOperation({ summary: 'List API keys (never the keys themselves), oldest first (cursor pagination)' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  async listKeys(@Auth() auth: AuthContext, @Query() query: ListApiKeysQueryDto): Promise<ApiKeyPageDto> {
    const page = await this.workspaces.listApiKeys(auth.workspaceId, query);
    return { items: page.items.map(ApiKeyDto.from), nextCursor: page.nextCursor };
  }

  @Post('api-keys')
  @ApiOperation({ summary: 'Create an API key (admin). The key is in the answer, once.' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  async createKey(@Auth() auth: AuthContext, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const { apiKey, key } = await this.workspaces.createApiKey(auth.workspaceId, body.name, body.role);
    return { ...ApiKeyDto.from(apiKey), key };
  }

  @Delete('api-keys/:id')
  @ApiErrors({ 409: 'API_KEY.LAST_ADMIN: the last active admin key of the workspace cannot be revoked' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @ApiOperation({ summary: 'Revoke an API key (admin). The last admin key cannot be revoked.' })
  async revokeKey(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.workspaces.revokeApiKey(auth.workspaceId, id);
  }
}
