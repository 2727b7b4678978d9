import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { TestSendResultDto } from './dto/preview.dto';
import { testSendResult } from './templates.controller';
import { TestSendsService } from './test-sends.service';

@ApiTags('templates')
@ApiBearerAuth()
@Controller('v1/test-sends')
export class TestSendsController {
  constructor(private readonly testSends: TestSendsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A test send (POST /v1/templates/:id/test-send): queued, or what happened to each recipient and where the emails went' })
  @ApiOkResponse({ type: TestSendResultDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<TestSendResultDto> {
    const send = await this.testSends.get(auth.workspaceId, id);
    return testSendResult(send, send.options.version ?? 1, send.options.locale ?? '');
  }
}
