import { Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Roles, type AuthContext } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CampaignAmbassadorsService } from './campaign-ambassadors.service';
import { CampaignAmbassadorDto, PosterDto, PosterQueryDto } from './dto/campaign-ambassador.dto';

const NOT_AMBASSADOR = 'CAMPAIGN.NOT_FOUND, or AMBASSADOR.NOT_FOUND: the learner is not one of the campaign’s ambassadors';

@ApiTags('ambassadors')
@ApiBearerAuth()
@Controller('v1/campaigns')
export class CampaignAmbassadorsController {
  constructor(private readonly ambassadors: CampaignAmbassadorsService) {}

  @Get(':id/ambassadors')
  @ApiErrors({ 404: 'CAMPAIGN.NOT_FOUND' })
  @ApiOperation({ summary: 'The campaign’s ambassadors with the state of their personal page link (live, revoked, never issued) and their short link' })
  @ApiOkResponse({ type: [CampaignAmbassadorDto] })
  list(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CampaignAmbassadorDto[]> {
    return this.ambassadors.list(auth.workspaceId, id);
  }

  @Post(':id/ambassadors/:learnerId/link')
  @Roles(Role.Planner)
  @ApiErrors({ 404: NOT_AMBASSADOR })
  @ApiOperation({ summary: 'Issue the ambassador a new page link (admin, planner); a live one is revoked first' })
  @ApiCreatedResponse({ type: CampaignAmbassadorDto })
  issue(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('learnerId', ParseIdPipe) learnerId: string): Promise<CampaignAmbassadorDto> {
    return this.ambassadors.issue(auth.workspaceId, id, learnerId);
  }

  @Delete(':id/ambassadors/:learnerId/link')
  @Roles(Role.Planner)
  @ApiErrors({ 404: NOT_AMBASSADOR })
  @ApiOperation({ summary: 'Revoke the ambassador’s page link (admin, planner): it then answers 404. Their short link keeps working for what they already shared' })
  @ApiOkResponse({ type: CampaignAmbassadorDto })
  revoke(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('learnerId', ParseIdPipe) learnerId: string): Promise<CampaignAmbassadorDto> {
    return this.ambassadors.revoke(auth.workspaceId, id, learnerId);
  }

  @Get(':id/poster')
  @ApiErrors({ 400: 'VALIDATION.FAILED: locale must be fr or en', 404: 'CAMPAIGN.NOT_FOUND' })
  @ApiOperation({ summary: 'What the campaign’s printable A4 poster shows, in the language asked: course, session (dates in the session’s zone, named), enrolment deadline, brand, and the poster’s short link (issued on first call) with its QR code' })
  @ApiOkResponse({ type: PosterDto })
  poster(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: PosterQueryDto): Promise<PosterDto> {
    return this.ambassadors.poster(auth.workspaceId, id, query.locale);
  }
}
