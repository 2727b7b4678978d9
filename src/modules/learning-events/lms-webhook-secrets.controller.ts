import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CreatedLmsWebhookSecretDto, ListLmsWebhookSecretsQueryDto, LmsWebhookSecretDto, LmsWebhookSecretPageDto } from './dto/lms-webhook-secret.dto';
import { LmsWebhookSecretsService } from './lms-webhook-secrets.service';

@ApiTags('learning events')
@ApiBearerAuth()
@Controller('v1/lms/webhook-secrets')
export class LmsWebhookSecretsController {
  constructor(private readonly secrets: LmsWebhookSecretsService) {}

  @Post()
  @ApiErrors({ 409: 'LMS_SECRET.TOO_MANY: two secrets are already active (rotation): revoke the older one first' })
  @ApiOperation({ summary: 'Create a signing secret for LMS webhooks (admin; at most two active). The secret is in the answer, once.' })
  @ApiCreatedResponse({ type: CreatedLmsWebhookSecretDto })
  async create(@Auth() auth: AuthContext): Promise<CreatedLmsWebhookSecretDto> {
    const { record, secret } = await this.secrets.create(auth.workspaceId);
    return { ...LmsWebhookSecretDto.from(record), secret };
  }

  @Get()
  @ApiOperation({ summary: 'List the signing secrets (prefixes only), oldest first (cursor pagination)' })
  @ApiOkResponse({ type: LmsWebhookSecretPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListLmsWebhookSecretsQueryDto): Promise<LmsWebhookSecretPageDto> {
    const page = await this.secrets.list(auth.workspaceId, query);
    return { items: page.items.map(LmsWebhookSecretDto.from), nextCursor: page.nextCursor };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @ApiOperation({ summary: 'Revoke a signing secret (admin): requests signed with it are refused from now on' })
  async revoke(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.secrets.revoke(auth.workspaceId, id);
  }
}
