import { ApiProperty } from '@nestjs/swagger';

export class TimeZonesDto {
  @ApiProperty({ type: [String], description: 'IANA names, aliases included, sorted', example: ['America/Montreal', 'America/Toronto', 'Europe/Paris'] })
  zones!: string[];
}
