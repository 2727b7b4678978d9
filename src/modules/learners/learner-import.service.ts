import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import type { CsvEncodingDto } from '../../infrastructure/csv/csv-import.dto';
import { sampleRows } from '../../infrastructure/csv/csv-sample';
import { FieldProblem } from '../../common/errors/field-problem';
import type { CsvRow, CsvUpload } from '../../infrastructure/csv/csv-upload';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { type LearnerColumnField, toParameter } from './learner-columns';
import { type CsvField, type LayoutProblem, type LearnerCsvLayout, planLearnerColumns } from './learner-csv-columns';
import { LearnerImportRepository, STAGED_FIELDS } from './learner-import.repository';
import { type ImportRowError, LearnerRowChecker } from './learner-row-checker';
import { type CopyValue, copyTextLine } from './copy-text';
import { LearnerErrors } from './learners.errors';
import { LearnersRepository } from './learners.repository';

export type { ImportRowError } from './learner-row-checker';

export const MAX_REPORTED_ERRORS = 1000;
// Rows are handed to COPY in chunks: one write per row would cost more than the parsing.
const LINES_PER_CHUNK = 500;

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: ImportRowError[];
  errorsTruncated: boolean;
  encoding: CsvEncodingDto;
}

export const PREVIEW_ROWS = 5;

/** How one column of the file is read: a learner field, an attribute, or nothing. */
export interface PreviewColumn {
  index: number;
  header: string;
  /** The learner field the column fills (`persona` names a persona). */
  field: CsvField | null;
  /** The attribute key the column fills when it is no learner field. */
  attribute: string | null;
  /** Why the column is not read: no header, or another column already fills its field or key. */
  ignored: 'no_header' | 'ambiguous' | null;
  /** For an `ambiguous` column: the index of the column that fills the same field or key first. */
  collidesWith: number | null;
}

export interface ImportPreview {
  encoding: CsvEncodingDto;
  delimiter: string;
  columns: PreviewColumn[];
  missing: LayoutProblem[];
  ambiguous: LayoutProblem[];
  rows: Array<{ row: number; cells: string[] }>;
  /** What the import would report for the rows shown (none when the file would be refused as a whole). */
  problems: ImportRowError[];
}

export interface ImportOptions {
  /**
   * The consent given to the learners the file creates without a consent value (no consent column,
   * or an empty cell): true unless told otherwise, as the column default. Learners that exist keep theirs.
   */
  consentByDefault?: boolean;
}

/** What streaming the rows found before the database had its say. */
interface StreamOutcome {
  failedRows: number;
  errorCount: number;
  errors: ImportRowError[];
}

/**
 * Imports learners from a CSV upload. Rows are validated in JS as they stream, COPied into a
 * temporary table, then upserted by external id with set-based statements, in one transaction.
 */
@Injectable()
export class LearnerImportService {
  constructor(
    private readonly imports: LearnerImportRepository,
    private readonly learners: LearnersRepository,
    private readonly workspaces: WorkspacesService,
    private readonly zones: TimeZones,
    private readonly config: AppConfig,
  ) {}

