import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { undecodableMessage } from '../../infrastructure/csv/csv-encoding';
import type { CsvEncodingDto } from '../../infrastructure/csv/csv-import.dto';
import { sampleRows } from '../../infrastructure/csv/csv-sample';
import { FieldProblem } from '../../common/errors/field-problem';
import type { CsvRow, CsvUpload } from '../../infrastructure/csv/csv-upload';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { type LearnerColumnField, toParameter } from './learner-columns';
import { type CsvField, type LearnerCsvLayout, headerForField, planLearnerColumns, readLearnerRow } from './learner-csv-columns';
import { LearnerImportRepository, STAGED_FIELDS } from './learner-import.repository';
import { type FieldError, type LearnerInput, normaliseLearnerInput } from './learner-input';
import { type CopyValue, copyTextLine } from './copy-text';
import { LearnerErrors } from './learners.errors';
import { LearnersRepository } from './learners.repository';

export const MAX_REPORTED_ERRORS = 1000;
// Rows are handed to COPY in chunks: one write per row would cost more than the parsing.
const LINES_PER_CHUNK = 500;

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
  code: FieldProblem;
  /** The cell as written, when one is at fault. */
  value?: string;
}

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
}

export interface ImportPreview {
  encoding: CsvEncodingDto;
  delimiter: string;
  columns: PreviewColumn[];
  missing: Array<{ path: string; message: string }>;
  ambiguous: Array<{ path: string; message: string }>;
  rows: Array<{ row: number; cells: string[] }>;
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

