import { DomainError } from '../../common/errors/domain-error';
import type { CsvUpload } from './csv-upload';

/** A row of a preview: its spreadsheet number and its cells as read. */
export interface CsvSampleRow {
  row: number;
  cells: string[];
}

/**
 * The first non-empty rows of an upload, for an import's preview; the rest is read and dropped, so
 * the request is never left half read. The head of a large file, cut mid-row, ends in a malformed
 * record: the rows before it still make the sample.
 */
export async function sampleRows(upload: CsvUpload, count: number): Promise<CsvSampleRow[]> {
  const rows: CsvSampleRow[] = [];
  const reading = upload.rows[Symbol.asyncIterator]();
  try {
    while (rows.length < count) {
      const next = await reading.next();
      if (next.done) break;
      if (next.value.cells.every((cell) => cell === '')) continue;
      rows.push({ row: next.value.row, cells: next.value.cells });
    }
    while (!(await reading.next()).done);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'IMPORT.MALFORMED_CSV' && rows.length > 0)) throw error;
  }
  return rows;
}
