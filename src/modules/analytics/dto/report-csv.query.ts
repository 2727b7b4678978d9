import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CSV_DIALECTS, type CsvLocale } from '../report-csv';

export class ReportCsvQueryDto {
  @ApiPropertyOptional({
    enum: Object.keys(CSV_DIALECTS),
    description: 'The spreadsheet it opens in: `fr` (`;`, decimal comma: French Excel) or `en` (`,`, decimal point); by default the workspace language’s',
  })
  @IsOptional()
  @IsIn(Object.keys(CSV_DIALECTS))
  locale?: CsvLocale;
}
