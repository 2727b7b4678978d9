import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CalendarService } from './calendar.service';
import { CalendarDto, CalendarQueryDto } from './dto/calendar.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('v1/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiErrors({ 400: 'CALENDAR.RANGE_INVALID: from or to missing, not a date, in the wrong order, or more than 400 days apart (`details` names the field); VALIDATION.FAILED: threshold' })
  @ApiOkResponse({ type: CalendarDto })
  @ApiOperation({
    summary: 'The shared comms calendar: every step of every campaign by day, its volume, collisions and blackouts',
    description:
      'Days are the workspace\'s. Each step appears on the days its deliveries land (sent ones when sent, others when scheduled) with ' +
      'the planned and sent counts; a step not planned yet (deliveries are written about a day and a half ahead) on its expected day, ' +
      'without volume. Draft campaigns are left out: they schedule nothing. A collision is a day on which learners would get more than ' +
      '`threshold` messages (default 1), all campaigns together, with how many, up to ten of them, and which steps.',
  })
  read(@Auth() auth: AuthContext, @Query() query: CalendarQueryDto): Promise<CalendarDto> {
    return this.calendar.read(auth.workspaceId, query);
  }
}
