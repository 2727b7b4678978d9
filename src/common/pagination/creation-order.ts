import type { ObjectLiteral, Repository } from 'typeorm';
import { type CursorPosition, decodeCursor, type Page, toPage } from './cursor';

export const SETTINGS_PAGE_DEFAULT = 50;

/**
 * A page of one workspace's rows of a table with `workspace_id`, `created_at` and `id`, oldest
 * first: the order of the short lists of settings (API keys, brand kits, LMS secrets). The cursor
 * key is created_at as text, which keeps its microseconds.
 */
export async function pageByCreation<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  workspaceId: string,
  query: { limit?: number; cursor?: string },
): Promise<Page<T>> {
  const limit = query.limit ?? SETTINGS_PAGE_DEFAULT;
  const after: CursorPosition | undefined = query.cursor ? decodeCursor(query.cursor) : undefined;
  const qb = repository.createQueryBuilder('r').addSelect('r.created_at::text', 'cursor_key').where('r.workspace_id = :workspaceId', { workspaceId });
  if (after) qb.andWhere('(r.created_at, r.id) > (:key::timestamptz, :id::uuid)', { key: after.key, id: after.id });
  const { entities, raw } = await qb
    .orderBy('r.created_at', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .limit(limit + 1)
    .getRawAndEntities<{ cursor_key: string }>();
  const rows = entities.map((row, i) => ({ row, key: raw[i].cursor_key }));
  return toPage(rows, limit, (r) => ({ key: r.key, id: r.row.id }), (r) => r.row);
}
