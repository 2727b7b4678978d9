import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Channel } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import type { Variants } from '../template-content';
import type { TemplateVersion } from '../template-version.entity';
import type { Template } from '../template.entity';
import { Phase, TemplatePurpose } from '../templates.enums';

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

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(t: Template, locales: string[]): TemplateDto {
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

  @ApiProperty()
  createdAt: Date;

  static from(v: TemplateVersion): VersionSummaryDto {
    return { id: v.id, version: v.version, locales: v.locales, variables: v.variables, createdAt: v.createdAt };
  }
}

export class VersionDto extends VersionSummaryDto {
  @ApiProperty({ format: 'uuid' })
  templateId: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: VARIANTS_EXAMPLE })
  variants: Variants;

  static full(v: TemplateVersion): VersionDto {
    return { ...VersionSummaryDto.from(v), templateId: v.templateId, variants: v.variants };
  }
}

export class TemplateDetailDto extends TemplateDto {
  @ApiProperty({ type: [VersionSummaryDto], description: 'Newest first' })
  versions: VersionSummaryDto[];

  @ApiProperty({ type: VersionDto, description: 'The latest version with its content' })
  latest: VersionDto;
}

export class InstallStartersResultDto {
  @ApiProperty({ type: [String], example: ['invitation', 'welcome'] })
  installed: string[];

  @ApiProperty({ type: [String], example: [], description: 'Starters the workspace already had' })
  skipped: string[];
}
