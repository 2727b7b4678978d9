import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { SegmentLearnerDto } from './segment-learner.dto';
import { SEGMENT_RULE_DESCRIPTION, SEGMENT_RULE_EXAMPLE } from './segment-rule.example';

export class PreviewSegmentDto {
  @ApiProperty({ type: 'object', additionalProperties: true, example: SEGMENT_RULE_EXAMPLE, description: SEGMENT_RULE_DESCRIPTION })
  @IsObject()
  rule: Record<string, unknown>;
}

export class SegmentPreviewDto {
  @ApiProperty({ example: 1284, description: 'Learners of the workspace the rule selects now' })
  count: number;

  @ApiProperty({ type: [SegmentLearnerDto], description: 'Up to 10 of them, newest first' })
  sample: SegmentLearnerDto[];
}
