import { DomainError } from '../../common/errors/domain-error';
import type { CsvRow, CsvUpload } from './csv-upload';

/**
 * The first non-empty rows of an upload as read (undecodable cells flagged), for an import's preview; the rest is read and dropped, so
 * the request is never left half read. The head of a large file, cut mid-row, ends in a malformed
 * record: the rows before it still make the sample.
 */
export async function sampleRows(upload: CsvUpload, count: number): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  const reading = upload.rows[Symbol.asyncIterator]();
  try {
    while (rows.length < count) {
      const next = await reading.next();
      if (next.done) break;
      if (next.value.cells.every((cell) => cell === '')) continue;
      rows.push(next.value);
    }
    while (!(await reading.next()).done);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'IMPORT.MALFORMED_CSV' && rows.length > 0)) throw error;
  }
  return rows;
}
