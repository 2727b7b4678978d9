import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnrollmentStatus, OpenTracking } from '../../../common/enums';
import { SEGMENT_LIMITS, SEGMENT_OPERATORS, type SegmentFieldType, type SegmentOperator } from '../segment-rule.types';

const FIELD_TYPES: SegmentFieldType[] = ['text', 'date', 'timestamp', 'boolean', 'attribute', 'persona', 'enrollment', 'engagement'];

/** A field a rule may name, with the operators it takes. */
export class SegmentFieldDto {
  @ApiProperty({ example: 'department', description: '`attributes.<key>` stands for any attribute key matching keyPattern' })
  field: string;

  @ApiProperty({
    enum: FIELD_TYPES,
    example: 'text',
    description:
      'text, date (YYYY-MM-DD), timestamp (ISO 8601), boolean, attribute (string, number, boolean or date), persona (id or name), ' +
      'enrollment (a status, in the course or session named by courseId or sessionId, else in any of them), engagement (exists, or within_last_days)',
  })
  type: SegmentFieldType;

  @ApiProperty({ enum: SEGMENT_OPERATORS, isArray: true, example: ['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists'] })
  operators: SegmentOperator[];

  @ApiPropertyOptional({ enum: EnrollmentStatus, isArray: true, description: 'The only values the field takes (enrollment.status)' })
  values?: string[];

  @ApiPropertyOptional({ example: '^[A-Za-z0-9_.-]{1,64}$', description: 'For attributes.<key>: what a key may be' })
  keyPattern?: string;

  @ApiPropertyOptional({ enum: ['courseId', 'sessionId'], isArray: true, description: 'enrollment.status may name one of these; naming neither means any enrolment of the learner' })
  scope?: ('courseId' | 'sessionId')[];

  @ApiPropertyOptional({ enum: ['opens_aggregate'], description: '`opens_aggregate`: the workspace keeps opens in aggregate only (no open is recorded per learner any more), so `engagement.opened` only sees opens recorded before the switch and opens proven by a click' })
  caveat?: 'opens_aggregate';
}

export class SegmentLimitsDto {
  @ApiProperty({ example: SEGMENT_LIMITS.maxDepth, description: 'Levels of nesting, the top group included' })
  maxDepth: number;

  @ApiProperty({ example: SEGMENT_LIMITS.maxNodes, description: 'Groups and conditions in one rule' })
  maxNodes: number;

  @ApiProperty({ example: SEGMENT_LIMITS.maxListValues, description: 'Values of an in / nin list' })
  maxListValues: number;

  @ApiProperty({ example: SEGMENT_LIMITS.maxStringLength, description: 'Characters of a text value' })
  maxStringLength: number;

  @ApiProperty({ example: SEGMENT_LIMITS.maxDays, description: 'Largest number of days of within_last_days' })
  maxDays: number;
}

/** The segment language's allow-list, for rule builders. */
export class SegmentFieldCatalogDto {
  @ApiProperty({ enum: OpenTracking, example: OpenTracking.PerLearner, description: 'How the workspace keeps email opens: per learner, or in aggregate only (then `engagement.opened` carries a caveat)' })
  openTracking: OpenTracking;

  @ApiProperty({ type: [SegmentFieldDto] })
  fields: SegmentFieldDto[];

  @ApiProperty({ type: SegmentLimitsDto })
  limits: SegmentLimitsDto;
}
