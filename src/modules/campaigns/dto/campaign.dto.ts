import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CampaignStatus } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import { IsHeaderText } from '../../../infrastructure/http/header-text.validator';
import type { Campaign, Sponsor } from '../campaign.entity';
import type { CampaignStep } from '../campaign-step.entity';
import { CampaignLinksDto } from './campaign-links.dto';
import { CampaignStepDto, CreateStepDto } from './campaign-step.dto';

const NOT_BLANK = /\S/;

export class SponsorDto {
  @ApiProperty({ example: 'Claire Martin' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Chief Operating Officer' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: 'Managers who learn together lead better together.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  quote?: string;

  @ApiPropertyOptional({ example: 'https://cdn.acme.example/people/claire-martin.jpg' })
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^\s]+$/i, { message: 'photoUrl must be an absolute http or https URL' })
  @MaxLength(2048)
  photoUrl?: string;
}

function idList(example: string[], description: string) {
  return ApiPropertyOptional({ type: [String], format: 'uuid', example, description });
}

export class CreateCampaignDto {
  @ApiProperty({ example: 'Hybrid management — spring session' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Fill the 40 seats of the April session; managers of remote teams first.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-6d4e-4a8f-9b2c-1e5d7a3c9f10', description: 'Changes only before launch' })
  @IsUUID('all')
  courseId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A session of the course; null for an evergreen course campaign. Changes only before launch' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string | null;

  @ApiPropertyOptional({ example: 40, nullable: true, type: Number, description: 'Target number of enrolments' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  goalEnrolments?: number | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID('all')
  brandKitId?: string | null;

  @ApiPropertyOptional({ example: 'Acme Academy', nullable: true, type: String, description: "Overrides the brand kit's sender name" })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'senderName must not be blank' })
  @IsHeaderText()
  @MaxLength(200)
  senderName?: string | null;

  @ApiPropertyOptional({ example: 'academy@acme.example', nullable: true, type: String, description: "Overrides the brand kit's sender address" })
  @IsOptional()
  @IsHeaderText()
  @IsEmail({}, { message: 'senderEmail must be an email address' })
  @MaxLength(320)
  senderEmail?: string | null;

  @ApiPropertyOptional({ example: 'learning-team@acme.example', nullable: true, type: String })
  @IsOptional()
  @IsHeaderText()
  @IsEmail({}, { message: 'replyTo must be an email address' })
  @MaxLength(320)
  replyTo?: string | null;

  @ApiPropertyOptional({ type: SponsorDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SponsorDto)
  sponsor?: SponsorDto | null;

  @ApiPropertyOptional({
    type: CampaignLinksDto,
    description: 'Where links.enrol (default: the course’s LMS page), links.survey and links.certificate lead; tracked and UTM-tagged like every link. On update, replaces all three.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignLinksDto)
  links?: CampaignLinksDto | null;

  @idList([], 'Learners of the workspace who relay the campaign and receive talking points')
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique({ message: 'ambassadorIds must not repeat an id' })
  @IsUUID('all', { each: true })
  ambassadorIds?: string[];

  @idList([], 'Network channels that receive the post steps')
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'networkChannelIds must not repeat an id' })
  @IsUUID('all', { each: true })
  networkChannelIds?: string[];

  @idList([], 'Audience: learners in any of these segments (every learner when empty)')
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'includeSegmentIds must not repeat an id' })
  @IsUUID('all', { each: true })
  includeSegmentIds?: string[];

  @idList([], '…minus learners in any of these')
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'excludeSegmentIds must not repeat an id' })
  @IsUUID('all', { each: true })
  excludeSegmentIds?: string[];

  @ApiPropertyOptional({ example: false, description: "When true, a learner whose language a template lacks gets the template's fallback locale instead of blocking launch" })
  @IsOptionalNotNull()
  @IsBoolean()
  allowLocaleFallback?: boolean;

  @ApiPropertyOptional({ type: [CreateStepDto], description: 'The steps of the plan, created with the campaign in one transaction' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CreateStepDto)
  steps?: CreateStepDto[];
}

