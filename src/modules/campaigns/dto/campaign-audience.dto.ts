import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { AudienceMember } from '../campaign-audience.service';

export class CampaignAudienceQueryDto {
  @ApiPropertyOptional({ example: 'camille', description: 'Part of a first or last name, an email or an employee id' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['audience', 'ambassadors'], default: 'audience', description: 'The learners the campaign reaches, or its ambassadors (who receive talking points)' })
  @IsOptional()
  @IsIn(['audience', 'ambassadors'])
  who?: 'audience' | 'ambassadors';

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class AudienceMemberDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ nullable: true, type: String })
  firstName: string | null;

  @ApiProperty({ nullable: true, type: String })
  lastName: string | null;

  @ApiProperty()
  email: string;

  static from(member: AudienceMember): AudienceMemberDto {
    return Object.assign(new AudienceMemberDto(), member);
  }
}

export class CampaignAudienceDto {
  @ApiProperty({ type: [AudienceMemberDto] })
  items: AudienceMemberDto[];
}
