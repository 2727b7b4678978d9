import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { SegmentKind } from '../../../common/enums';
import { SEGMENT_RULE_DESCRIPTION, SEGMENT_RULE_EXAMPLE } from './segment-rule.example';

/** Absent fields stay as they are; a null description clears it. */
export class UpdateSegmentDto {
  @ApiPropertyOptional({ example: 'Sales, senior, not yet trained' })
  @ValidateIf((o: UpdateSegmentDto) => o.name !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Senior sales people who have not enrolled yet', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: SEGMENT_RULE_EXAMPLE,
    description: `${SEGMENT_RULE_DESCRIPTION} On a static segment the members stay as frozen until the next freeze.`,
  })
  @ValidateIf((o: UpdateSegmentDto) => o.rule !== undefined)
  @IsObject()
  rule?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: SegmentKind, example: SegmentKind.Static, description: 'static freezes the current members; dynamic drops the frozen list' })
  @ValidateIf((o: UpdateSegmentDto) => o.kind !== undefined)
  @IsEnum(SegmentKind)
  kind?: SegmentKind;
}
