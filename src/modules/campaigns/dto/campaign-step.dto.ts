import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EnrollmentCondition, MessageKind, StepAnchor, StepChannel, StepNotice, StepPhase } from '../../../common/enums';
import { effectiveMessageKind } from '../message-kind';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import type { CampaignStep, StepVariant } from '../campaign-step.entity';
import { CampaignLinksDto } from './campaign-links.dto';
import { IsLocalTime, IsStepOffset } from './step-validators';

const NOT_BLANK = /\S/;

export class StepVariantDto {
  @ApiProperty({ example: 'A', description: 'One capital letter, unique in the step' })
  @IsString()
  @Matches(/^[A-Z]$/, { message: 'key must be one capital letter (A, B, …)' })
  key: string;

  @ApiProperty({ format: 'uuid', example: '8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21' })
  @IsUUID('all')
  templateVersionId: string;

  @ApiProperty({ example: 50, minimum: 1, maximum: 1000, description: 'Relative weight of the split (50/50, 90/10…)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  weight: number;
}

export class CreateStepDto {
  @ApiProperty({ example: 'Invitation' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: StepPhase, example: StepPhase.Before })
  @IsEnum(StepPhase)
  phase: StepPhase;

  @ApiProperty({ enum: StepAnchor, example: StepAnchor.SessionStart })
  @IsEnum(StepAnchor)
  anchor: StepAnchor;

  @ApiProperty({ example: '-P14D', description: 'ISO 8601 duration from the anchor: weeks, days, hours, minutes; negative is before' })
  @IsStepOffset()
  offset: string;

  @ApiPropertyOptional({ example: '09:00', nullable: true, type: String, description: "Send at this time in each learner's zone; null sends at anchor + offset exactly" })
  @IsOptional()
  @IsLocalTime()
  localTime?: string | null;

  @ApiProperty({ enum: StepChannel, example: StepChannel.Email, description: '`preferred` = the first channel of the persona the learner can receive' })
  @IsEnum(StepChannel)
  channel: StepChannel;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21',
    description: 'The pinned template version. Give either this or `variants`. On update, pins this version and removes the variants.',
  })
  @IsOptionalNotNull()
  @IsUUID('all')
  templateVersionId?: string;

