import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class ListLearnersQueryDto {
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

  @ApiPropertyOptional({ example: 'dupont', description: 'Free text over first and last name, email and external id (case-insensitive substring)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}