/**
 * Absent fields stay; null clears the optional ones (name, course, the lists and the locale fallback
 * take no null; a list given replaces the whole list). Only draft and paused campaigns change. Steps
 * have their own routes.
 */
export class UpdateCampaignDto extends PartialType(OmitType(CreateCampaignDto, ['steps'] as const), { skipNullProperties: false }) {}

export class ListCampaignsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CampaignStatus, example: CampaignStatus.Running })
  @IsOptional()
  @IsEnum(CampaignStatus)
  status?: CampaignStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the campaigns of this course' })
  @IsOptional()
  @IsUUID('all')
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the campaigns of this session' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string;
}

export class SponsorViewDto {
  @ApiProperty({ example: 'Claire Martin' })
  name: string;

  @ApiPropertyOptional({ example: 'Chief Operating Officer' })
  title?: string;

  @ApiPropertyOptional({ example: 'Managers who learn together lead better together.' })
  quote?: string;

  @ApiPropertyOptional({ example: 'https://cdn.acme.example/people/claire-martin.jpg' })
  photoUrl?: string;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Hybrid management — spring session' })
  name: string;

  @ApiProperty({ nullable: true, type: String, example: 'Fill the 40 seats of the April session.' })
  description: string | null;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  sessionId: string | null;

  @ApiProperty({ enum: CampaignStatus, example: CampaignStatus.Draft })
  status: CampaignStatus;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Why the engine put the campaign in its status (auto-pause…)' })
  statusReason: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 40 })
  goalEnrolments: number | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  brandKitId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Acme Academy' })
  senderName: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'academy@acme.example' })
  senderEmail: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'learning-team@acme.example' })
  replyTo: string | null;

  @ApiProperty({ type: SponsorViewDto, nullable: true })
  sponsor: Sponsor | null;

  @ApiProperty({ type: CampaignLinksDto })
  links: CampaignLinksDto;

  @ApiProperty({ type: [String], format: 'uuid', example: [] })
  ambassadorIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', example: [] })
  networkChannelIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', example: [] })
  includeSegmentIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', example: [] })
  excludeSegmentIds: string[];

  @ApiProperty({ example: false })
  allowLocaleFallback: boolean;

  @ApiProperty({ nullable: true, type: Date })
  launchedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  pausedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  completedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  cancelledAt: Date | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(c: Campaign): CampaignDto {
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      courseId: c.courseId,
      sessionId: c.sessionId,
      status: c.status,
      statusReason: c.statusReason,
      goalEnrolments: c.goalEnrolments,
      brandKitId: c.brandKitId,
      senderName: c.senderName,
      senderEmail: c.senderEmail,
      replyTo: c.replyTo,
      sponsor: c.sponsor,
      links: c.links,
      ambassadorIds: c.ambassadorIds,
      networkChannelIds: c.networkChannelIds,
      includeSegmentIds: c.includeSegmentIds,
      excludeSegmentIds: c.excludeSegmentIds,
      allowLocaleFallback: c.allowLocaleFallback,
      launchedAt: c.launchedAt,
      pausedAt: c.pausedAt,
      completedAt: c.completedAt,
      cancelledAt: c.cancelledAt,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}

export class CampaignWithStepsDto extends CampaignDto {
  @ApiProperty({ type: [CampaignStepDto], description: 'In plan order (position)' })
  steps: CampaignStepDto[];

  static withSteps(c: Campaign, steps: CampaignStep[]): CampaignWithStepsDto {
    return { ...CampaignDto.from(c), steps: steps.map(CampaignStepDto.from) };
  }
}

/** What a clone needs: the session it goes to, and optionally its name. */
export class CloneCampaignDto {
  @ApiProperty({
    format: 'uuid',
    example: '7a9e2c41-5b3d-4f8e-a1c6-2d4b8e9f0a13',
    description: 'A session of the same course, in this workspace: the steps keep their anchors and offsets, so their dates follow this session',
  })
  @IsUUID('all')
  sessionId: string;

  @ApiPropertyOptional({ example: 'Hybrid management — autumn session', description: 'Default: the original\'s name followed by “(copy)”' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string;
}

export class CampaignPageDto extends PageMetaDto {
  @ApiProperty({ type: [CampaignDto] })
  items: CampaignDto[];
}
