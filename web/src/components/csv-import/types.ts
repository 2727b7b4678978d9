import type { components } from '../../api/schema';
import type { RowError } from './error-file';

export type ImportPreview = components['schemas']['ImportPreviewDto'];
export type PreviewColumn = components['schemas']['PreviewColumnDto'];
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
