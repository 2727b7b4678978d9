import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CreateBrandKitDto } from '../../branding/dto/brand-kit.dto';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, IsObject, IsOptional, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { Channel } from '../../../common/enums';
import { ErrorDetailDto } from '../../../common/openapi/error-envelope.dto';
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

  @ApiPropertyOptional({ format: 'uuid', description: 'Brand kit; else the campaign’s, else the workspace default' })
  @IsOptional()
  @IsUUID()
  brandKitId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Render as the engine will for this campaign: its course (in the message’s language), session (in the learner’s zone), sponsor and brand kit; with learnerId, as that learner receives it',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

/** A brand kit's look and words as being edited, not saved yet: they override the kit the preview uses. */
export class BrandDraftDto extends PartialType(OmitType(CreateBrandKitDto, ['isDefault', 'senderEmail', 'replyTo'] as const)) {}

/** Content not saved yet, rendered as the editor shows it: the version fields of a save, and the preview options. */
export class RenderDraftDto extends OmitType(PreviewTemplateDto, ['version'] as const) {
  @ApiPropertyOptional({ type: BrandDraftDto, description: 'Brand values being edited (colours, logo, font, texts, translations): they override the kit’s, for the brand kit editor’s live preview' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BrandDraftDto)
  brand?: BrandDraftDto;

  @ApiProperty({ enum: Channel, example: Channel.Email })
  @IsEnum(Channel)
  channel: Channel;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The whole content, as POST /v1/templates/:id/versions takes it' })
  @IsObject()
  variants: Record<string, unknown>;
}

export class TestSendDto extends PreviewTemplateDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['dlm@acme.example'],
    description:
      'Up to 10 plain addresses (local@domain) of the workspace’s own domains (its members’ and its senders’); the signed-in person’s own address when absent (required with an API key)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique((address: unknown) => (typeof address === 'string' ? address.toLowerCase() : address), { message: 'to must not name an address twice' })
  @IsPlainEmail({ each: true })
  to?: string[];
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

/** What the editor shows as one types: the problems a save would refuse, else the rendering. */
export class DraftRenderResultDto {
  @ApiProperty({ type: [ErrorDetailDto], description: 'Each problem with its place (`variants.fr.body`) and line ("line 3: …"); empty when the draft would save' })
  errors: ErrorDetailDto[];

  @ApiProperty({ type: [String], example: ['learner.firstName', 'session.startsAt'], description: 'Declared variables the draft uses' })
  variables: string[];

  @ApiProperty({ type: String, nullable: true, example: 'fr', description: 'The locale rendered, after fallback; null when there are problems' })
  locale: string | null;

  @ApiProperty({ nullable: true, type: String })
  subject: string | null;

  @ApiProperty({ nullable: true, type: String })
  preheader: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Rendered HTML (a post as HTML); null when there are problems' })
  html: string | null;

  @ApiProperty({ nullable: true, type: String })
  text: string | null;

  @ApiPropertyOptional({ type: PostPreviewDto, description: 'Posts only' })
  post?: PostPreviewDto;
}

export class TestSendRecipientDto {
  @ApiProperty({ example: 'dlm@acme.example' })
  to: string;

  @ApiProperty({ enum: ['sent', 'suppressed', 'refused'], description: 'suppressed: the workspace stopped sending to this address (bounces, complaints); refused: by the mail server' })
  status: 'sent' | 'suppressed' | 'refused';

  @ApiPropertyOptional({ example: '<3f1c…@acme.example>' })
  messageId?: string;

  @ApiPropertyOptional({ example: '550 5.1.1 No such user', description: 'The mail server’s reply, when it refused the address' })
  reason?: string;
}

export class TestSendResultDto {
  @ApiProperty({ format: 'uuid', description: 'GET /v1/test-sends/:id answers again while it is queued' })
  id: string;

  @ApiProperty({ enum: ['queued', 'done', 'failed'], description: 'queued: no worker has sent it yet (is one running?)' })
  status: 'queued' | 'done' | 'failed';

  @ApiProperty({ type: [TestSendRecipientDto] })
  recipients: TestSendRecipientDto[];

  @ApiProperty({ enum: ['smtp', 'outbox'], nullable: true, type: String, description: 'Where the emails went: the SMTP server, or the outbox folder (no SMTP_URL set)' })
  transport: 'smtp' | 'outbox' | null;

  @ApiProperty({ nullable: true, type: String, example: 'smtp.acme.example:587', description: 'The SMTP server (host:port), or the .eml file of the last one written to the outbox' })
  destination: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Why the worker could not send it, when failed' })
  error: string | null;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ example: 'fr' })
  locale: string;
}
