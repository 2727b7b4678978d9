import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { OpenTracking, Weekday } from '../../../common/enums';
import type { Workspace } from '../workspace.entity';

const ISO_WEEKDAYS = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday, Weekday.Saturday, Weekday.Sunday];

export class QuietHoursDto {
  @ApiProperty({ example: '20:00', description: 'Local time (HH:MM) in each learner\'s zone' })
  @IsString()
  @Matches(/^\d{2}:\d{2}$/, { message: 'start must be HH:MM' })
  start: string;

  @ApiProperty({ example: '08:00', description: 'May be earlier than start: quiet hours then wrap midnight' })
  @IsString()
  @Matches(/^\d{2}:\d{2}$/, { message: 'end must be HH:MM' })
  end: string;
}

export class WorkspaceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Acme Learning' })
  name: string;

  @ApiProperty({ example: 'acme-learning' })
  slug: string;

  @ApiProperty({ example: 'fr' })
  defaultLocale: string;

  @ApiProperty({ example: 'Europe/Paris' })
  timeZone: string;

  @ApiProperty({ type: QuietHoursDto, nullable: true })
  quietHours: QuietHoursDto | null;

  @ApiProperty({ enum: Weekday, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri'] })
  allowedWeekdays: Weekday[];

  @ApiProperty({ example: 5 })
  frequencyCap: number;

  @ApiProperty({ example: 50 })
  emailRatePerSecond: number;

  @ApiProperty({ example: 0.2 })
  failurePauseThreshold: number;

  @ApiProperty({ example: 14 })
  attributionWindowDays: number;

  @ApiProperty({ example: true, description: 'Template versions need a planner’s or an admin’s approval before a step uses them' })
  templateApproval: boolean;

  @ApiProperty({
    enum: OpenTracking,
    example: OpenTracking.PerLearner,
    description:
      'How email opens are kept. `per_learner`: who opened which message (the report, the segments’ `engagement.opened` and the learner timeline use it). ' +
      '`aggregate`: the open pixel only counts opens per step, variant and day, storing nothing that names the learner or the delivery — as the CNIL’s 2025 draft ' +
      'recommendation on tracking pixels expects when learners have not consented to per-person open tracking. Opens recorded before a switch stay as they were.',
  })
  openTracking: OpenTracking;

  @ApiProperty()
  createdAt: Date;

  static from(w: Workspace): WorkspaceDto {
    return {
      id: w.id,
      name: w.name,
      slug: w.slug,
      defaultLocale: w.defaultLocale,
      timeZone: w.timeZone,
      quietHours: w.quietHoursStart && w.quietHoursEnd ? { start: w.quietHoursStart.slice(0, 5), end: w.quietHoursEnd.slice(0, 5) } : null,
      allowedWeekdays: w.allowedWeekdays.map((d) => ISO_WEEKDAYS[d - 1]),
      frequencyCap: w.frequencyCap,
      emailRatePerSecond: w.emailRatePerSecond,
      failurePauseThreshold: w.failurePauseThreshold,
      attributionWindowDays: w.attributionWindowDays,
      templateApproval: w.templateApproval,
      openTracking: w.openTracking,
      createdAt: w.createdAt,
    };
  }
}

/** The rules every campaign of the workspace follows. */
export class UpdateWorkspaceDto {
  @ApiPropertyOptional({ example: 'Acme Learning' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'fr-FR', description: 'Locale used when a learner\'s own is not available' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'defaultLocale must be a BCP 47 tag such as fr or fr-FR' })
  defaultLocale?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: 'An IANA zone PostgreSQL knows (any case; stored canonically)' })
  @IsOptional()
  @IsString()
  timeZone?: string;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'null: no quiet hours' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiPropertyOptional({ enum: Weekday, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri'] })
  @IsOptional()
  @IsArray()
  @IsIn(ISO_WEEKDAYS, { each: true })
  allowedWeekdays?: Weekday[];

  @ApiPropertyOptional({ example: 5, description: 'Promotional messages per learner per rolling 7 days; 0 = no cap' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  frequencyCap?: number;

  @ApiPropertyOptional({ example: 50, description: 'Emails per second for this workspace, across all workers' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  emailRatePerSecond?: number;

  @ApiPropertyOptional({ example: 0.2, description: 'A campaign pauses itself when more than this share of its deliveries fail' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1)
  failurePauseThreshold?: number;

  @ApiPropertyOptional({ example: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  attributionWindowDays?: number;

  @ApiPropertyOptional({
    example: true,
    description: 'Whether template versions need a planner’s or an admin’s approval before a step uses them (on for new workspaces). While it is off, steps may pin any version, and versions saved are recorded as approved.',
  })
  @IsOptional()
  @IsBoolean()
  templateApproval?: boolean;

  @ApiPropertyOptional({
    enum: OpenTracking,
    example: OpenTracking.Aggregate,
    description:
      'How email opens are kept. `per_learner`: who opened which message (the report, the segments’ `engagement.opened` and the learner timeline use it). ' +
      '`aggregate`: the open pixel only counts opens per step, variant and day, storing nothing that names the learner or the delivery — as the CNIL’s 2025 draft ' +
      'recommendation on tracking pixels expects when learners have not consented to per-person open tracking. Opens recorded before a switch stay as they were.',
  })
  @IsOptional()
  @IsIn(Object.values(OpenTracking))
  openTracking?: OpenTracking;
}
