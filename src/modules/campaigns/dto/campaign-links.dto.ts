import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Where `links.enrol`, `links.survey`, `links.certificate` lead; null or empty clears one. */
export class CampaignLinksDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://lms.acme.example/enrol/data-101', description: 'Default: the course’s LMS page' })
  @IsOptional()
  @IsString()
  @Matches(/^(https?:\/\/[^\s]+)?$/i, { message: 'enrol must be an absolute http or https URL' })
  @MaxLength(2048)
  enrol?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://forms.acme.example/data-101-feedback' })
  @IsOptional()
  @IsString()
  @Matches(/^(https?:\/\/[^\s]+)?$/i, { message: 'survey must be an absolute http or https URL' })
  @MaxLength(2048)
  survey?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://lms.acme.example/certificates/data-101' })
  @IsOptional()
  @IsString()
  @Matches(/^(https?:\/\/[^\s]+)?$/i, { message: 'certificate must be an absolute http or https URL' })
  @MaxLength(2048)
  certificate?: string | null;
}

