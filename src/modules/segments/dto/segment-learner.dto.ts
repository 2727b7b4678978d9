import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../common/pagination/cursor';
import type { SegmentLearnerRow } from '../segments.repository';

/** A learner as a segment lists it. */
export class SegmentLearnerDto {
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

  @ApiProperty({ example: 'Sales', nullable: true, type: String })
  department: string | null;

  @ApiProperty({ example: 'Lyon', nullable: true, type: String })
  site: string | null;

  @ApiProperty({ example: 'FR', nullable: true, type: String })
  country: string | null;

  static from(row: SegmentLearnerRow): SegmentLearnerDto {
    const { id, externalId, email, firstName, lastName, department, site, country } = row;
    return { id, externalId, email, firstName, lastName, department, site, country };
  }
}

export class SegmentLearnerPageDto extends PageMetaDto {
  @ApiProperty({ type: [SegmentLearnerDto] })
  items: SegmentLearnerDto[];
}
