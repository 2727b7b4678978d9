import { ApiProperty } from '@nestjs/swagger';
import type { Learner } from '../learner.entity';
import type { AttributeValue } from '../learner-input';

export class LearnerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'E-10042' })
  externalId: string;

  @ApiProperty({ example: 'jeanne.dupont@acme.fr' })
  email: string;

  @ApiProperty({ example: 'Jeanne', nullable: true, type: String })
  firstName: string | null;

  @ApiProperty({ example: 'Dupont', nullable: true, type: String })
  lastName: string | null;

  @ApiProperty({ example: 'fr-FR' })
  locale: string;

  @ApiProperty({ example: 'Europe/Paris' })
  timeZone: string;

  @ApiProperty({ example: 'Sales', nullable: true, type: String })
  department: string | null;

  @ApiProperty({ example: 'Account manager', nullable: true, type: String })
  jobTitle: string | null;

  @ApiProperty({ example: 'Lyon', nullable: true, type: String })
  site: string | null;

  @ApiProperty({ example: 'FR', nullable: true, type: String })
  country: string | null;

  @ApiProperty({ example: 'E-10001', nullable: true, type: String })
  managerExternalId: string | null;

  @ApiProperty({ example: '2021-03-15', nullable: true, type: String, format: 'date' })
  hireDate: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    example: { cost_center: 'CC-210', grade: 'B2' },
  })
  attributes: Record<string, AttributeValue>;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  personaId: string | null;

  @ApiProperty({ example: '@jdupont', nullable: true, type: String })
  networkHandle: string | null;

  @ApiProperty({ example: true })
  consentEmail: boolean;

  @ApiProperty({ example: true })
  consentNetwork: boolean;

  @ApiProperty({ nullable: true, type: Date, description: 'When the learner unsubscribed from promotional email' })
  unsubscribedAt: Date | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(l: Learner): LearnerDto {
    return {
      id: l.id,
      externalId: l.externalId,
      email: l.email,
      firstName: l.firstName,
      lastName: l.lastName,
      locale: l.locale,
      timeZone: l.timeZone,
      department: l.department,
      jobTitle: l.jobTitle,
      site: l.site,
      country: l.country,
      managerExternalId: l.managerExternalId,
      hireDate: l.hireDate,
      attributes: l.attributes as Record<string, AttributeValue>,
      personaId: l.personaId,
      networkHandle: l.networkHandle,
      consentEmail: l.consentEmail,
      consentNetwork: l.consentNetwork,
      unsubscribedAt: l.unsubscribedAt,
      createdAt: l.createdAt,
      updatedAt: l.updatedAt,
    };
  }
}
