import { ApiProperty } from '@nestjs/swagger';
import { DomainError } from '../errors/domain-error';

/** Keyset position: the sort key and id of the last item of a page. */
export interface CursorPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string, path = 'cursor'): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { key: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw DomainError.invalid('REQUEST.INVALID_CURSOR', 'cursor is not one this API returned', [{ path, message: 'unrecognised cursor' }]);
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only tells that there is more. */
export function toPage<R, T>(rows: R[], limit: number, position: (row: R) => CursorPosition, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(map), nextCursor: more ? encodeCursor(position(kept[kept.length - 1])) : null };
}

export class PageMetaDto {
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` to get the next page; null on the last page' })
  nextCursor: string | null;
}
