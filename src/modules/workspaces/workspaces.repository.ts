import type { Page } from '../../common/pagination/cursor';
import { pageByCreation } from '../../common/pagination/creation-order';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Role } from '../../common/enums';
import { ApiKey } from './api-key.entity';
import { Workspace } from './workspace.entity';


/** A workspace's admins: active admin API keys and admin members. */
export interface AdminCount {
  keys: number;
  members: number;
}
@Injectable()
export class WorkspacesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findWorkspaceBySlug(slug: string): Promise<Workspace | null> {
    return this.dataSource.getRepository(Workspace).findOneBy({ slug });
  }

  findWorkspace(id: string): Promise<Workspace | null> {
    return this.dataSource.getRepository(Workspace).findOneBy({ id });
  }

  async updateWorkspace(id: string, changes: Partial<Workspace>): Promise<void> {
    await this.dataSource.getRepository(Workspace).update({ id }, changes);
  }

  async slugExists(manager: EntityManager, slug: string): Promise<boolean> {
    return manager.getRepository(Workspace).existsBy({ slug });
  }

  insertWorkspace(manager: EntityManager, values: Pick<Workspace, 'name' | 'slug' | 'defaultLocale' | 'timeZone' | 'templateApproval'>): Promise<Workspace> {
    const repo = manager.getRepository(Workspace);
    return repo.save(repo.create(values));
  }

  insertApiKey(manager: EntityManager, values: Pick<ApiKey, 'workspaceId' | 'name' | 'role' | 'prefix' | 'keyHash'>): Promise<ApiKey> {
    const repo = manager.getRepository(ApiKey);
    return repo.save(repo.create(values));
  }

  findActiveKeyByHash(keyHash: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOneBy({ keyHash, revokedAt: IsNull() });
  }

  /** Oldest first, revoked ones included. */
  listKeys(workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<ApiKey>> {
    return pageByCreation(this.dataSource.getRepository(ApiKey), workspaceId, page);
  }

  findActiveKey(manager: EntityManager, workspaceId: string, id: string): Promise<ApiKey | null> {
    return manager.getRepository(ApiKey).findOneBy({ id, workspaceId, revokedAt: IsNull() });
  }

  async revokeKey(manager: EntityManager, workspaceId: string, id: string): Promise<void> {
    await manager.getRepository(ApiKey).update({ id, workspaceId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  /**
   * Locks the workspace row until the transaction ends, then counts its admins: active admin keys
   * and admin members (a pending invitation is no admin yet). Every change that can take an admin
   * away (revoking a key, demoting or removing a member) calls this first: the second of two
   * concurrent changes waits for the first to commit and counts what it left, so a workspace never
   * loses its last admin. (`FOR NO KEY UPDATE`: rows that merely reference the workspace can still
   * be written meanwhile.)
   */
  async lockWorkspaceAndCountAdmins(manager: EntityManager, workspaceId: string): Promise<AdminCount> {
    await manager.query(`SELECT 1 FROM workspaces WHERE id = $1 FOR NO KEY UPDATE`, [workspaceId]);
    const [row] = await manager.query<AdminCount[]>(
      `SELECT (SELECT count(*) FROM api_keys WHERE workspace_id = $1 AND role = $2 AND revoked_at IS NULL)::int AS keys,
              (SELECT count(*) FROM memberships WHERE workspace_id = $1 AND role = $2)::int AS members`,
      [workspaceId, Role.Admin],
    );
    return row;
  }

  /** Records use at most once a minute per key, so reads do not turn into a write per request. */
  async touchKey(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
