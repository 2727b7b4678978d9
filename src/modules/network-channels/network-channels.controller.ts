import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CreateNetworkChannelDto, NetworkChannelDto, NetworkChannelPageDto, TestPostResultDto, UpdateNetworkChannelDto } from './dto/network-channel.dto';
import { NetworkChannelsService } from './network-channels.service';

const DEFAULT_LIMIT = 50;

// No @Roles: reads are open to every role, writes (and test posts) to admins only.
@ApiTags('network channels')
@ApiBearerAuth()
@Controller('v1/network-channels')
export class NetworkChannelsController {
  constructor(private readonly channels: NetworkChannelsService) {}

  @Post()
  @ApiErrors({
    409: 'NETWORK_CHANNEL.NAME_TAKEN: another channel of the workspace has this name',
    422: 'NETWORK_CHANNEL.URL_INVALID, HOST_NOT_ALLOWED or HOST_FORBIDDEN (the url breaks the host rules), or SECRET_REQUIRED (a webhook without secret)',
  })
  @ApiCreatedResponse({ type: NetworkChannelDto })
  @ApiOperation({ summary: 'Connect a Slack, Teams or signed-webhook channel (admin). URL and secret are stored encrypted.' })
  async create(@Auth() auth: AuthContext, @Body() body: CreateNetworkChannelDto): Promise<NetworkChannelDto> {
    return NetworkChannelDto.from(await this.channels.create(auth.workspaceId, body));
  }

  @Get()
  @ApiOkResponse({ type: NetworkChannelPageDto })
  @ApiOperation({ summary: 'List network channels by name (URL preview only, never the URL or secret)' })
  async list(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<NetworkChannelPageDto> {
    const page = await this.channels.list(auth.workspaceId, query.limit ?? DEFAULT_LIMIT, query.cursor);
    return { items: page.items.map(NetworkChannelDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: NetworkChannelDto })
  @ApiOperation({ summary: 'A network channel' })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<NetworkChannelDto> {
    return NetworkChannelDto.from(await this.channels.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @ApiErrors({
    409: 'NETWORK_CHANNEL.NAME_TAKEN: another channel of the workspace has this name',
    422: 'NETWORK_CHANNEL.URL_INVALID, HOST_NOT_ALLOWED or HOST_FORBIDDEN (the url breaks the host rules), or SECRET_REQUIRED (removing the secret of a webhook)',
  })
  @ApiOkResponse({ type: NetworkChannelDto })
  @ApiOperation({ summary: 'Rename, enable or disable a channel, or replace its URL or secret (admin)' })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateNetworkChannelDto): Promise<NetworkChannelDto> {
    return NetworkChannelDto.from(await this.channels.update(auth.workspaceId, id, body));
  }

  @Delete(':id')
  @ApiErrors({ 409: 'NETWORK_CHANNEL.IN_USE: a scheduled, running or paused campaign posts to it (`details` names them)' })
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiOperation({
    summary: 'Delete a network channel (admin)',
    description:
      '409 `NETWORK_CHANNEL.IN_USE` while a scheduled, running or paused campaign posts to it, naming them in `details`. ' +
      'Drafts do not prevent it; their launch then reports the channel as gone.',
  })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.channels.remove(auth.workspaceId, id);
  }

  @Post(':id/test')
  @ApiErrors({ 409: 'NETWORK_CHANNEL.UNREADABLE: the stored URL or secret cannot be decrypted (APP_SECRET changed?): set them again' })
  @HttpCode(200)
  @HeavyWork('testSend')
  @ApiOkResponse({ type: TestPostResultDto })
  @ApiOperation({ summary: 'Send a harmless test post now (admin) and report the outcome: sent, transient or permanent' })
  sendTest(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<TestPostResultDto> {
    return this.channels.sendTestPost(auth.workspaceId, id);
  }
}
