import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { BlackoutDateRow } from '../blackout-dates.repository';
import { HOLIDAY_YEARS } from '../french-holidays';

// Checked by parseBlackout (blackout-rules.ts), whose problems name the field; the schema documents them.
export class CreateBlackoutDateDto {
  @ApiProperty({ example: '2026-12-24', format: 'date', description: 'First day, in each learner\'s own zone' })
  @Allow()
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-01-01', format: 'date', description: 'Last day, included (default: startsOn); at most 366 days' })
  @Allow()
  endsOn?: string;

  @ApiProperty({ example: 'Fermeture de fin d\'année', maxLength: 200 })
  @Allow()
  label?: string;

  @ApiPropertyOptional({ example: 'FR', nullable: true, type: String, description: 'Only learners of this country (ISO 3166-1 alpha-2)' })
  @Allow()
  country?: string | null;

  @ApiPropertyOptional({ example: 'Lyon', nullable: true, type: String, description: 'Only learners of this site (not with country)' })
  @Allow()
  site?: string | null;
}

export class ListBlackoutDatesQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', format: 'date', description: 'Blackouts ending on or after this day' })
  @Allow()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', format: 'date', description: 'Blackouts starting on or before this day' })
  @Allow()
  to?: string;
}

export class FrenchHolidaysDto {
  @ApiProperty({ example: 2027, minimum: HOLIDAY_YEARS.min, maximum: HOLIDAY_YEARS.max })
  @Type(() => Number)
  @IsInt()
  @Min(HOLIDAY_YEARS.min)
  @Max(HOLIDAY_YEARS.max)
  year: number;

  @ApiPropertyOptional({ example: false, default: false, description: 'For every learner, not only those whose country is FR' })
  @IsOptional()
  @IsBoolean()
  wholeWorkspace?: boolean;
}

export class BlackoutDateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-07-14', format: 'date' }) startsOn: string;
  @ApiProperty({ example: '2026-07-14', format: 'date' }) endsOn: string;
  @ApiProperty({ example: 'Fête nationale' }) label: string;
  @ApiProperty({ example: 'FR', nullable: true, type: String }) country: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) site: string | null;
  @ApiProperty() createdAt: Date;

  static from(row: BlackoutDateRow): BlackoutDateDto {
    return { id: row.id, startsOn: row.startsOn, endsOn: row.endsOn, label: row.label, country: row.country, site: row.site, createdAt: row.createdAt };
  }
}

export class BlackoutDateListDto {
  @ApiProperty({ type: [BlackoutDateDto] }) items: BlackoutDateDto[];
}

export class FrenchHolidaysResultDto {
  @ApiProperty({ type: [BlackoutDateDto], description: 'The holidays added (those already there are left as they are)' }) created: BlackoutDateDto[];
  @ApiProperty({ example: 0, description: 'Holidays already there' }) skipped: number;
}
