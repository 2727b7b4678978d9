import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { BlackoutDatesService } from './blackout-dates.service';
import { BlackoutDateDto, BlackoutDateListDto, CreateBlackoutDateDto, FrenchHolidaysDto, FrenchHolidaysResultDto, ListBlackoutDatesQueryDto } from './dto/blackout-date.dto';

// Reads for every role; writes for planners and admins, who set the plan's rules.
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('v1/blackout-dates')
export class BlackoutDatesController {
  constructor(private readonly blackouts: BlackoutDatesService) {}

  @Get()
  @ApiErrors({ 400: 'CALENDAR.RANGE_INVALID: from or to is not a date (`details` names it)' })
  @ApiOkResponse({ type: BlackoutDateListDto })
  @ApiOperation({ summary: 'Blackout dates in date order, optionally those overlapping from…to (at most 1,000)' })
  async list(@Auth() auth: AuthContext, @Query() query: ListBlackoutDatesQueryDto): Promise<BlackoutDateListDto> {
    return { items: (await this.blackouts.list(auth.workspaceId, query.from, query.to)).map(BlackoutDateDto.from) };
  }

  @Post()
  @Roles(Role.Planner)
  @ApiErrors({
    409: 'BLACKOUT.EXISTS: a blackout with these dates and this scope exists',
    422: 'BLACKOUT.INVALID: dates, label or scope (`details` names the field)',
  })
  @ApiCreatedResponse({ type: BlackoutDateDto })
  @ApiOperation({
    summary: 'Add a blackout (planner, admin): a day or a run of days on which nothing but service messages (practical information, change notices…) goes out',
    description:
      'For the whole workspace, learners of one `country`, or of one `site`. The send window treats the days like quiet hours, in each ' +
      'learner\'s own zone: a send that would land on one moves to the next allowed moment, including sends already planned.',
  })
  async create(@Auth() auth: AuthContext, @Body() body: CreateBlackoutDateDto): Promise<BlackoutDateDto> {
    return BlackoutDateDto.from(await this.blackouts.create(auth.workspaceId, body));
  }

  @Post('presets/fr-public-holidays')
  @Roles(Role.Planner)
  @HttpCode(200)
  @ApiOkResponse({ type: FrenchHolidaysResultDto })
  @ApiOperation({
    summary: 'Add the French public holidays of a year (planner, admin)',
    description: 'The eleven public holidays of metropolitan France, for learners whose country is FR (or everyone with `wholeWorkspace`), named in the workspace\'s language. Holidays already there are skipped.',
  })
  async addFrenchHolidays(@Auth() auth: AuthContext, @Body() body: FrenchHolidaysDto): Promise<FrenchHolidaysResultDto> {
    const result = await this.blackouts.addFrenchHolidays(auth.workspaceId, body.year, body.wholeWorkspace ?? false);
    return { created: result.created.map(BlackoutDateDto.from), skipped: result.skipped };
  }

  @Delete(':id')
  @Roles(Role.Planner)
  @HttpCode(204)
  @ApiErrors({ 404: 'BLACKOUT.NOT_FOUND' })
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Remove a blackout (planner, admin)' })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.blackouts.remove(auth.workspaceId, id);
  }
}
