import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// Below this many finished deliveries, a failure rate says nothing yet.
const MIN_SAMPLE = 20;

/** Pauses campaigns whose deliveries fail too often, and says why, so a DLM can look before more go out. */
@Injectable()
export class FailureGuardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async pauseFailingCampaigns(campaignIds: string[]): Promise<string[]> {
    if (!campaignIds.length) return [];
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `WITH rates AS (
         SELECT d.campaign_id, count(*) FILTER (WHERE d.status = 'failed') AS failed, count(*) AS finished
           FROM deliveries d
          WHERE d.campaign_id = ANY($1::uuid[]) AND d.status IN ('sent', 'failed')
          GROUP BY d.campaign_id)
       UPDATE campaigns c
          SET status = 'paused', paused_at = now(), updated_at = now(),
              status_reason = format('Paused automatically: %s of %s deliveries failed (%s%%), above the workspace threshold of %s%%',
                                     r.failed, r.finished, round(100.0 * r.failed / r.finished), round(100 * w.failure_pause_threshold))
         FROM rates r, workspaces w
        WHERE c.id = r.campaign_id AND w.id = c.workspace_id AND c.status IN ('scheduled', 'running')
          AND r.finished >= ${MIN_SAMPLE} AND r.failed::numeric / r.finished > w.failure_pause_threshold
       RETURNING c.id`,
      [campaignIds],
    );
    return rows.map((r) => r.id);
  }
}
