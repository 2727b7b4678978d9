import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { UpdateSessionDto } from '../courses/dto/session.dto';
import { SessionChangePreviewDto } from './dto/session-change-preview.dto';
import { SessionChangePreviewService } from './session-change-preview.service';

// Under /v1/sessions like the PATCH it previews; served by the campaigns module, which owns what it counts.
@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1/sessions/:id/change-preview')
export class SessionChangeController {
  constructor(private readonly preview: SessionChangePreviewService) {}

  @Post()
  @HttpCode(200)
  @Roles(Role.Planner)
  @ApiErrors({ 409: 'SESSION.CANCELLED (a cancelled session no longer changes) or SESSION.CAPACITY_BELOW_SEATS' })
  @ApiOperation({
    summary:
      'What PATCH /v1/sessions/:id with this body would do to the campaigns on the session, without doing it: people told by email, posts corrected, steps moved or skipped (admin, planner)',
  })
  @ApiOkResponse({ type: SessionChangePreviewDto })
  async changePreview(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateSessionDto): Promise<SessionChangePreviewDto> {
    return this.preview.preview(auth.workspaceId, id, body);
  }
}
