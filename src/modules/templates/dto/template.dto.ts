import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsEnum, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CampaignStatus } from '../../../common/enums';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Channel } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import type { Variants } from '../template-content';
import type { TemplateVersion } from '../template-version.entity';
import type { Template } from '../template.entity';
import type { ReviewRecord } from '../template-reviews.repository';
import type { TemplateListing, TemplateWithVersions } from '../templates.service';
import type { TemplateUse } from '../templates.repository';
import { Phase, ReviewAction, ReviewStatus, TemplatePurpose } from '../templates.enums';

const VARIANTS_EXAMPLE = {
  fr: {
    subject: '{{learner.firstName}}, une place vous attend pour {{course.title}}',
    preheader: 'Session du {{formatDate session.startsAt}}, inscriptions ouvertes',
    body: '<mj-section><mj-column><mj-text>Bonjour {{learner.firstName}},</mj-text>{{> button url=links.enrol label="Je m’inscris"}}</mj-column></mj-section>',
  },
  en: {
    subject: '{{learner.firstName}}, a seat is waiting for you in {{course.title}}',
    preheader: 'Session on {{formatDate session.startsAt}}, enrolment open',
    body: '<mj-section><mj-column><mj-text>Hello {{learner.firstName}},</mj-text>{{> button url=links.enrol label="Enrol"}}</mj-column></mj-section>',
  },
};

const VARIANTS_DESCRIPTION =
  'Content per locale. Email: {subject, preheader, body (MJML + Handlebars: the content of mj-body), text?}. ' +
  'Post: {title, body (Markdown + Handlebars), callToAction?: {label, url}}. ' +
  'Talking points: {subject, preheader, intro, keyMessages[], postText, faq: [{question, answer}]}.';

export class CreateTemplateDto {
  @ApiProperty({ example: 'Invitation — spring cohort' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'Sent three weeks before the session to the whole audience', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;

  @ApiProperty({ enum: Channel, example: Channel.Email })
  @IsEnum(Channel)
  channel: Channel;

  @ApiProperty({ enum: TemplatePurpose, example: TemplatePurpose.Invitation })
  @IsEnum(TemplatePurpose)
  purpose: TemplatePurpose;

  @ApiProperty({ enum: Phase, example: Phase.Before })
  @IsEnum(Phase)
  phase: Phase;

  @ApiProperty({ type: 'object', additionalProperties: true, description: VARIANTS_DESCRIPTION, example: VARIANTS_EXAMPLE })
  @IsObject()
  variants: Record<string, unknown>;
}

/** The whole content of the new version: every locale, as on create. */
export class CreateVersionDto extends PickType(CreateTemplateDto, ['variants'] as const) {}

/** A new name, description, purpose or phase; the versions are untouched. */
export class UpdateTemplateDto {
  @ApiPropertyOptional({ example: 'Invitation — autumn cohort' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, example: 'Sent three weeks before the session', nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;

  @ApiPropertyOptional({ enum: TemplatePurpose })
  @IsOptionalNotNull()
  @IsEnum(TemplatePurpose)
  purpose?: TemplatePurpose;

  @ApiPropertyOptional({ enum: Phase })
  @IsOptionalNotNull()
  @IsEnum(Phase)
  phase?: Phase;
}

export class DuplicateTemplateDto {
  @ApiPropertyOptional({ example: 'Invitation — autumn cohort', description: 'Default: the name followed by "(copy)" in the workspace’s language' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string;
}

export class ReviewCommentDto {
  @ApiPropertyOptional({ example: 'Ready for the spring cohort', type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class RequestChangesDto {
  @ApiProperty({ example: 'Le bouton doit dire « Je m’inscris », et le mot du sponsor manque en anglais.' })
  @IsString()
  @Matches(/\S/, { message: 'comment must say what to change' })
  @MaxLength(2000)
  comment: string;
}

export class ReviewResultDto {
  @ApiProperty({ enum: ReviewStatus, example: ReviewStatus.InReview })
  status: ReviewStatus;
}

export class ListTemplatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Channel })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @ApiPropertyOptional({ enum: Phase })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase;

  @ApiPropertyOptional({ enum: TemplatePurpose })
  @IsOptional()
  @IsEnum(TemplatePurpose)
  purpose?: TemplatePurpose;

  @ApiPropertyOptional({ example: 'invitation', description: 'Case-insensitive search in the name and the description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['false', 'true', 'all'], example: 'false', description: 'Archived templates: left out (false, the default), only them (true), or both (all)' })
  @IsOptional()
  @IsIn(['false', 'true', 'all'])
  archived?: 'false' | 'true' | 'all';
}

export class TemplateUseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Spring cohort — data literacy' })
  name: string;

  @ApiProperty({ enum: CampaignStatus })
  status: CampaignStatus;
}

export class TemplateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Invitation — spring cohort' })
  name: string;

  @ApiProperty({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ enum: Channel })
  channel: Channel;

  @ApiProperty({ enum: TemplatePurpose })
  purpose: TemplatePurpose;

  @ApiProperty({ enum: Phase })
  phase: Phase;

  @ApiProperty({ nullable: true, type: String, example: 'invitation', description: 'Key of the starter it was installed from' })
  starterKey: string | null;

  @ApiProperty({ example: 3 })
  latestVersion: number;

  @ApiProperty({ type: [String], example: ['en', 'fr'], description: 'Locales of the latest version' })
  locales: string[];

  @ApiProperty({ enum: ReviewStatus, description: 'Review state of the latest version' })
  latestStatus: ReviewStatus;

  @ApiProperty({ type: [TemplateUseDto], description: 'Campaigns, of any status, whose steps pin one of its versions' })
  usedBy: TemplateUse[];

  @ApiProperty({ nullable: true, type: Date, description: 'Set when archived: hidden from the library, kept for the campaigns using it' })
  archivedAt: Date | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from({ template: t, locales, latestStatus, usedBy }: TemplateListing): TemplateDto {
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      channel: t.channel,
      purpose: t.purpose,
      phase: t.phase,
      starterKey: t.starterKey,
      latestVersion: t.latestVersion,
      locales,
      latestStatus,
      usedBy,
      archivedAt: t.archivedAt,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    };
  }
}

export class TemplatePageDto extends PageMetaDto {
  @ApiProperty({ type: [TemplateDto] })
  items: TemplateDto[];
}

export class VersionSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'What a campaign step pins' })
  id: string;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ type: [String], example: ['en', 'fr'] })
  locales: string[];

