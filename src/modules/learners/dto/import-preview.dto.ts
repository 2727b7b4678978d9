import { ApiProperty } from '@nestjs/swagger';
import { ErrorDetailDto } from '../../../common/openapi/error-envelope.dto';
import { CsvEncodingDto, ImportRowErrorDto, PreviewRowDto } from '../../../infrastructure/csv/csv-import.dto';
import { CSV_COLUMN_ALIASES } from '../learner-csv-columns';

export class PreviewColumnDto {
  @ApiProperty({ example: 0, description: 'Position in the header, from 0' })
  index: number;

  @ApiProperty({ example: 'Prénom', description: 'The header as written' })
  header: string;

  @ApiProperty({ enum: Object.keys(CSV_COLUMN_ALIASES), nullable: true, example: 'firstName', description: 'The learner field it fills (`persona`: a persona name)' })
  field: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The attribute key it fills, when it is no learner field' })
  attribute: string | null;

  @ApiProperty({
    enum: ['no_header', 'ambiguous'],
    nullable: true,
    example: null,
    description: 'Why it is not read: it has no header, or another column already fills its field or key',
  })
  ignored: 'no_header' | 'ambiguous' | null;

  @ApiProperty({ nullable: true, type: Number, example: null, description: 'For an `ambiguous` column: the index of the column that fills the same field or attribute first' })
  collidesWith: number | null;
}

export class ImportPreviewDto {
  @ApiProperty({ type: CsvEncodingDto })
  encoding: CsvEncodingDto;

  @ApiProperty({ example: ';', description: 'The separator detected: `,`, `;` or a tab' })
  delimiter: string;

  @ApiProperty({ type: [PreviewColumnDto] })
  columns: PreviewColumnDto[];

  @ApiProperty({ type: [ErrorDetailDto], description: 'Required columns the header lacks (`path`: the field; code IMPORT.MISSING_COLUMN): the import would refuse the file' })
  missing: ErrorDetailDto[];

  @ApiProperty({ type: [ErrorDetailDto], description: 'Columns that collide (`path`: the header; code IMPORT.AMBIGUOUS_COLUMN): the import would refuse the file' })
  ambiguous: ErrorDetailDto[];

  @ApiProperty({ type: [PreviewRowDto], description: 'The first rows (at most 5), as read' })
  rows: PreviewRowDto[];

  @ApiProperty({
    type: [ImportRowErrorDto],
    description:
      'What the import would report for the rows shown, as in its `errors` (same checks and codes; the cell as written in `value`). ' +
      'Empty when the file would be refused as a whole (missing or colliding columns).',
  })
  problems: ImportRowErrorDto[];
}
