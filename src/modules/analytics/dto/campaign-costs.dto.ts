import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';

const MONEY = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };

/** Cost inputs of a campaign for its ROI; a field left out is unchanged, null clears it. Limits follow the columns' precision. */
export class UpdateCampaignCostsDto {
  @ApiPropertyOptional({ example: 1200, nullable: true, type: Number, description: 'Production cost (agency, video, licences), in `currency`' })
  @IsOptional()
  @IsNumber(MONEY)
  @Min(0)
  @Max(9_999_999_999.99)
  production?: number | null;

  @ApiPropertyOptional({ example: 16.5, nullable: true, type: Number, description: 'Hours spent by the team on the campaign' })
  @IsOptional()
  @IsNumber(MONEY)
  @Min(0)
  @Max(999_999.99)
  hours?: number | null;

  @ApiPropertyOptional({ example: 55, nullable: true, type: Number, description: 'Cost of one hour, in `currency`' })
  @IsOptional()
  @IsNumber(MONEY)
  @Min(0)
  @Max(99_999_999.99)
  hourlyRate?: number | null;

  @ApiPropertyOptional({ example: 'EUR', nullable: true, type: String, description: 'ISO 4217 code' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code of three capital letters, e.g. EUR' })
  currency?: string | null;
}

export class CampaignCostsDto {
  @ApiProperty({ example: 1200, nullable: true, type: Number })
  production: number | null;

  @ApiProperty({ example: 16.5, nullable: true, type: Number })
  hours: number | null;

  @ApiProperty({ example: 55, nullable: true, type: Number })
  hourlyRate: number | null;

  @ApiProperty({ example: 'EUR', nullable: true, type: String })
  currency: string | null;

  @ApiProperty({ example: 2107.5, nullable: true, type: Number, description: 'production + hours × hourlyRate; null when nothing was entered' })
  cost: number | null;
}
