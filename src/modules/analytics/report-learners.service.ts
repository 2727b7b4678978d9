import { Injectable } from '@nestjs/common';
import { OpenTracking } from '../../common/enums';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { CampaignErrors } from '../campaigns/campaigns.errors';
import { SegmentsService } from '../segments/segments.service';
import type { ReportLearnerDto, ReportLearnersPageDto, RetargetSegmentResultDto } from './dto/report-learners.dto';
import { CSV_DIALECTS, type CsvDialect, type CsvLocale, type CsvWords, csvField, csvLocaleOf, wordsOf } from './report-csv';
import { ReportErrors } from './report.errors';
import { type LearnerSelection, type ReportLearnerCsvRow, ReportLearnersRepository, type ReportLearnerRow } from './report-learners.repository';
import { ReportRepository, type ReportCampaign, type ReportStage, stagesOf } from './report.repository';
import { type SelectionInput, toSelection } from './report-selection';

const BOM = '\uFEFF';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPEN_STAGES: ReadonlySet<ReportStage> = new Set(['opened', 'machineOpened']);
export const CSV_BATCH = 5000;


/** The learners behind each figure of a campaign's report: the list, its CSV, and a static segment of them. */
@Injectable()
export class ReportLearnersService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly repository: ReportLearnersRepository,
    private readonly segments: SegmentsService,
  ) {}

  async list(workspaceId: string, campaignId: string, input: SelectionInput, limit = 50, cursor?: string): Promise<ReportLearnersPageDto> {
    const { campaign, selection } = await this.resolve(workspaceId, campaignId, input);
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (after && !UUID.test(after.id)) throw ReportErrors.invalidSelection('cursor', 'is not one this API returned', 'REQUEST.INVALID_CURSOR');
    const { total, rows } = await this.repository.page(workspaceId, campaign, selection, limit + 1, after);
    const more = rows.length > limit;
    const kept = more ? rows.slice(0, limit) : rows;
    const aggregate = campaign.openTracking === OpenTracking.Aggregate;
    return {
      total,
      items: kept.map((row) => toDto(row, aggregate)),
      nextCursor: more ? encodeCursor({ key: kept[kept.length - 1].sortKey, id: kept[kept.length - 1].id }) : null,
    };
  }

  /**
   * Writes the whole list as CSV through `write` (which waits when the reader is slow), in the
   * dialect of `locale`, else the workspace's: rows are read from the database in batches.
   */
  async csv(workspaceId: string, campaignId: string, input: SelectionInput, locale: CsvLocale | undefined, write: (chunk: string) => Promise<void>): Promise<void> {
    const { campaign, selection } = await this.resolve(workspaceId, campaignId, input);
    const dialect = CSV_DIALECTS[locale ?? csvLocaleOf(await this.reports.workspaceLocale(workspaceId))];
    const aggregate = campaign.openTracking === OpenTracking.Aggregate;
    const words = wordsOf(dialect);
    await write(`${BOM}${csvLine(words.learners, dialect)}\r\n`);
    await this.repository.forEachBatch(workspaceId, campaign, selection, CSV_BATCH, async (rows) => {
      await write(rows.map((row) => `${csvLine(csvFields(toDto(row, aggregate), row, words), dialect)}\r\n`).join(''));
    });
  }

  /** A static segment of exactly the listed learners, made in one transaction (planner, admin). */
  async retarget(workspaceId: string, campaignId: string, input: SelectionInput & { name: string }): Promise<RetargetSegmentResultDto> {
    const { campaign, selection } = await this.resolve(workspaceId, campaignId, input);
    const description = `From the report of "${campaign.name}": ${describe(selection)}`;
    const view = await this.segments.createFromAudience(workspaceId, { name: input.name, description }, this.repository.audience(workspaceId, campaign, selection));
    return { id: view.segment.id, name: view.segment.name, kind: view.segment.kind, memberCount: view.memberCount ?? 0 };
  }

  private async resolve(workspaceId: string, campaignId: string, input: SelectionInput): Promise<{ campaign: ReportCampaign; selection: LearnerSelection }> {
    const selection = toSelection(input);
    const campaign = await this.reports.findCampaign(workspaceId, campaignId);
    if (!campaign) throw CampaignErrors.notFound();
    // Opens kept in aggregate name nobody: the report's opened figure is a count of opens, not a list.
    if (campaign.openTracking === OpenTracking.Aggregate) {
      if (OPEN_STAGES.has(selection.stage)) throw ReportErrors.opensAggregate('stage');
      if (selection.notStage && OPEN_STAGES.has(selection.notStage)) throw ReportErrors.opensAggregate('notStage');
    }
    return { campaign, selection };
  }
}

function toDto(row: ReportLearnerRow, aggregate: boolean): ReportLearnerDto {
  const stages = stagesOf(row.f).filter((s) => !(aggregate && OPEN_STAGES.has(s)));
  const name = [row.firstName, row.lastName].filter(Boolean).join(' ') || null;
  return {
    id: row.id,
    exists: row.exists,
    externalId: row.externalId,
    name,
    email: row.email,
    department: row.department,
    site: row.site,
    personaId: row.personaId,
    personaName: row.personaName,
    stages,
    sentAt: row.sentAt,
    openedAt: aggregate ? null : row.openedAt,
    clickedAt: row.clickedAt,
    enrolledAt: row.enrolledAt,
  };
}

function csvLine(fields: Array<string | number | null>, dialect: CsvDialect): string {
  return fields.map((f) => csvField(f, dialect)).join(dialect.separator);
}

function csvFields(dto: ReportLearnerDto, row: ReportLearnerCsvRow, words: CsvWords): Array<string | null> {
  // The moments in the workspace's local time, the way a spreadsheet reads a date; no open where opens are only counted.
  const opened = dto.openedAt ? row.openedLocal : null;
  return [row.lastName, row.firstName, dto.email, dto.externalId, dto.department, dto.site, dto.personaName, dto.stages.map((s) => words.stage[s] ?? s).join(', '), row.sentLocal, opened, row.clickedLocal, row.enrolledLocal];
}

function describe(selection: LearnerSelection): string {
  const what = selection.notStage ? `${selection.stage}, not ${selection.notStage}` : selection.stage;
  return selection.dimension ? `${what} (${selection.dimension} ${selection.key ?? '(none)'})` : what;
}
