import { ApiProperty } from '@nestjs/swagger';

export class SessionChangePreviewDto {
  @ApiProperty({
    enum: ['reschedule', 'cancel', 'none'],
    example: 'reschedule',
    description: 'What the change is to campaigns: a reschedule their learners hear about (dates, place, link, zone), a cancellation, or neither (title, capacity, enrol-by date)',
  })
  change: 'reschedule' | 'cancel' | 'none';

  @ApiProperty({ example: 2, description: 'Launched campaigns on the session (scheduled, running or paused): those that react' })
  campaigns: number;

  @ApiProperty({ example: 37, description: 'People who will be told by email (a change notice with the updated invite): those who received an invitation, and those enrolled' })
  toldByEmail: number;

  @ApiProperty({ example: 1, description: 'Network posts that announced the session and will be corrected (one per campaign and channel)' })
  postsToCorrect: number;

  @ApiProperty({ example: 4, description: 'Steps planned around the session’s dates that move with them' })
  stepsMoved: number;

  @ApiProperty({ example: 0, description: 'Steps with something left to send that a cancellation skips' })
  stepsSkipped: number;

  @ApiProperty({
    type: [String],
    enum: ['email', 'post'],
    example: [],
    description: 'Channels with people or posts to tell but no approved template of purpose session_changed / session_cancelled in the workspace (install the starters): nobody is told there',
  })
  missingNoticeTemplates: Array<'email' | 'post'>;
}
