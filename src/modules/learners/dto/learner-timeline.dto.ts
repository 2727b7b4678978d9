import { ApiProperty } from '@nestjs/swagger';
import { HistorySource } from '../../../common/history/learner-history';
import { PageMetaDto } from '../../../common/pagination/cursor';

export class TimelineRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Leadership 101 — launch', description: 'Its name or title; null once it was deleted', nullable: true, type: String })
  name: string | null;
}

export class TimelineSessionDto extends TimelineRefDto {
  @ApiProperty({ nullable: true, type: Date })
  startsAt: Date | null;
}

/** One thing in a learner's history: an enrolment, a delivery made to them, or an event. */
export class TimelineEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The id of the enrolment, delivery or event' })
  id: string;

  @ApiProperty({ enum: HistorySource, example: HistorySource.Delivery })
  type: HistorySource;

  @ApiProperty({
    example: 'sent',
    description:
      'enrolment: its status (invited, enrolled, started, completed, dropped); delivery: its status (pending, queued, sending, sent, failed, skipped); ' +
      'event: its kind (opened, clicked, unsubscribed, resubscribed, bounced, enrolled, started, completed, dropped)',
  })
  kind: string;

  @ApiProperty({ description: 'When it happened: an enrolment’s creation, a delivery’s sending (else its scheduled time), an event’s occurrence' })
  at: Date;

  @ApiProperty({ type: TimelineRefDto, nullable: true })
  campaign: TimelineRefDto | null;

  @ApiProperty({ type: TimelineRefDto, nullable: true })
  step: TimelineRefDto | null;

  @ApiProperty({ example: 'email', nullable: true, type: String })
  channel: string | null;

  @ApiProperty({ example: 'unsubscribed', nullable: true, type: String, description: 'Why a delivery was skipped, or what made it fail' })
  reason: string | null;

  @ApiProperty({ type: TimelineRefDto, nullable: true })
  course: TimelineRefDto | null;

  @ApiProperty({ type: TimelineSessionDto, nullable: true })
  session: TimelineSessionDto | null;

  @ApiProperty({ example: false, description: 'An open or click by a mail privacy proxy or link scanner, not the learner' })
  machine: boolean;
}

export class LearnerTimelinePageDto extends PageMetaDto {
  @ApiProperty({ type: [TimelineEntryDto], description: 'Newest first' })
  items: TimelineEntryDto[];
}
