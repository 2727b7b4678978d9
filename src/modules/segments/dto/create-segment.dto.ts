import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { SegmentKind } from '../../../common/enums';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import { SEGMENT_RULE_DESCRIPTION, SEGMENT_RULE_EXAMPLE } from './segment-rule.example';

export class CreateSegmentDto {
  @ApiProperty({ example: 'Sales, senior, not yet trained', description: 'Unique in the workspace' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Senior sales people who have not enrolled in Negotiation yet', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: SEGMENT_RULE_EXAMPLE, description: SEGMENT_RULE_DESCRIPTION })
  @IsObject()
  rule: Record<string, unknown>;

  @ApiPropertyOptional({
    enum: SegmentKind,
    default: SegmentKind.Dynamic,
    example: SegmentKind.Dynamic,
    description:
      'dynamic: evaluated each time it is used; static: the learners matching now are frozen as its members. ' +
      'On update, static freezes the current members and dynamic drops the frozen list; a new rule leaves the frozen members until the next freeze.',
  })
  @IsOptionalNotNull()
  @IsEnum(SegmentKind)
  kind?: SegmentKind;
}
