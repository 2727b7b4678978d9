import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import type { AttributeValue } from '../learner-input';

/**
 * A learner as sent to `POST /v1/learners`. Types are checked here; formats (email, IANA zone,
 * BCP 47 locale, country, date, flat attributes) by `normaliseLearnerInput`, shared with the CSV import.
 */
export class CreateLearnerDto {
  @ApiProperty({ example: 'E-10042', description: "The HR system's id, unique per workspace: the key of the upsert" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId: string;

  @ApiProperty({ example: 'jeanne.dupont@acme.fr', description: 'Trimmed and lower-cased; unique per workspace' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: 'Jeanne', nullable: true, type: String })
  @IsOptional()
  @IsString()
  firstName?: string | null;

  @ApiPropertyOptional({ example: 'Dupont', nullable: true, type: String })
  @IsOptional()
  @IsString()
  lastName?: string | null;

  @ApiPropertyOptional({ example: 'fr-FR', description: "BCP 47 tag, canonicalised (fr-fr → fr-FR); the workspace's default locale when absent" })
  @IsOptional()
  @IsString()
  locale?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: "IANA time zone PostgreSQL knows (any case; stored canonically); the workspace's time zone when absent" })
  @IsOptional()
  @IsString()
  timeZone?: string;

  @ApiPropertyOptional({ example: 'Sales', nullable: true, type: String })
  @IsOptional()
  @IsString()
  department?: string | null;

  @ApiPropertyOptional({ example: 'Account manager', nullable: true, type: String })
  @IsOptional()
  @IsString()
  jobTitle?: string | null;

  @ApiPropertyOptional({ example: 'Lyon', nullable: true, type: String })
  @IsOptional()
  @IsString()
  site?: string | null;

  @ApiPropertyOptional({ example: 'FR', nullable: true, type: String, description: 'ISO 3166-1 alpha-2, upper-cased' })
  @IsOptional()
  @IsString()
  country?: string | null;

  @ApiPropertyOptional({ example: 'E-10001', nullable: true, type: String, description: "The manager's external id" })
  @IsOptional()
  @IsString()
  managerExternalId?: string | null;

  @ApiPropertyOptional({ example: '2021-03-15', nullable: true, type: String, format: 'date' })
  @IsOptional()
  @IsString()
  hireDate?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    example: { cost_center: 'CC-210', grade: 'B2', remote: true },
    description: 'Flat object of string, number, boolean or null values (keys: letters, digits, "_" or "-"); replaces the stored attributes',
  })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, AttributeValue>;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A persona of the same workspace' })
  @IsOptional()
  @IsString()
  personaId?: string | null;

  @ApiPropertyOptional({ example: '@jdupont', nullable: true, type: String, description: 'Handle on the internal social network' })
  @IsOptional()
  @IsString()
  networkHandle?: string | null;

  @ApiPropertyOptional({ example: true, description: 'May receive email; true when absent on creation' })
  @IsOptional()
  @IsBoolean()
  consentEmail?: boolean;

  @ApiPropertyOptional({ example: true, description: 'May be mentioned or messaged on the internal network; true when absent on creation' })
  @IsOptional()
  @IsBoolean()
  consentNetwork?: boolean;
}
