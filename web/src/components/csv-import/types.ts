import type { TFunction } from 'i18next';
import type { components } from '../../api/schema';
import type { RowError } from './error-file';

/** How one column is read: a field of the import, an attribute (learners), or why it is not read. */
export interface PreviewColumn {
  index: number;
  header: string;
  field: string | null;
  attribute?: string | null;
  ignored: 'no_header' | 'ambiguous' | 'unknown' | null;
  /** For an `ambiguous` column (learners): the index of the column that fills the same field or key first. */
  collidesWith?: number | null;
}
/**
 * What the preview endpoints answer (learners, a session's enrolments). `problems`: what the import
 * would report for the rows shown (learners only).
 */
export type ImportPreview = Omit<components['schemas']['ImportPreviewDto'], 'columns' | 'problems'> & {
  columns: PreviewColumn[];
  problems?: RowError[];
};
export type CsvEncoding = components['schemas']['CsvEncodingDto'];

/** What the import endpoints answer (learners, enrolments). */
export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: RowError[];
  errorsTruncated?: boolean;
  encoding: CsvEncoding;
}

/**
 * The note on how the file was read, in the console's language when the file was found not to be
 * UTF-8 (the usual case: a French Excel export), else the api's own note.
 */
export function encodingNote(t: TFunction, encoding: CsvEncoding): string | null {
  return encoding.detected ? t('encodingDetected', { ns: 'csvImport', encoding: encoding.detected.toUpperCase() }) : encoding.note;
}
