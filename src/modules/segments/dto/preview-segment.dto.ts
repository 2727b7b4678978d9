import { ApiProperty, PickType } from '@nestjs/swagger';
import { CreateSegmentDto } from './create-segment.dto';
import { SegmentLearnerDto } from './segment-learner.dto';

/** A rule to count, as a segment would hold it. */
export class PreviewSegmentDto extends PickType(CreateSegmentDto, ['rule'] as const) {}

export class SegmentPreviewDto {
  @ApiProperty({ example: 1284, description: 'Learners of the workspace the rule selects now' })
  count: number;

  @ApiProperty({ type: [SegmentLearnerDto], description: 'Up to 10 of them, newest first' })
  sample: SegmentLearnerDto[];

  @ApiProperty({ enum: ['opens_aggregate'], isArray: true, example: [], description: '`opens_aggregate`: the workspace keeps opens in aggregate only (no open is recorded per learner any more), so the rule’s `engagement.opened` conditions only sees opens recorded before the switch and opens proven by a click' })
  caveats: 'opens_aggregate'[];
}
