import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CampaignStatus, DeliveryReason, DeliveryStatus } from '../../common/enums';
import type { CursorPosition } from '../../common/pagination/cursor';
import { Campaign } from './campaign.entity';
import { CampaignStep } from './campaign-step.entity';

export type CampaignValues = Omit<
  Campaign,
  'id' | 'status' | 'launchedAt' | 'noticedSequence' | 'pausedAt' | 'resumedAt' | 'statusReason' | 'completedAt' | 'cancelledAt' | 'createdAt' | 'updatedAt'
>;
/** What the API sets on a step; the engine alone writes the rest (anchor, materialisation, A/B winner). */
export type StepValues = Omit<
  CampaignStep,
  'id' | 'notice' | 'noticeSequence' | 'problem' | 'abWinner' | 'abDecidedAt' | 'abRestMaterializedAt' | 'anchorAt' | 'materializedAt' | 'createdAt' | 'updatedAt' | 'templatePurpose'
>;

// Keyset cursors keep PostgreSQL's microseconds: a JavaScript Date would round them away.
const CURSOR_KEY = `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

@Injectable()
export class CampaignsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  insertCampaign(manager: EntityManager, values: CampaignValues): Promise<Campaign> {
    const repo = manager.getRepository(Campaign);
    return repo.save(repo.create({ ...values, status: CampaignStatus.Draft }));
  }

  findCampaign(workspaceId: string, id: string): Promise<Campaign | null> {
    return this.dataSource.getRepository(Campaign).findOneBy({ workspaceId, id });
  }

  /** The campaign row locked until the transaction ends: status changes and plan edits serialise on it. */
  lockCampaign(manager: EntityManager, workspaceId: string, id: string): Promise<Campaign | null> {
    return manager.getRepository(Campaign).findOne({ where: { workspaceId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async listCampaigns(
    workspaceId: string,
    filter: { status?: CampaignStatus; courseId?: string; sessionId?: string; limit: number; after?: CursorPosition },
  ): Promise<Array<{ campaign: Campaign; cursorKey: string }>> {
    const qb = this.dataSource
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .addSelect(CURSOR_KEY, 'cursor_key')
      .where('c.workspace_id = :workspaceId', { workspaceId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.courseId) qb.andWhere('c.course_id = :courseId', { courseId: filter.courseId });
    if (filter.sessionId) qb.andWhere('c.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.after) {
      qb.andWhere('(c.created_at, c.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))', {
        afterKey: filter.after.key,
        afterId: filter.after.id,
      });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_key: string }>();
    return entities.map((campaign, i) => ({ campaign, cursorKey: raw[i].cursor_key }));
  }

  async updateCampaign(manager: EntityManager, id: string, values: Partial<Campaign>): Promise<Campaign> {
    const repo = manager.getRepository(Campaign);
    if (Object.keys(values).length) await repo.update({ id }, values);
    return repo.findOneByOrFail({ id });
  }

  async deleteCampaign(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Campaign).delete({ id });
  }

  listSteps(workspaceId: string, campaignId: string, manager: EntityManager = this.dataSource.manager): Promise<CampaignStep[]> {
    return manager.getRepository(CampaignStep).find({ where: { workspaceId, campaignId }, order: { position: 'ASC' } });
  }

  findStep(manager: EntityManager, campaignId: string, id: string): Promise<CampaignStep | null> {
    return manager.getRepository(CampaignStep).findOneBy({ campaignId, id });
  }

  async insertStep(manager: EntityManager, values: StepValues): Promise<CampaignStep> {
    const repo = manager.getRepository(CampaignStep);
    const { id } = await repo.save(repo.create(values));
    // Read back, so the step comes with its template's purpose (a virtual column).
    return repo.findOneByOrFail({ id });
  }

  async updateStep(manager: EntityManager, id: string, values: Partial<StepValues>): Promise<CampaignStep> {
    const repo = manager.getRepository(CampaignStep);
    if (Object.keys(values).length) await repo.update({ id }, values);
    return repo.findOneByOrFail({ id });
  }

  async deleteStep(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(CampaignStep).delete({ id });
  }

  async nextStepPosition(manager: EntityManager, campaignId: string): Promise<number> {
    const [row] = await manager.query<Array<{ next: number }>>(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM campaign_steps WHERE campaign_id = $1`,
      [campaignId],
    );
    return row.next;
  }

  async positionTaken(manager: EntityManager, campaignId: string, position: number, exceptStepId: string | null): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM campaign_steps WHERE campaign_id = $1 AND position = $2 AND id IS DISTINCT FROM $3::uuid`,
      [campaignId, position, exceptStepId],
    );
    return rows.length > 0;
  }

  async stepHasDeliveries(manager: EntityManager, stepId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM deliveries WHERE step_id = $1 LIMIT 1`, [stepId]);
    return rows.length > 0;
  }

  /** Skips the campaign's deliveries that have not started sending, in one statement; returns how many. */
  async skipUnsentDeliveries(manager: EntityManager, workspaceId: string, campaignId: string, reason: DeliveryReason): Promise<number> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE deliveries
          SET status = $4, reason = $5, lease_until = NULL, updated_at = now()
        WHERE workspace_id = $1 AND campaign_id = $2 AND status = ANY($3::text[])`,
      [workspaceId, campaignId, [DeliveryStatus.Pending, DeliveryStatus.Queued], DeliveryStatus.Skipped, reason],
    );
    return affected;
  }
}
