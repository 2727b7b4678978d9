import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DateTime } from 'luxon';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { SessionStatus } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import type { CourseSession } from '../course-session.entity';
import { IsHttpUrl, IsOffsetDateTime } from './field-validators';

const NOT_BLANK = /\S/;

export class CreateSessionDto {
  @ApiPropertyOptional({ example: 'Paris — March cohort', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(300)
  title?: string | null;

  @ApiProperty({ example: '2026-03-02T09:00:00+01:00', description: 'ISO 8601 with an offset; a local time without offset is refused' })
  @IsOffsetDateTime()
  startsAt: string;

  @ApiProperty({ example: '2026-03-02T17:30:00+01:00' })
  @IsOffsetDateTime()
  endsAt: string;

  @ApiPropertyOptional({ example: '2026-02-25T23:59:00+01:00', nullable: true, type: String, description: 'Enrolment deadline; not after startsAt' })
  @IsOptional()
  @IsOffsetDateTime()
  enrolBy?: string | null;

  @ApiPropertyOptional({ example: 14, nullable: true, type: Number, description: 'Seats; null means unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  capacity?: number | null;

  @ApiPropertyOptional({ example: 'Campus La Défense, room 4.12', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @ApiPropertyOptional({ example: 'https://teams.microsoft.com/l/meetup-join/abc', nullable: true, type: String })
  @IsOptional()
  @IsHttpUrl()
  meetingUrl?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: "IANA zone (one PostgreSQL knows) where the session takes place; defaults to the workspace's" })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

/** Reschedule (any of the schedule fields) or cancel (`status: "cancelled"`), not both at once. Null clears the optional fields. */
export class UpdateSessionDto extends PartialType(CreateSessionDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: [SessionStatus.Cancelled], example: SessionStatus.Cancelled, description: 'Only cancelling is possible; a cancelled session stays cancelled' })
  @IsOptionalNotNull()
  @IsIn([SessionStatus.Cancelled], { message: 'status can only be set to "cancelled"' })
  status?: SessionStatus.Cancelled;

  @ApiPropertyOptional({ example: 'Trainer unavailable; a new date will follow', type: String })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(1000)
  cancellationReason?: string;
}

export class CancelSessionDto {
  @ApiPropertyOptional({ example: 'Trainer unavailable; a new date will follow', type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cancellationReason?: string;
}

export class ListSessionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SessionStatus, example: SessionStatus.Scheduled })
  @IsOptional()
  @IsEnum(SessionStatus)
  status?: SessionStatus;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ example: 'Paris — March cohort', nullable: true, type: String })
  title: string | null;

  @ApiProperty({ example: '2026-03-02T09:00:00.000+01:00', description: "In the session's time zone" })
  startsAt: string;

  @ApiProperty({ example: '2026-03-02T17:30:00.000+01:00' })
  endsAt: string;

  @ApiProperty({ example: '2026-02-25T23:59:00.000+01:00', nullable: true, type: String })
  enrolBy: string | null;

  @ApiProperty({ example: 14, nullable: true, type: Number })
  capacity: number | null;

  @ApiProperty({ example: 9, description: 'Enrolled, started and completed learners' })
  seatsTaken: number;

  @ApiProperty({ example: 3, description: 'Learners invited and not yet enrolled (they hold no seat)' })
  invited: number;

  @ApiProperty({ example: 5, nullable: true, type: Number, description: 'null when capacity is unlimited' })
  seatsLeft: number | null;

  @ApiProperty({ example: 'Campus La Défense, room 4.12', nullable: true, type: String })
  location: string | null;

  @ApiProperty({ example: 'https://teams.microsoft.com/l/meetup-join/abc', nullable: true, type: String })
  meetingUrl: string | null;

  @ApiProperty({ example: 'Europe/Paris' })
  timeZone: string;

  @ApiProperty({ enum: SessionStatus, example: SessionStatus.Scheduled })
  status: SessionStatus;

  @ApiProperty({ nullable: true, type: Date })
  cancelledAt: Date | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  cancellationReason: string | null;

  @ApiProperty({ example: 0, description: 'SEQUENCE of the calendar invites: raised by each change of dates, place, link or zone, and by the cancellation' })
  inviteSequence: number;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from({ session: s, seatsTaken, invited }: { session: CourseSession; seatsTaken: number; invited: number }): SessionDto {
    const local = (d: Date) => DateTime.fromJSDate(d).setZone(s.timeZone).toISO() as string;
    return {
      id: s.id,
      courseId: s.courseId,
      title: s.title,
      startsAt: local(s.startsAt),
      endsAt: local(s.endsAt),
      enrolBy: s.enrolBy ? local(s.enrolBy) : null,
      capacity: s.capacity,
      seatsTaken,
      invited,
      seatsLeft: s.capacity === null ? null : Math.max(0, s.capacity - seatsTaken),
      location: s.location,
      meetingUrl: s.meetingUrl,
      timeZone: s.timeZone,
      status: s.status,
      cancelledAt: s.cancelledAt,
      cancellationReason: s.cancellationReason,
      inviteSequence: s.inviteSequence,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }
}

export class SessionPageDto extends PageMetaDto {
  @ApiProperty({ type: [SessionDto] })
  items: SessionDto[];
}