  @ApiProperty({ type: [String], example: ['learner.firstName', 'session.startsAt'] })
  variables: string[];

  @ApiProperty({ enum: ReviewStatus, description: 'draft, in_review, changes_requested or approved; only approved versions may be pinned where the workspace asks for a review' })
  status: ReviewStatus;

  @ApiProperty()
  createdAt: Date;

  static from(v: TemplateVersion & { status: ReviewStatus }): VersionSummaryDto {
    return { id: v.id, version: v.version, locales: v.locales, variables: v.variables, status: v.status, createdAt: v.createdAt };
  }
}

export class VersionDto extends VersionSummaryDto {
  @ApiProperty({ format: 'uuid' })
  templateId: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: VARIANTS_EXAMPLE })
  variants: Variants;

  static full(v: TemplateVersion & { status: ReviewStatus }): VersionDto {
    return { ...VersionSummaryDto.from(v), templateId: v.templateId, variants: v.variants };
  }
}

export class TemplateDetailDto extends TemplateDto {
  @ApiProperty({ type: [VersionSummaryDto], description: 'Newest first' })
  versions: VersionSummaryDto[];

  @ApiProperty({ type: VersionDto, description: 'The latest version with its content' })
  latest: VersionDto;

  @ApiProperty({ type: () => [ReviewRecordDto], description: 'Every review transition of its versions, newest first' })
  reviews: ReviewRecordDto[];

  static detail(t: TemplateWithVersions): TemplateDetailDto {
    return { ...TemplateDto.from(t), versions: t.versions.map(VersionSummaryDto.from), latest: VersionDto.full(t.latest), reviews: t.reviews };
  }
}

export class ReviewRecordDto implements ReviewRecord {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 3 })
  version: number;

  @ApiProperty({ enum: ReviewAction, description: 'submitted, approved, changes_requested, or auto_approved (saved where no review is asked, or installed from the starter library)' })
  action: ReviewAction;

  @ApiProperty({ type: String, nullable: true, example: 'Le bouton doit dire « Je m’inscris ».' })
  comment: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Camille Martin', description: 'The person’s name, the API key’s name, or null (the command line, or someone since removed)' })
  actor: string | null;

  @ApiProperty({ enum: ['user', 'api_key'], nullable: true, type: String })
  actorKind: 'user' | 'api_key' | null;

  @ApiProperty()
  createdAt: Date;
}

export class InstallStartersResultDto {
  @ApiProperty({ type: [String], example: ['invitation', 'welcome'] })
  installed: string[];

  @ApiProperty({ type: [String], example: [], description: 'Starters the workspace already had' })
  skipped: string[];
}
