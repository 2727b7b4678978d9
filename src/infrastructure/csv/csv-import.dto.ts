import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One problem in one row of an imported CSV file (learners and enrolments share it). */
export class ImportRowErrorDto {
  @ApiProperty({ example: 7, description: 'Spreadsheet row number: the header is row 1' })
  row: number;

  @ApiProperty({ example: 'hire_date', description: 'The column, as written in the file’s header' })
  field: string;

  @ApiProperty({ example: '"31/02/2024" is not a date (YYYY-MM-DD or DD/MM/YYYY)', description: 'What is wrong, quoting the cell as written' })
  message: string;

  @ApiPropertyOptional({ example: 'FIELD.INVALID_DATE', description: 'What is wrong as a stable code (FIELD.* or ROW.*), to translate by; the message is the fallback.' })
  code?: string;

  @ApiPropertyOptional({ example: '31/02/2024', description: 'The cell as written in the file, when one is at fault' })
  value?: string;
}

/** How the bytes of an imported file were read as text. */
export class CsvEncodingDto {
  @ApiProperty({ example: 'windows-1252', description: 'The encoding the file was read with: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1 or iso-8859-15' })
  used: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The charset the request declared (Content-Type of the body or of the multipart part), if any' })
  declared: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'windows-1252', description: 'Set when no charset was declared and the file was not UTF-8: the encoding it was then read as' })
  detected: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'The file is not UTF-8: it was read as Windows-1252 (what Excel saves as "CSV (separator: semicolon)")' })
  note: string | null;
}

/** One row of an import's preview, as read. */
export class PreviewRowDto {
  @ApiProperty({ example: 2, description: 'Spreadsheet row number: the header is row 1' })
  row: number;

  @ApiProperty({ type: [String], example: ['E-1', 'Jeanne', 'Lefèvre'], description: 'The cells as read, in header order' })
  cells: string[];
}
