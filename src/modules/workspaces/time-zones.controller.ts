import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { TimeZonesDto } from './dto/time-zones.dto';

@ApiTags('workspace')
@ApiBearerAuth()
@Controller('v1/time-zones')
export class TimeZonesController {
  constructor(private readonly timeZones: TimeZones) {}

  @Get()
  @ApiOperation({ summary: 'Every time zone a session, a learner or the workspace may use (those the database computes in)' })
  @ApiOkResponse({ type: TimeZonesDto })
  list(): TimeZonesDto {
    return { zones: this.timeZones.names() };
  }
}