  async import(workspaceId: string, upload: CsvUpload): Promise<ImportReport> {
    const { layout, missing, ambiguous } = planLearnerColumns(upload.header);
    if (missing.length) throw LearnerErrors.missingColumns(missing);
    if (ambiguous.length) throw LearnerErrors.ambiguousColumns(ambiguous);

    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const personas = layout.fields.persona ? await this.learners.personaIdsByName(workspaceId) : new Map<string, string>();
    const outcome: StreamOutcome = { failedRows: 0, errorCount: 0, errors: [] };

    return this.imports.inTransaction(this.config.importStatementTimeoutMs, async (client) => {
      await this.imports.lockWorkspace(client, workspaceId);
      await this.imports.createStaging(client);
      const staged = await this.imports.copyIntoStaging(client, this.stagingLines(upload.rows, layout, personas, outcome, upload.encoding.used));

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
      const created = await this.imports.insertNew(client, workspaceId, { locale: workspace.defaultLocale, timeZone: workspace.timeZone });

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
   * own reader), and the first rows as read. The rest of the upload is read and dropped, so a
   * client may send the whole file or only its head (a head cut mid-row is fine).
   */
  async preview(upload: CsvUpload, sampleSize = PREVIEW_ROWS): Promise<ImportPreview> {
    const { layout, missing, ambiguous } = planLearnerColumns(upload.header);
    const fieldAt = new Map(Object.entries(layout.fields).map(([field, column]) => [column.index, field as CsvField]));
    const attributeAt = new Map(layout.attributes.map((column) => [column.index, column.key]));
    const columns: PreviewColumn[] = upload.header.map((header, index) => {
      const field = fieldAt.get(index) ?? null;
      const attribute = attributeAt.get(index) ?? null;
      const ignored = field || attribute ? null : header.trim() ? 'ambiguous' : 'no_header';
      return { index, header, field, attribute, ignored };
    });

    const rows = await sampleRows(upload, sampleSize);
    return { encoding: upload.encoding, delimiter: upload.delimiter, columns, missing, ambiguous, rows };
  }

  /**
   * Validates each row and yields COPY lines for the good ones, in chunks. Within the file the
   * first row of an external id wins; later ones are reported. Emails are checked in SQL.
   */
  private async *stagingLines(
    rows: AsyncIterable<CsvRow>,
    layout: LearnerCsvLayout,
    personas: Map<string, string>,
    outcome: StreamOutcome,
    encoding: string,
  ): AsyncGenerator<string> {
    const personaByName = foldPersonaNames(personas);
    const rowOfExternalId = new Map<string, number>();
    const externalIdHeader = layout.fields.externalId?.header ?? 'externalId';
    const position = columnPositions(layout);
    let chunk = '';
    let lines = 0;

    for await (const { row, cells, undecodableCell } of rows) {
      if (cells.every((cell) => cell === '')) continue; // spreadsheets leave rows of bare separators
      if (undecodableCell !== undefined) {
        outcome.failedRows++;
        outcome.errorCount++;
        const error = { row, field: headerAt(layout, undecodableCell), message: undecodableMessage(encoding), code: FieldProblem.Undecodable, value: cells[undecodableCell] };
        if (outcome.errors.length < MAX_REPORTED_ERRORS) outcome.errors.push(error);
        continue;
      }
      const read = readLearnerRow(cells, layout);
      const errors: ImportRowError[] = read.errors.map((e) => ({ row, ...e }));
      const { values, errors: fieldErrors } = normaliseLearnerInput(read.input, this.zones, ['externalId', 'email']);
      for (const e of fieldErrors) errors.push({ ...asWritten(e, cells, read.input, layout), row });

      if (read.personaName !== undefined) {
        if (read.personaName === null) values.personaId = null;
        else {
          const id = personas.get(read.personaName) ?? personaByName.get(read.personaName.toLowerCase());
          if (id) values.personaId = id;
          else {
            const field = layout.fields.persona?.header ?? 'persona';
            errors.push({ row, field, message: `no persona named "${read.personaName}" in this workspace`, code: FieldProblem.UnknownPersona });
          }
        }
      }

      if (!errors.length && values.externalId) {
        const firstRow = rowOfExternalId.get(values.externalId);
        if (firstRow === undefined) rowOfExternalId.set(values.externalId, row);
        else {
          const message = `"${values.externalId}" already appears in row ${firstRow}; only that row is imported`;
          errors.push({ row, field: externalIdHeader, message, code: FieldProblem.RepeatedExternalId });
        }
      }

      if (errors.length) {
        outcome.failedRows++;
        outcome.errorCount += errors.length;
        errors.sort((a, b) => (position.get(a.field) ?? -1) - (position.get(b.field) ?? -1));
        for (const e of errors) if (outcome.errors.length < MAX_REPORTED_ERRORS) outcome.errors.push(e);
        continue;
      }

      chunk += copyTextLine([row, ...STAGED_FIELDS.map((f) => toParameter(f, values[f]) as CopyValue)]);
      if (++lines % LINES_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
}

/** Column index by header, so a row's errors read left to right. */
function columnPositions(layout: LearnerCsvLayout): Map<string, number> {
  const columns = [...Object.values(layout.fields), ...layout.attributes];
  return new Map(columns.map((c) => [c.header, c.index]));
}

/** The fields the file carries: only those are written to existing learners. */
function presentFields(layout: LearnerCsvLayout): LearnerColumnField[] {
  const fields = new Set<LearnerColumnField>();
  for (const field of Object.keys(layout.fields)) fields.add(field === 'persona' ? 'personaId' : (field as LearnerColumnField));
  if (layout.attributes.length) fields.add('attributes');
  return [...fields];
}

// Persona names are matched exactly first, then without regard to case.
function foldPersonaNames(personas: Map<string, string>): Map<string, string> {
  const folded = new Map<string, string>();
  for (const [name, id] of personas) if (!folded.has(name.toLowerCase())) folded.set(name.toLowerCase(), id);
  return folded;
}

/** The header of column `index`, as written. */
function headerAt(layout: LearnerCsvLayout, index: number): string {
  const column = [...Object.values(layout.fields), ...layout.attributes].find((c) => c?.index === index);
  return column?.header ?? `column ${index + 1}`;
}

/**
 * A field error as the file's author wrote the cell: the import reads `31/02/2024` as
 * `2024-02-31` before checking it, but the error must quote `31/02/2024`.
 */
function asWritten(error: FieldError, cells: string[], input: LearnerInput, layout: LearnerCsvLayout): ImportRowError {
  const field = headerForField(error.field, layout);
  const column = layout.fields[error.field as CsvField];
  const written = column ? cells[column.index] : undefined;
  if (written === undefined || written === '') return { row: 0, field, message: error.message, code: error.code };
  const read = (input as Record<string, unknown>)[error.field];
  const message = typeof read === 'string' && read !== written ? error.message.split(`"${read}"`).join(`"${written}"`) : error.message;
  return { row: 0, field, message, code: error.code, value: written };
}
