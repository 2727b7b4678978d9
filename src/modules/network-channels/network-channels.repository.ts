import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CursorPosition } from '../../common/pagination/cursor';
import { NetworkChannel, type TestOutcome } from './network-channel.entity';

export type NewNetworkChannel = Pick<NetworkChannel, 'id' | 'workspaceId' | 'name' | 'kind' | 'urlSealed' | 'urlPreview' | 'secretSealed' | 'enabled'>;
export type NetworkChannelChanges = Partial<Pick<NetworkChannel, 'name' | 'urlSealed' | 'urlPreview' | 'secretSealed' | 'enabled'>>;

@Injectable()
export class NetworkChannelsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get channels() {
    return this.dataSource.getRepository(NetworkChannel);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  insert(values: NewNetworkChannel): Promise<NetworkChannel> {
    return this.channels.save(this.channels.create(values));
  }

  /** A page in name order (names are unique in a workspace), after the given (name, id). */
  list(workspaceId: string, limit: number, after?: CursorPosition): Promise<NetworkChannel[]> {
    const query = this.channels
      .createQueryBuilder('c')
      .where('c.workspace_id = :workspaceId', { workspaceId })
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(c.name, c.id) > (:name, :id)', { name: after.key, id: after.id });
    return query.getMany();
  }

  find(workspaceId: string, id: string): Promise<NetworkChannel | null> {
    return this.channels.findOneBy({ workspaceId, id });
  }

  async update(workspaceId: string, id: string, changes: NetworkChannelChanges): Promise<NetworkChannel | null> {
    await this.channels.update({ workspaceId, id }, changes);
    return this.find(workspaceId, id);
  }

  /** The channel, locked until the transaction ends (before deleting it). */
  lock(manager: EntityManager, workspaceId: string, id: string): Promise<NetworkChannel | null> {
    return manager.getRepository(NetworkChannel).findOne({ where: { workspaceId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async delete(manager: EntityManager, workspaceId: string, id: string): Promise<void> {
    await manager.getRepository(NetworkChannel).delete({ workspaceId, id });
  }

  // A test is not an edit: updated_at stays.
  async recordTest(workspaceId: string, id: string, outcome: TestOutcome): Promise<void> {
    await this.dataSource.query(
      `UPDATE network_channels SET last_tested_at = now(), last_test_outcome = $3 WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id, outcome],
    );
  }

  /** The operator's per-workspace switch (no API sets it: `workspaces.allow_private_network_hosts`). */
  async workspaceAllowsPrivateHosts(workspaceId: string): Promise<boolean> {
    const rows: { allowed: boolean }[] = await this.dataSource.query(
      `SELECT allow_private_network_hosts AS allowed FROM workspaces WHERE id = $1`,
      [workspaceId],
    );
    return rows[0]?.allowed ?? false;
  }
}
