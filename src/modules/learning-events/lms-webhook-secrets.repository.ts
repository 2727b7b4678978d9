import type { Page } from '../../common/pagination/cursor';
import { pageByCreation } from '../../common/pagination/creation-order';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { LmsWebhookSecret } from './lms-webhook-secret.entity';

@Injectable()
export class LmsWebhookSecretsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises secret creation per workspace, so two concurrent requests cannot both pass the limit. */
  async lockWorkspace(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE`, [workspaceId]);
  }

  countActive(manager: EntityManager, workspaceId: string): Promise<number> {
    return manager.getRepository(LmsWebhookSecret).countBy({ workspaceId, revokedAt: IsNull() });
  }

  insert(manager: EntityManager, values: Pick<LmsWebhookSecret, 'id' | 'workspaceId' | 'secretEncrypted' | 'prefix'>): Promise<LmsWebhookSecret> {
    const repo = manager.getRepository(LmsWebhookSecret);
    return repo.save(repo.create({ ...values, revokedAt: null }));
  }

  /** Oldest first, revoked ones included. */
  list(workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<LmsWebhookSecret>> {
    return pageByCreation(this.dataSource.getRepository(LmsWebhookSecret), workspaceId, page);
  }

  /** Active secrets of a workspace; none when the id names no workspace. */
  listActive(workspaceId: string): Promise<LmsWebhookSecret[]> {
    return this.dataSource.getRepository(LmsWebhookSecret).find({ where: { workspaceId, revokedAt: IsNull() } });
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(LmsWebhookSecret)
      .update({ id, workspaceId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }

  exists(workspaceId: string, id: string): Promise<boolean> {
    return this.dataSource.getRepository(LmsWebhookSecret).existsBy({ id, workspaceId });
  }
}
