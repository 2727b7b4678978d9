import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Blackout } from '../campaigns/scheduling/blackout-days';

/** A blackout as stored, with what the console shows. */
export interface BlackoutDateRow extends Blackout {
  id: string;
  label: string;
  createdAt: Date;
}

export type NewBlackoutDate = Omit<BlackoutDateRow, 'id' | 'createdAt'>;

const COLUMNS = `id, starts_on::text AS "startsOn", ends_on::text AS "endsOn", label, country, site, created_at AS "createdAt"`;
/** More blackouts than a workspace would ever keep for a year and a bit; the list is not paged. */
export const MAX_BLACKOUTS_LISTED = 1000;

@Injectable()
export class BlackoutDatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Blackouts overlapping `from`…`to` (dates, both included; either open), in date order. */
  list(workspaceId: string, from: string | null, to: string | null): Promise<BlackoutDateRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM blackout_dates
        WHERE workspace_id = $1 AND ($2::date IS NULL OR ends_on >= $2::date) AND ($3::date IS NULL OR starts_on <= $3::date)
        ORDER BY starts_on, ends_on, country NULLS FIRST, site NULLS FIRST, id LIMIT ${MAX_BLACKOUTS_LISTED}`,
      [workspaceId, from, to],
    );
  }

  /**
   * The blackouts the send path must know from `instant` on: those ending on or after the day before
   * it (a learner far west of UTC is still on the previous date).
   */
  upcoming(workspaceId: string, instant: Date): Promise<Blackout[]> {
    return this.dataSource.query(
      `SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn", country, site FROM blackout_dates
        WHERE workspace_id = $1 AND ends_on >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1 ORDER BY starts_on`,
      [workspaceId, instant],
    );
  }

  /** Inserts the blackouts that are not there yet (same dates and scope); returns those it wrote. */
  async insertMissing(workspaceId: string, rows: readonly NewBlackoutDate[]): Promise<BlackoutDateRow[]> {
    if (!rows.length) return [];
    return this.dataSource.query(
      `INSERT INTO blackout_dates (workspace_id, starts_on, ends_on, label, country, site)
       SELECT $1, r.starts_on, r.ends_on, r.label, r.country, r.site
         FROM unnest($2::date[], $3::date[], $4::text[], $5::text[], $6::text[]) AS r(starts_on, ends_on, label, country, site)
       ON CONFLICT (workspace_id, starts_on, ends_on, country, site) DO NOTHING
       RETURNING ${COLUMNS}`,
      [workspaceId, rows.map((r) => r.startsOn), rows.map((r) => r.endsOn), rows.map((r) => r.label), rows.map((r) => r.country), rows.map((r) => r.site)],
    );
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(`DELETE FROM blackout_dates WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    return count > 0;
  }
}
