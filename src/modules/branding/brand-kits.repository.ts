import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BrandKit } from './brand-kit.entity';
import type { Page } from '../../common/pagination/cursor';
import { pageByCreation } from '../../common/pagination/creation-order';

export type BrandKitValues = Omit<BrandKit, 'id' | 'workspaceId' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class BrandKitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Oldest first. */
  list(workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<BrandKit>> {
    return pageByCreation(this.dataSource.getRepository(BrandKit), workspaceId, page);
  }

  find(workspaceId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<BrandKit | null> {
    return manager.getRepository(BrandKit).findOneBy({ workspaceId, id });
  }

  /**
   * The kit named, else the workspace's default. Read inside `transaction`, the kit is locked
   * against deletion (FOR KEY SHARE) until it ends, as a foreign key would hold it.
   */
  findApplicable(workspaceId: string, brandKitId: string | null, transaction?: EntityManager): Promise<BrandKit | null> {
    const where = brandKitId ? { workspaceId, id: brandKitId } : { workspaceId, isDefault: true };
    if (!transaction) return this.dataSource.getRepository(BrandKit).findOneBy(where);
    return transaction.getRepository(BrandKit).findOne({ where, lock: { mode: 'for_key_share' } });
  }

  /** The kit, locked until the transaction ends (before deleting it). */
  lock(manager: EntityManager, workspaceId: string, id: string): Promise<BrandKit | null> {
    return manager.getRepository(BrandKit).findOne({ where: { workspaceId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async nameExists(manager: EntityManager, workspaceId: string, name: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM brand_kits WHERE workspace_id = $1 AND name = $2 AND id IS DISTINCT FROM $3`, [
      workspaceId,
      name,
      exceptId ?? null,
    ]);
    return rows.length > 0;
  }

  async hasDefault(manager: EntityManager, workspaceId: string): Promise<boolean> {
    return manager.getRepository(BrandKit).existsBy({ workspaceId, isDefault: true });
  }

  async clearDefault(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.query(`UPDATE brand_kits SET is_default = false WHERE workspace_id = $1 AND is_default`, [workspaceId]);
  }

  // Serialises writes to one workspace's kits so that "one default" holds under concurrency.
  async lockWorkspace(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('brand_kits:' || $1::text))`, [workspaceId]);
  }

  insert(manager: EntityManager, workspaceId: string, values: BrandKitValues): Promise<BrandKit> {
    const repo = manager.getRepository(BrandKit);
    return repo.save(repo.create({ ...values, workspaceId, version: 1 }));
  }

  async delete(manager: EntityManager, workspaceId: string, id: string): Promise<void> {
    await manager.getRepository(BrandKit).delete({ workspaceId, id });
  }

  async update(manager: EntityManager, workspaceId: string, id: string, values: Partial<BrandKitValues>): Promise<void> {
    await manager
      .getRepository(BrandKit)
      .update({ workspaceId, id }, { ...values, version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  /** Stores an uploaded image; its id names it in `/media/:id`. */
  async insertImage(manager: EntityManager, workspaceId: string, contentType: string, bytes: Buffer): Promise<string> {
    const [row] = await manager.query(`INSERT INTO brand_images (workspace_id, content_type, bytes) VALUES ($1, $2, $3) RETURNING id`, [workspaceId, contentType, bytes]);
    return row.id;
  }

  async findImage(id: string): Promise<{ contentType: string; bytes: Buffer } | null> {
    const [row] = await this.dataSource.query(`SELECT content_type AS "contentType", bytes FROM brand_images WHERE id = $1`, [id]);
    return row ?? null;
  }
}
