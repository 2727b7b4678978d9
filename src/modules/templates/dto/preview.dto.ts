import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { Channel } from '../../../common/enums';
import { IsPlainEmail } from '../../../common/validation/plain-email';

export class PreviewTemplateDto {
  @ApiPropertyOptional({ example: 2, description: 'Version to render; the latest when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ example: 'fr', description: 'Wanted locale; else the learner’s, the workspace default, then any' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'locale must look like "fr" or "fr-CA"' })
  locale?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Render for this learner (with their persona)' })
  @IsOptional()
  @IsUUID()
  learnerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Render with this persona on the sample learner' })
  @IsOptional()
  @IsUUID()
  personaId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Brand kit; the workspace default when absent' })
  @IsOptional()
  @IsUUID()
  brandKitId?: string;
}

export class TestSendDto extends PreviewTemplateDto {
  @ApiProperty({ example: 'dlm@acme.example', description: 'One plain address (local@domain): no display name, quotes or comments' })
  @IsPlainEmail()
  to: string;
}

export class PostPreviewDto {
  @ApiProperty({ example: 'New session: Leading hybrid teams' })
  title: string;

  @ApiProperty({ example: 'Join **Leading hybrid teams** on Tuesday 14 January.' })
  markdown: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Slack incoming-webhook body (Block Kit)' })
  slack: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Teams Workflows webhook body (Adaptive Card 1.4)' })
  teams: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Generic JSON webhook body {title, text, markdown, html, url}' })
  webhook: Record<string, unknown>;
}

export class PreviewResultDto {
  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ format: 'uuid' })
  versionId: string;

  @ApiProperty({ example: 'fr', description: 'The locale rendered, after fallback' })
  locale: string;

  @ApiProperty({ enum: Channel })
  channel: Channel;

  @ApiProperty({ nullable: true, type: String, example: 'Camille, une place vous attend' })
  subject: string | null;

  @ApiProperty({ nullable: true, type: String })
  preheader: string | null;

  @ApiProperty({ description: 'Rendered HTML' })
  html: string;

  @ApiProperty({ description: 'Plain-text part' })
  text: string;

  @ApiPropertyOptional({ type: PostPreviewDto, description: 'Posts only' })
  post?: PostPreviewDto;
}

export class TestSendResultDto {
  @ApiProperty({ example: '<3f1c…@acme.example>' })
  messageId: string;

  @ApiProperty({ type: [String], example: ['dlm@acme.example'] })
  accepted: string[];

  @ApiProperty({ type: [String], example: [] })
  rejected: string[];

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ example: 'fr' })
  locale: string;
}
