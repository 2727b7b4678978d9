import { ApiProperty } from '@nestjs/swagger';
import { SegmentKind } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import type { Segment } from '../segment.entity';
import { SEGMENT_RULE_EXAMPLE } from './segment-rule.example';

export class SegmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sales, senior, not yet trained' })
  name: string;

  @ApiProperty({ example: 'Senior sales people who have not enrolled yet', nullable: true, type: String })
  description: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: SEGMENT_RULE_EXAMPLE })
  rule: unknown;

  @ApiProperty({ enum: SegmentKind, example: SegmentKind.Dynamic })
  kind: SegmentKind;

  @ApiProperty({ nullable: true, type: Date, description: 'When the members of a static segment were frozen' })
  frozenAt: Date | null;

  @ApiProperty({ nullable: true, type: Number, example: 312, description: 'Frozen members of a static segment; null for a dynamic one' })
  memberCount: number | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(s: Segment, memberCount: number | null): SegmentDto {
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      rule: s.rule,
      kind: s.kind,
      frozenAt: s.frozenAt,
      memberCount: s.kind === SegmentKind.Static ? (memberCount ?? 0) : null,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }
}

export class SegmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [SegmentDto] })
  items: SegmentDto[];
}
