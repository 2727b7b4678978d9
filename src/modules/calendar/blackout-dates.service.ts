import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BlackoutDatesRepository, type BlackoutDateRow, type NewBlackoutDate } from './blackout-dates.repository';
import { parseBlackout, type BlackoutInput } from './blackout-rules';
import { isCalendarDate } from './calendar-rules';
import { CalendarErrors } from './calendar.errors';
import { frenchPublicHolidays } from './french-holidays';

/**
 * A workspace's blackout dates: days nothing but service messages goes out, for everyone, a country
 * or a site. The send path reads them through `BlackoutDatesRepository` (planning, the dry run, the
 * sender's last check), so a change holds for what is planned already.
 */
@Injectable()
export class BlackoutDatesService {
  constructor(
    private readonly blackouts: BlackoutDatesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  list(workspaceId: string, from?: string, to?: string): Promise<BlackoutDateRow[]> {
    const problems = [
      ...(from !== undefined && !isCalendarDate(from) ? [{ path: 'from', message: 'from must be a real date written YYYY-MM-DD', code: 'format' }] : []),
      ...(to !== undefined && !isCalendarDate(to) ? [{ path: 'to', message: 'to must be a real date written YYYY-MM-DD', code: 'format' }] : []),
    ];
    if (problems.length) throw CalendarErrors.badRange(problems);
    return this.blackouts.list(workspaceId, from ?? null, to ?? null);
  }

  async create(workspaceId: string, input: BlackoutInput): Promise<BlackoutDateRow> {
    const parsed = parseBlackout(input);
    if (!parsed.ok) throw CalendarErrors.badBlackout(parsed.errors);
    const [created] = await this.blackouts.insertMissing(workspaceId, [parsed.value]);
    if (!created) throw CalendarErrors.blackoutExists();
    return created;
  }

  /** The public holidays of France in `year`, for learners in France (or everyone), named in the workspace's language. */
  async addFrenchHolidays(workspaceId: string, year: number, wholeWorkspace: boolean): Promise<{ created: BlackoutDateRow[]; skipped: number }> {
    const [workspace] = await this.dataSource.query(`SELECT default_locale AS locale FROM workspaces WHERE id = $1`, [workspaceId]);
    const language = String(workspace?.locale ?? 'fr').slice(0, 2);
    const rows = frenchPublicHolidays(year, language).map(
      (h): NewBlackoutDate => ({ startsOn: h.date, endsOn: h.date, label: h.name, country: wholeWorkspace ? null : 'FR', site: null }),
    );
    const created = await this.blackouts.insertMissing(workspaceId, rows);
    return { created, skipped: rows.length - created.length };
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    if (!(await this.blackouts.delete(workspaceId, id))) throw CalendarErrors.blackoutNotFound();
  }
}
