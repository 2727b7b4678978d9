import { ApiProperty } from '@nestjs/swagger';
import { CsvEncodingDto, ImportRowErrorDto } from '../../../infrastructure/csv/csv-import.dto';

export class ImportResultDto {
  @ApiProperty({ example: 120, description: 'Learners created' })
  created: number;

  @ApiProperty({ example: 14, description: 'Existing learners (same externalId) whose values changed' })
  updated: number;

  @ApiProperty({ example: 860, description: 'Existing learners the file did not change' })
  unchanged: number;

  @ApiProperty({ example: 2, description: 'Rows not imported; each has at least one entry in errors' })
  failed: number;

  @ApiProperty({ type: [ImportRowErrorDto], description: `At most 1,000 entries, by row` })
  errors: ImportRowErrorDto[];

  @ApiProperty({ example: false, description: 'True when errors was cut at 1,000 entries' })
  errorsTruncated: boolean;

  @ApiProperty({ type: CsvEncodingDto })
  encoding: CsvEncodingDto;
}
