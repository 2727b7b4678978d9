import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export class ListLearnersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'Sales', description: 'Exact department' })
  @IsOptional()
  @IsString()
  department?: string;

  @ApiPropertyOptional({ example: 'Lyon', description: 'Exact site' })
  @IsOptional()
  @IsString()
  site?: string;

  @ApiPropertyOptional({ example: 'FR', description: 'ISO 3166-1 alpha-2 (any case)' })
  @IsOptional()
  @IsString()
  country?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  personaId?: string;

  @ApiPropertyOptional({ example: 'fr-FR', description: 'BCP 47 tag (canonicalised, so fr-fr finds fr-FR)' })
  @IsOptional()
  @IsString()
  locale?: string;

  @ApiPropertyOptional({ example: 'US/Pacific-New', description: 'Exact zone as stored; with GET /v1/learners/zone-problems, finds the learners to fix' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  timeZone?: string;

  @ApiPropertyOptional({ example: 'dupont', description: 'Free text over first and last name, email and external id (case-insensitive substring)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
