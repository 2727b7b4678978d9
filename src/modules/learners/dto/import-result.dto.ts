import { ApiProperty } from '@nestjs/swagger';

export class ImportRowErrorDto {
  @ApiProperty({ example: 7, description: 'Spreadsheet row number: the header is row 1' })
  row: number;

  @ApiProperty({ example: 'email', description: 'The column, as written in the file’s header' })
  field: string;

  @ApiProperty({ example: '"jean.dupont@" is not a valid email address' })
  message: string;
}

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
}