  async import(workspaceId: string, upload: CsvUpload, options: ImportOptions = {}): Promise<ImportReport> {
    const { layout, missing, ambiguous } = planLearnerColumns(upload.header);
    if (missing.length) throw LearnerErrors.missingColumns(missing);
    if (ambiguous.length) throw LearnerErrors.ambiguousColumns(ambiguous);

    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const personas = layout.fields.persona ? await this.learners.personaIdsByName(workspaceId) : new Map<string, string>();
    const checker = new LearnerRowChecker(layout, personas, this.zones, upload.encoding.used);
    const outcome: StreamOutcome = { failedRows: 0, errorCount: 0, errors: [] };

    return this.imports.inTransaction(this.config.importStatementTimeoutMs, async (client) => {
      await this.imports.lockWorkspace(client, workspaceId);
      await this.imports.createStaging(client);
      const staged = await this.imports.copyIntoStaging(client, this.stagingLines(upload.rows, checker, outcome));

      // Emails held in the database first, so that among rows repeating an email the one whose
      // learner already owns it is kept.
      const emailHeader = layout.fields.email?.header ?? 'email';
      const heldElsewhere = await this.imports.rejectEmailsHeldElsewhere(client, workspaceId, MAX_REPORTED_ERRORS);
      const repeated = await this.imports.rejectEmailsRepeatedInFile(client, MAX_REPORTED_ERRORS);
      const conflicted = heldElsewhere.total + repeated.total;
      const conflictErrors = [...heldElsewhere.first, ...repeated.first].map((c) => ({
        row: c.row,
        field: emailHeader,
        code: c.holderRow === null ? FieldProblem.EmailOfAnotherLearner : FieldProblem.RepeatedEmail,
        message:
          c.holderRow === null
            ? `"${c.email}" belongs to another learner (externalId "${c.holder}")`
            : `"${c.email}" is already used by externalId "${c.holder}" in row ${c.holderRow}`,
      }));

      const updated = await this.imports.updateChanged(client, workspaceId, presentFields(layout));
      const created = await this.imports.insertNew(client, workspaceId, {
        locale: workspace.defaultLocale,
        timeZone: workspace.timeZone,
        consent: options.consentByDefault ?? true,
      });

      const errors = [...outcome.errors, ...conflictErrors].sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_ERRORS);
      return {
        created,
        updated,
        unchanged: staged - conflicted - updated - created,
        failed: outcome.failedRows + conflicted,
        errors,
        errorsTruncated: outcome.errorCount + conflicted > errors.length,
        encoding: upload.encoding,
      };
    });
  }

  /**
   * How `import` would read the file, without writing anything: each header's field or attribute
   * key (the import's own `planLearnerColumns`), the encoding and separator detected (the upload's
   * own reader), the first rows as read, and what the import would report for them (its own row
   * checks, persona names included; emails held by other learners are left to the import). The
   * rest of the upload is read and dropped, so a client may send the whole file or only its head
   * (a head cut mid-row is fine).
   */
  async preview(workspaceId: string, upload: CsvUpload, sampleSize = PREVIEW_ROWS): Promise<ImportPreview> {
    const { layout, missing, ambiguous, collisions } = planLearnerColumns(upload.header);
    const fieldAt = new Map(Object.entries(layout.fields).map(([field, column]) => [column.index, field as CsvField]));
    const attributeAt = new Map(layout.attributes.map((column) => [column.index, column.key]));
    const columns: PreviewColumn[] = upload.header.map((header, index) => {
      const field = fieldAt.get(index) ?? null;
      const attribute = attributeAt.get(index) ?? null;
      const ignored = field || attribute ? null : header.trim() ? 'ambiguous' : 'no_header';
      return { index, header, field, attribute, ignored, collidesWith: collisions.get(index) ?? null };
    });

    const sample = await sampleRows(upload, sampleSize);
    const problems: ImportRowError[] = [];
    if (!missing.length && !ambiguous.length) {
      const personas = layout.fields.persona ? await this.learners.personaIdsByName(workspaceId) : new Map<string, string>();
      const checker = new LearnerRowChecker(layout, personas, this.zones, upload.encoding.used);
      for (const row of sample) problems.push(...(checker.check(row)?.errors ?? []));
    }
    const rows = sample.map(({ row, cells }) => ({ row, cells }));
    return { encoding: upload.encoding, delimiter: upload.delimiter, columns, missing, ambiguous, rows, problems };
  }

  /**
   * Checks each row (`LearnerRowChecker`) and yields COPY lines for the good ones, in chunks.
   * Emails are checked in SQL.
   */
  private async *stagingLines(rows: AsyncIterable<CsvRow>, checker: LearnerRowChecker, outcome: StreamOutcome): AsyncGenerator<string> {
    let chunk = '';
    let lines = 0;

    for await (const csvRow of rows) {
      const checked = checker.check(csvRow);
      if (!checked) continue;
      const { values, errors } = checked;
      if (errors.length) {
        outcome.failedRows++;
        outcome.errorCount += errors.length;
        for (const e of errors) if (outcome.errors.length < MAX_REPORTED_ERRORS) outcome.errors.push(e);
        continue;
      }

      chunk += copyTextLine([csvRow.row, ...STAGED_FIELDS.map((f) => toParameter(f, values[f]) as CopyValue)]);
      if (++lines % LINES_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
}

/** The fields the file carries: only those are written to existing learners. */
function presentFields(layout: LearnerCsvLayout): LearnerColumnField[] {
  const fields = new Set<LearnerColumnField>();
  for (const field of Object.keys(layout.fields)) fields.add(field === 'persona' ? 'personaId' : (field as LearnerColumnField));
  if (layout.attributes.length) fields.add('attributes');
  return [...fields];
}

