import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CampaignStatus, StepChannel, StepPhase } from '../../../common/enums';
import { CalendarEntryStatus, COLLISION_SAMPLE, DEFAULT_COLLISION_THRESHOLD, MAX_CALENDAR_DAYS } from '../calendar-rules';
import { BlackoutDateDto } from './blackout-date.dto';

export class CalendarQueryDto {
  // Checked by the service (both required, real dates, in order, span): its problems name the field.
  @ApiProperty({ example: '2026-12-01', format: 'date', description: 'First day, in the workspace\'s zone' })
  @Allow()
  from?: string;

  @ApiProperty({ example: '2026-12-31', format: 'date', description: `Last day, included; at most ${MAX_CALENDAR_DAYS} days after from` })
  @Allow()
  to?: string;

  @ApiPropertyOptional({
    example: DEFAULT_COLLISION_THRESHOLD,
    minimum: 1,
    maximum: 20,
    default: DEFAULT_COLLISION_THRESHOLD,
    description: 'A collision is a day on which a learner would get more than this many messages, all campaigns together',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  threshold?: number;
}

export class CalendarCampaignDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Cybersecurity — March cohort' }) name: string;
  @ApiProperty({ enum: CampaignStatus, enumName: 'CampaignStatus' }) status: CampaignStatus;
  @ApiProperty({ example: 3, minimum: 0, maximum: 9, description: 'A stable colour index (from the id): the same campaign always gets the same colour' })
  colour: number;
}

export class CalendarEntryDto {
  @ApiProperty({ example: '2026-12-08', format: 'date', description: 'The day, in the workspace\'s zone' }) date: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ format: 'uuid' }) stepId: string;
  @ApiProperty({ example: 'Invitation' }) stepName: string;
  @ApiProperty({ enum: StepPhase, enumName: 'StepPhase' }) phase: StepPhase;
  @ApiProperty({ enum: StepChannel, enumName: 'StepChannel' }) channel: StepChannel;
  @ApiProperty({ example: false, description: 'A service message (practical information, a change notice…): it goes out on blackout days' }) service: boolean;
  @ApiProperty({
    enum: CalendarEntryStatus,
    enumName: 'CalendarEntryStatus',
    description: '`unplanned`: its deliveries are not written yet (about a day and a half ahead): the expected day, volume unknown',
  })
  status: CalendarEntryStatus;
  @ApiProperty({ example: 120, nullable: true, type: Number, description: 'Deliveries pending, queued or sending that day; null when unplanned' })
  planned: number | null;
  @ApiProperty({ example: 0, description: 'Deliveries sent that day' }) sent: number;
  @ApiProperty({ example: 120, nullable: true, type: Number, description: 'planned + sent: learners (or channels, for posts) reached that day' })
  volume: number | null;
}

export class CollisionLearnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Camille', nullable: true, type: String }) firstName: string | null;
  @ApiProperty({ example: 'Martin', nullable: true, type: String }) lastName: string | null;
}

export class CollisionStepDto {
  @ApiProperty({ format: 'uuid' }) stepId: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ example: 42, description: 'Colliding learners this step reaches that day' }) learners: number;
}

export class CollisionDto {
  @ApiProperty({ example: '2026-12-08', format: 'date' }) date: string;
  @ApiProperty({ example: 42, description: 'Learners who would get more than the threshold that day' }) learners: number;
  @ApiProperty({ example: 3, description: 'The most messages one of them would get that day' }) maxMessages: number;
  @ApiProperty({ type: [CollisionLearnerDto], description: `Up to ${COLLISION_SAMPLE} of them` }) sample: CollisionLearnerDto[];
  @ApiProperty({ type: [CollisionStepDto] }) steps: CollisionStepDto[];
}

export class CalendarDto {
  @ApiProperty({ example: '2026-12-01', format: 'date' }) from: string;
  @ApiProperty({ example: '2026-12-31', format: 'date' }) to: string;
  @ApiProperty({ example: 'Europe/Paris', description: 'Days are the workspace\'s' }) timeZone: string;
  @ApiProperty({ example: 1 }) threshold: number;
  @ApiProperty({ description: 'When the volumes and collisions were computed (recomputed in the background after 30 seconds); steps not planned yet and blackouts are current' })
  computedAt: Date;
  @ApiProperty({ type: [CalendarCampaignDto], description: 'Campaigns with something on these days; drafts are left out (nothing of theirs is scheduled)' })
  campaigns: CalendarCampaignDto[];
  @ApiProperty({ type: [CalendarEntryDto], description: 'One per step and day, by day then campaign' }) entries: CalendarEntryDto[];
  @ApiProperty({ type: [CollisionDto] }) collisions: CollisionDto[];
  @ApiProperty({ type: [BlackoutDateDto], description: 'Blackouts overlapping the range' }) blackouts: BlackoutDateDto[];
}
