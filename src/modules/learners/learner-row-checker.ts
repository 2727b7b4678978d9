import { FieldProblem } from '../../common/errors/field-problem';
import { undecodableMessage } from '../../infrastructure/csv/csv-encoding';
import type { CsvRow } from '../../infrastructure/csv/csv-upload';
import type { KnownZones } from '../../infrastructure/database/time-zones';
import { type CsvField, type LearnerCsvLayout, headerForField, readLearnerRow } from './learner-csv-columns';
import { type FieldError, type LearnerInput, type LearnerValues, normaliseLearnerInput } from './learner-input';

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
  code: FieldProblem;
  /** The cell as written, when one is at fault. */
  value?: string;
}

export interface CheckedRow {
  values: LearnerValues;
  /** Empty when the row can be imported; else sorted left to right, by column. */
  errors: ImportRowError[];
}

/**
 * Checks the rows of one CSV file as the import reads them, one after the other: cells the
 * encoding cannot read, each field's format (`normaliseLearnerInput`, as the API), persona names,
 * and external ids repeated in the file (the first row of one wins). The import stages the rows it
 * passes; the preview reports the problems of its first rows. Emails held by other learners are
 * checked in SQL, by the import only.
 */
export class LearnerRowChecker {
  private readonly personaByName: Map<string, string>;
  private readonly rowOfExternalId = new Map<string, number>();
  private readonly position: Map<string, number>;

  /** `personas`: the workspace's persona ids by name (read only when the file has a persona column). */
  constructor(
    private readonly layout: LearnerCsvLayout,
    private readonly personas: Map<string, string>,
    private readonly zones: KnownZones,
    private readonly encoding: string,
  ) {
    this.personaByName = foldPersonaNames(personas);
    this.position = columnPositions(layout);
  }

  /** The row's values and problems; null for a row of bare separators (spreadsheets leave some), which is skipped. */
  check({ row, cells, undecodableCell }: CsvRow): CheckedRow | null {
    const { layout } = this;
    if (cells.every((cell) => cell === '')) return null;
    if (undecodableCell !== undefined) {
      const field = headerAt(layout, undecodableCell);
      return { values: {}, errors: [{ row, field, message: undecodableMessage(this.encoding), code: FieldProblem.Undecodable, value: cells[undecodableCell] }] };
    }
    const read = readLearnerRow(cells, layout);
    const errors: ImportRowError[] = read.errors.map((e) => ({ row, ...e }));
    const { values, errors: fieldErrors } = normaliseLearnerInput(read.input, this.zones, ['externalId', 'email']);
    for (const e of fieldErrors) errors.push({ ...asWritten(e, cells, read.input, layout), row });

    if (read.personaName !== undefined) {
      if (read.personaName === null) values.personaId = null;
      else {
        const id = this.personas.get(read.personaName) ?? this.personaByName.get(read.personaName.toLowerCase());
        if (id) values.personaId = id;
        else {
          const field = layout.fields.persona?.header ?? 'persona';
          errors.push({ row, field, message: `no persona named "${read.personaName}" in this workspace`, code: FieldProblem.UnknownPersona, value: read.personaName });
        }
      }
    }

    if (!errors.length && values.externalId) {
      const firstRow = this.rowOfExternalId.get(values.externalId);
      if (firstRow === undefined) this.rowOfExternalId.set(values.externalId, row);
      else {
        const message = `"${values.externalId}" already appears in row ${firstRow}; only that row is imported`;
        const field = layout.fields.externalId?.header ?? 'externalId';
        errors.push({ row, field, message, code: FieldProblem.RepeatedExternalId, value: cells[layout.fields.externalId?.index ?? -1] });
      }
    }

    errors.sort((a, b) => (this.position.get(a.field) ?? -1) - (this.position.get(b.field) ?? -1));
    return { values, errors };
  }
}

/** Column index by header, so a row's errors read left to right. */
function columnPositions(layout: LearnerCsvLayout): Map<string, number> {
  const columns = [...Object.values(layout.fields), ...layout.attributes];
  return new Map(columns.map((c) => [c.header, c.index]));
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
