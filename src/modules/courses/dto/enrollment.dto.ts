import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CsvEncodingDto, ImportRowErrorDto, PreviewRowDto } from '../../../infrastructure/csv/csv-import.dto';
import { ErrorDetailDto } from '../../../common/openapi/error-envelope.dto';
import { IMPORT_COLUMNS, type ImportColumnName } from '../enrollment-import-row';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { EnrollmentStatus } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import type { EnrollmentView } from '../enrollments.repository';
import { IsOffsetDateTime } from './field-validators';

export class CreateEnrollmentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of learnerId, externalId or email' })
  @IsOptional()
  @IsUUID()
  learnerId?: string;

  @ApiPropertyOptional({ example: 'E-10442', description: "The HR system's id of the learner" })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'externalId must not be blank' })
  @MaxLength(200)
  externalId?: string;

  @ApiPropertyOptional({ example: 'camille.martin@example.com' })
  @IsOptional()
  @IsString()
  @Matches(/\S@\S/, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ enum: EnrollmentStatus, example: EnrollmentStatus.Enrolled, default: EnrollmentStatus.Enrolled })
  @IsOptional()
  @IsEnum(EnrollmentStatus)
  status?: EnrollmentStatus;

  @ApiPropertyOptional({ example: '2026-02-10T14:03:00+01:00', description: 'When it happened (ISO 8601 with offset); defaults to now' })
  @IsOptional()
  @IsOffsetDateTime()
  occurredAt?: string;
}

export class UpdateEnrollmentDto {
  @ApiProperty({ enum: EnrollmentStatus, example: EnrollmentStatus.Started })
  @IsEnum(EnrollmentStatus)
  status: EnrollmentStatus;

  @ApiPropertyOptional({ example: '2026-03-02T09:12:00+01:00', description: 'When it happened (ISO 8601 with offset); defaults to now' })
  @IsOptional()
  @IsOffsetDateTime()
  occurredAt?: string;
}

export class ListEnrollmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: EnrollmentStatus,
    isArray: true,
    example: [EnrollmentStatus.Enrolled, EnrollmentStatus.Started],
    description: 'One status, a comma-separated list, or the parameter repeated',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value))
  @IsEnum(EnrollmentStatus, { each: true })
  status?: EnrollmentStatus[];
}

export class LearnerSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'E-10442' })
  externalId: string;

  @ApiProperty({ example: 'camille.martin@example.com' })
  email: string;

  @ApiProperty({ example: 'Camille', nullable: true, type: String })
  firstName: string | null;

  @ApiProperty({ example: 'Martin', nullable: true, type: String })
  lastName: string | null;
}

export class EnrollmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ format: 'uuid' })
  learnerId: string;

  @ApiProperty({ type: LearnerSummaryDto })
  learner: LearnerSummaryDto;

  @ApiProperty({ enum: EnrollmentStatus, example: EnrollmentStatus.Enrolled })
  status: EnrollmentStatus;

  @ApiProperty({ example: 'api', enum: ['api', 'csv', 'lms', 'xapi'], description: 'Where the last change came from' })
  source: string;

  @ApiProperty({ nullable: true, type: Date })
  invitedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  enrolledAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  startedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  completedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  droppedAt: Date | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from({ enrollment: e, learner }: EnrollmentView): EnrollmentDto {
    return {
      id: e.id,
      sessionId: e.sessionId,
      courseId: e.courseId,
      learnerId: e.learnerId,
      learner,
      status: e.status,
      source: e.source,
      invitedAt: e.invitedAt,
      enrolledAt: e.enrolledAt,
      startedAt: e.startedAt,
      completedAt: e.completedAt,
      droppedAt: e.droppedAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  }
}

/** What `POST /v1/sessions/:id/enrollments` did, so a client can say it: new, moved, or already so. */
export enum EnrollmentOutcome {
  Created = 'created',
  Changed = 'changed',
  Unchanged = 'unchanged',
}

export class EnrollmentResultDto extends EnrollmentDto {
  @ApiProperty({
    enum: EnrollmentOutcome,
    example: EnrollmentOutcome.Unchanged,
    description: 'created (201): a new enrolment; changed (200): an existing one moved from previousStatus; unchanged (200): it already had this status, nothing was written',
  })
  outcome: EnrollmentOutcome;

  @ApiProperty({ enum: EnrollmentStatus, nullable: true, example: EnrollmentStatus.Enrolled, description: 'The status before this request; null when the enrolment is new' })
  previousStatus: EnrollmentStatus | null;

  static fromResult(result: { enrollment: EnrollmentView; created: boolean; changed: boolean; previousStatus: EnrollmentStatus | null }): EnrollmentResultDto {
    const outcome = result.created ? EnrollmentOutcome.Created : result.changed ? EnrollmentOutcome.Changed : EnrollmentOutcome.Unchanged;
    return { ...EnrollmentDto.from(result.enrollment), outcome, previousStatus: result.previousStatus };
  }
}

export class EnrollmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [EnrollmentDto] })
  items: EnrollmentDto[];
}

export class EnrollmentImportResultDto {
  @ApiProperty({ example: 120, description: 'Rows that created an enrolment' })
  created: number;

  @ApiProperty({ example: 14, description: 'Rows that changed the status of an enrolment' })
  updated: number;

  @ApiProperty({ example: 3, description: 'Rows whose status the enrolment already had' })
  unchanged: number;

  @ApiProperty({ example: 2 })
  failed: number;

  @ApiProperty({ type: [ImportRowErrorDto], description: 'The first 1000 row errors, by row' })
  errors: ImportRowErrorDto[];

  @ApiProperty({ type: CsvEncodingDto })
  encoding: CsvEncodingDto;
}

export class EnrollmentPreviewColumnDto {
  @ApiProperty({ example: 0, description: 'Position in the header, from 0' })
  index: number;

  @ApiProperty({ example: 'Email', description: 'The header as written' })
  header: string;

  @ApiProperty({ enum: IMPORT_COLUMNS, nullable: true, example: 'email', description: 'The column of the import it is read as' })
  field: ImportColumnName | null;

  @ApiProperty({
    enum: ['unknown', 'no_header', 'ambiguous'],
    nullable: true,
    example: null,
    description: 'Why it is not read: no column of the import has this name, it has no header, or an earlier column has the same name',
  })
  ignored: 'unknown' | 'no_header' | 'ambiguous' | null;
}

export class EnrollmentImportPreviewDto {
  @ApiProperty({ type: CsvEncodingDto })
  encoding: CsvEncodingDto;

  @ApiProperty({ example: ';', description: 'The separator detected: `,`, `;` or a tab' })
  delimiter: string;

  @ApiProperty({ type: [EnrollmentPreviewColumnDto] })
  columns: EnrollmentPreviewColumnDto[];

  @ApiProperty({ type: [ErrorDetailDto], description: 'Required columns the header lacks: the import would refuse the file' })
  missing: ErrorDetailDto[];

  @ApiProperty({ type: [ErrorDetailDto], description: 'Always empty: a column named twice is read once, from its first place' })
  ambiguous: ErrorDetailDto[];

  @ApiProperty({ type: [PreviewRowDto], description: 'The first rows (at most 5), as read' })
  rows: PreviewRowDto[];
}
