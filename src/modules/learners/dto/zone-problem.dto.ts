import { ApiProperty } from '@nestjs/swagger';

/** A zone some learners hold that the database does not know. */
export class ZoneProblemDto {
  @ApiProperty({ example: 'US/Pacific-New', description: 'The zone as stored' })
  zone: string;

  @ApiProperty({ example: 12, description: 'How many learners of the workspace hold it' })
  count: number;
}
