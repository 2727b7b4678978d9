import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth-context';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { AmbassadorPagesService } from './ambassador-pages.service';
import { AmbassadorPageDto, LeaderboardChoiceDto, LeaderboardOptOutDto, LinkBrandDto, RelayDto } from './dto/ambassador-page.dto';

const NO_STORE = 'no-store, private';
const GONE = 'AMBASSADOR.LINK_NOT_FOUND: the link is not valid, was revoked, or its holder is no longer an ambassador of the campaign';

/** An ambassador's page, for a phone: no account, their personal link's token is the only credential. */
@ApiTags('ambassador pages')
@Public()
@Controller('v1/ambassador-pages')
export class AmbassadorPagesController {
  constructor(private readonly pages: AmbassadorPagesService) {}

  @Get(':token')
  @Header('Cache-Control', NO_STORE)
  @ApiErrors({ 404: GONE })
  @ApiOperation({ summary: 'The ambassador’s page: talking points rendered for them, short link and QR code, their clicks and enrolments, the public leaderboard' })
  @ApiOkResponse({ type: AmbassadorPageDto })
  page(@Param('token') token: string): Promise<AmbassadorPageDto> {
    return this.pages.page(token);
  }

  @Get(':token/brand')
  @Header('Cache-Control', NO_STORE)
  @ApiErrors({ 404: 'AMBASSADOR.LINK_NOT_FOUND: Clarion never issued this link' })
  @ApiOperation({ summary: 'Whose brand a page link wears, even revoked or replaced: the workspace’s name and brand kit, for the page that says the link no longer opens and what to do' })
  @ApiOkResponse({ type: LinkBrandDto })
  brand(@Param('token') token: string): Promise<LinkBrandDto> {
    return this.pages.linkBrand(token);
  }

  @Post(':token/shared')
  @HttpCode(200)
  @Header('Cache-Control', NO_STORE)
  @ApiErrors({ 404: GONE })
  @ApiOperation({ summary: '"I shared it": records the relay once per ambassador, campaign and day (a repeat the same day records nothing)' })
  @ApiOkResponse({ type: RelayDto })
  shared(@Param('token') token: string): Promise<RelayDto> {
    return this.pages.shared(token);
  }

  @Post(':token/leaderboard-opt-out')
  @HttpCode(200)
  @Header('Cache-Control', NO_STORE)
  @ApiErrors({ 400: 'VALIDATION.FAILED: optOut must be true or false', 404: GONE })
  @ApiOperation({ summary: 'The ambassador keeps their name off (or back on) the leaderboard other ambassadors see; the DLM’s report is unchanged' })
  @ApiOkResponse({ type: LeaderboardChoiceDto })
  optOut(@Param('token') token: string, @Body() body: LeaderboardOptOutDto): Promise<LeaderboardChoiceDto> {
    return this.pages.setLeaderboardOptOut(token, body.optOut);
  }
}
