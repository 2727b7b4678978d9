import { ApiProperty } from '@nestjs/swagger';
import { ErrorDetailDto } from '../../../common/openapi/error-envelope.dto';
import { CsvEncodingDto, PreviewRowDto } from '../../../infrastructure/csv/csv-import.dto';
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
}

export class ImportPreviewDto {
  @ApiProperty({ type: CsvEncodingDto })
  encoding: CsvEncodingDto;

  @ApiProperty({ example: ';', description: 'The separator detected: `,`, `;` or a tab' })
  delimiter: string;

  @ApiProperty({ type: [PreviewColumnDto] })
  columns: PreviewColumnDto[];

  @ApiProperty({ type: [ErrorDetailDto], description: 'Required columns the header lacks: the import would refuse the file' })
  missing: ErrorDetailDto[];

  @ApiProperty({ type: [ErrorDetailDto], description: 'Columns that collide: the import would refuse the file' })
  ambiguous: ErrorDetailDto[];

  @ApiProperty({ type: [PreviewRowDto], description: 'The first rows (at most 5), as read' })
  rows: PreviewRowDto[];
}
