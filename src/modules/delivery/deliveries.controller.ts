import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignDeliveriesService } from '../campaigns/campaign-deliveries.service';
import { DeliveryPageDto, DeliverySummaryDto, ListDeliveriesQueryDto } from './dto/delivery-list.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns/:id/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: CampaignDeliveriesService) {}

  @Get()
  @ApiOperation({ summary: "A campaign's deliveries in scheduled order (filter by status, reason, channel, step, learner; cursor pagination)" })
  @ApiOkResponse({ type: DeliveryPageDto })
  list(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: ListDeliveriesQueryDto): Promise<DeliveryPageDto> {
    return this.deliveries.list(auth.workspaceId, id, query);
  }

  @Get('summary')
  @ApiOperation({ summary: "Counts of a campaign's deliveries by step, status and reason" })
  @ApiOkResponse({ type: DeliverySummaryDto })
  summary(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<DeliverySummaryDto> {
    return this.deliveries.summary(auth.workspaceId, id);
  }
}
