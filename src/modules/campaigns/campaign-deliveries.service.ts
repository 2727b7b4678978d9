import { Injectable } from '@nestjs/common';
import type { HistoryEntry, HistoryQuery } from '../../common/history/learner-history';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor';
import type { DeliveryDto, DeliverySummaryDto, ListDeliveriesQueryDto } from '../delivery/dto/delivery-list.dto';
import { CampaignDeliveriesRepository, type DeliveryRow } from './campaign-deliveries.repository';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';

/** What a campaign's deliveries became: the filterable list and the counts by step, status and reason. */
@Injectable()
export class CampaignDeliveriesService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly deliveries: CampaignDeliveriesRepository,
  ) {}

  async list(workspaceId: string, campaignId: string, query: ListDeliveriesQueryDto): Promise<Page<DeliveryDto>> {
    await this.requireCampaign(workspaceId, campaignId);
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const { status, reason, channel, stepId, learnerId } = query;
    const rows = await this.deliveries.listDeliveries(workspaceId, campaignId, { status, reason, channel, stepId, learnerId }, limit, after);
    return toPage(rows, limit, (row) => ({ key: row.cursorKey, id: row.id }), toDeliveryDto);
  }

  /** The learner's deliveries for their timeline, newest first. */
  learnerHistory(query: HistoryQuery): Promise<HistoryEntry[]> {
    return this.deliveries.learnerHistory(query);
  }

  async summary(workspaceId: string, campaignId: string): Promise<DeliverySummaryDto> {
    await this.requireCampaign(workspaceId, campaignId);
    const [steps, counts] = await Promise.all([
      this.campaigns.listSteps(workspaceId, campaignId),
      this.deliveries.countDeliveries(workspaceId, campaignId),
    ]);
    const byStatus: Record<string, number> = {};
    for (const row of counts) byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count;
    return {
      total: counts.reduce((sum, row) => sum + row.count, 0),
      byStatus,
      steps: steps.map((step) => {
        const own = counts.filter((row) => row.stepId === step.id).map(({ status, reason, count }) => ({ status, reason, count }));
        return { stepId: step.id, name: step.name, position: step.position, total: own.reduce((sum, c) => sum + c.count, 0), counts: own };
      }),
    };
  }

  private async requireCampaign(workspaceId: string, campaignId: string): Promise<void> {
    if (!(await this.campaigns.findCampaign(workspaceId, campaignId))) throw CampaignErrors.notFound();
  }
}

function toDeliveryDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    stepId: row.stepId,
    stepName: row.stepName,
    learner: row.learnerId ? { id: row.learnerId, externalId: row.learnerExternalId ?? '', email: row.learnerEmail ?? '' } : null,
    networkChannelId: row.networkChannelId,
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    attempts: row.attempts,
    lastError: row.lastError,
    scheduledAt: row.scheduledAt,
    sentAt: row.sentAt,
    variant: row.variant,
    messageId: row.messageId,
  };
}