  @ApiPropertyOptional({
    type: [StepVariantDto],
    description: 'A/B variants (2 to 26). When given, they replace templateVersionId: every recipient gets one variant, by weight.',
    example: [
      { key: 'A', templateVersionId: '8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21', weight: 50 },
      { key: 'B', templateVersionId: '0b6a4c1e-7d2f-4b8e-8e3f-5a9c2d1e6f40', weight: 50 },
    ],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2, { message: 'variants must hold at least 2 variants (or none)' })
  @ArrayMaxSize(26)
  @ValidateNested({ each: true })
  @Type(() => StepVariantDto)
  variants?: StepVariantDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [], description: 'Narrow to learners of these personas' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'personaIds must not repeat an id' })
  @IsUUID('all', { each: true })
  personaIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Narrow to learners of this segment' })
  @IsOptional()
  @IsUUID('all')
  segmentId?: string | null;

  @ApiPropertyOptional({ enum: EnrollmentCondition, nullable: true, example: EnrollmentCondition.NotEnrolled, description: 'Checked again at send time' })
  @IsOptional()
  @IsEnum(EnrollmentCondition)
  enrollmentCondition?: EnrollmentCondition | null;

  @ApiPropertyOptional({ example: false, description: 'Exempt from the frequency cap (a promotional step that must go out whatever the cap; service steps are never capped)' })
  @IsOptionalNotNull()
  @IsBoolean()
  essential?: boolean;

  @ApiPropertyOptional({
    enum: MessageKind,
    nullable: true,
    example: null,
    description:
      'Override of the kind the template’s purpose implies; null = from the purpose. `service` (a notice the learner needs for the training: ' +
      'no unsubscribe link nor List-Unsubscribe, not capped, reaches learners unsubscribed from promotions, still stopped by suppression, ' +
      'erasure and a withdrawn email consent) or `promotional` (List-Unsubscribe with RFC 8058 one-click, counted by the frequency cap)',
  })
  @IsOptional()
  @IsEnum(MessageKind)
  messageKind?: MessageKind | null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: Boolean,
    description:
      'Its emails carry the session as a calendar invite (.ics, METHOD:REQUEST, or CANCEL once the session is cancelled). null (the default) = by the template’s purpose: on for invitation and welcome',
  })
  @IsOptional()
  @IsBoolean()
  attachInvite?: boolean | null;

  @ApiPropertyOptional({ type: () => CampaignLinksDto, nullable: true, description: 'This step’s links, over the campaign’s (e.g. another survey); on update, replaces all three' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignLinksDto)
  links?: CampaignLinksDto | null;

  @ApiPropertyOptional({
    example: 0.2,
    nullable: true,
    type: Number,
    description: 'Auto-winner A/B test: this share of the recipients (0.001–0.999) gets the variants first; the rest gets the winner',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(0.999)
  abTestFraction?: number | null;

  @ApiPropertyOptional({ example: 'PT24H', nullable: true, type: String, description: 'How long after the first sends the winner is decided (with abTestFraction)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  abDecideAfter?: string | null;

  @ApiPropertyOptional({ example: 3, minimum: 0, maximum: 10000, description: 'Order in the plan; defaults to after the last step' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

/** Absent fields stay; null clears localTime, segmentId, enrollmentCondition and the A/B test fields. */
export class UpdateStepDto extends PartialType(OmitType(CreateStepDto, ['variants'] as const), { skipNullProperties: false }) {
  // Unlike on create, [] is allowed: it removes the variants.
  @ApiPropertyOptional({ type: [StepVariantDto], description: 'Replaces the variants; [] removes them (then give templateVersionId)' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(26)
  @ValidateNested({ each: true })
  @Type(() => StepVariantDto)
  variants?: StepVariantDto[];
}

export class StepProblemDto {
  @ApiProperty({ example: 'STEP.NOT_PLANNED', description: 'STEP.NOT_PLANNED (nothing planned yet; retried each minute) or STEP.UNKNOWN_TIME_ZONES (planned, with a caveat)' })
  code: string;

  @ApiProperty({ example: 'This step could not be planned: segment 3f… not found' })
  message: string;

  @ApiProperty({ description: 'True when the step could not be planned at all' })
  blocking: boolean;

  @ApiProperty({ nullable: true, type: Date, description: 'Since when the problem has been seen' })
  since: Date | null;
}

export class CampaignStepDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 0 })
  position: number;

  @ApiProperty({ example: 'Invitation' })
  name: string;

  @ApiProperty({ enum: StepPhase, example: StepPhase.Before })
  phase: StepPhase;

  @ApiProperty({ enum: StepAnchor, example: StepAnchor.SessionStart })
  anchor: StepAnchor;

  @ApiProperty({ example: '-P14D' })
  offset: string;

  @ApiProperty({ example: '09:00', nullable: true, type: String })
  localTime: string | null;

  @ApiProperty({ enum: StepChannel, example: StepChannel.Email })
  channel: StepChannel;

  @ApiProperty({ format: 'uuid', description: "The pinned version; with variants, variant A's version" })
  templateVersionId: string;

  @ApiProperty({ type: [StepVariantDto], example: [] })
  variants: StepVariant[];

  @ApiProperty({ type: [String], format: 'uuid', example: [] })
  personaIds: string[];

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  segmentId: string | null;

  @ApiProperty({ enum: EnrollmentCondition, nullable: true, example: EnrollmentCondition.NotEnrolled })
  enrollmentCondition: EnrollmentCondition | null;

  @ApiProperty({ example: false, description: 'Exempt from the frequency cap' })
  essential: boolean;

  @ApiProperty({ enum: MessageKind, nullable: true, example: null, description: 'The step’s override of its kind; null = from the template’s purpose' })
  messageKind: MessageKind | null;

  @ApiProperty({
    enum: MessageKind,
    example: MessageKind.Promotional,
    description: 'The kind the step is sent as: its override, else what its template’s purpose implies (practical_info, welcome, session notices, feedback_survey, congratulations: service; the rest promotional)',
  })
  effectiveMessageKind: MessageKind;

  @ApiProperty({ nullable: true, type: String, example: 'invitation', description: 'The purpose of the step’s template (variant A’s with variants)' })
  templatePurpose: string | null;
  @ApiProperty({ nullable: true, type: Boolean, example: null, description: 'Carries the session’s calendar invite; null = by the template’s purpose (invitation, welcome, notices)' })
  attachInvite: boolean | null;

  @ApiProperty({
    enum: StepNotice,
    nullable: true,
    example: null,
    description: 'A change notice the engine added after the session was rescheduled (session_changed) or cancelled (session_cancelled); null for the plan’s own steps',
  })
  notice: StepNotice | null;

  @ApiProperty({ type: () => CampaignLinksDto })
  links: CampaignLinksDto;

  @ApiProperty({ nullable: true, type: Number, example: null, description: 'Share of recipients in the auto-winner test' })
  abTestFraction: number | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Delay after the first sends before the winner is decided' })
  abDecideAfter: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The winning variant, once decided' })
  abWinner: string | null;

  @ApiProperty({ nullable: true, type: Date })
  abDecidedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, description: 'When the engine planned its deliveries' })
  materializedAt: Date | null;

  @ApiProperty({ type: StepProblemDto, nullable: true, description: 'Why the engine could not plan this step, or a caveat on how it did; null when all is well' })
  problem: StepProblemDto | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(s: CampaignStep): CampaignStepDto {
    return {
      id: s.id,
      position: s.position,
      name: s.name,
      phase: s.phase,
      anchor: s.anchor,
      offset: s.offset,
      localTime: s.localTime ? s.localTime.slice(0, 5) : null,
      channel: s.channel,
      templateVersionId: s.templateVersionId,
      variants: s.variants,
      personaIds: s.personaIds,
      segmentId: s.segmentId,
      enrollmentCondition: s.enrollmentCondition,
      essential: s.essential,
      messageKind: s.messageKind,
      effectiveMessageKind: effectiveMessageKind(s.messageKind, s.templatePurpose),
      templatePurpose: s.templatePurpose ?? null,
      attachInvite: s.attachInvite,
      notice: s.notice,
      links: s.links,
      abTestFraction: s.abTestFraction,
      abDecideAfter: s.abDecideAfter,
      abWinner: s.abWinner,
      abDecidedAt: s.abDecidedAt,
      materializedAt: s.materializedAt,
      problem: s.problem
        ? { code: s.problem.code, message: s.problem.message, blocking: s.problem.blocking === true, since: s.problem.since ? new Date(s.problem.since) : null }
        : null,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }
}
