import { PageMetaDto } from '../../../common/pagination/cursor';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsContentLocale, IsTranslations } from '../../../common/validation/content-locale';
import { IsHeaderText } from '../../../infrastructure/http/header-text.validator';
import type { BrandKit } from '../brand-kit.entity';

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const HEX_MESSAGE = 'must be a hex colour such as #1f4e8c';
// Any host, localhost included: Clarion's own /media URLs are under PUBLIC_BASE_URL, which may be http://localhost:3000.
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class BrandColorsDto {
  @ApiPropertyOptional({ example: '#1f4e8c', description: 'Buttons, links, header rule' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  primary?: string;

  @ApiPropertyOptional({ example: '#0f2c52', description: 'Titles' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  secondary?: string;

  @ApiPropertyOptional({ example: '#f2a900', description: 'Highlights, sponsor quote rule' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  accent?: string;

  @ApiPropertyOptional({ example: '#1d2433' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  text?: string;

  @ApiPropertyOptional({ example: '#5b6475', description: 'Footer and secondary text' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  muted?: string;

  @ApiPropertyOptional({ example: '#f3f5f9', description: 'Around the email' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  background?: string;

  @ApiPropertyOptional({ example: '#ffffff', description: 'Behind the content' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  surface?: string;

  @ApiPropertyOptional({ example: '#ffffff', description: 'Text on buttons' })
  @IsOptional()
  @Matches(HEX, { message: HEX_MESSAGE })
  buttonText?: string;
}

/** The kit's words in one more language; a field left out (or null) falls back as templates do. */
export class BrandKitTranslationDto {
  @ApiProperty({ example: 'en', description: 'The locale these values are written in ("fr", "en", "fr-CA")' })
  @IsContentLocale()
  locale: string;

  @ApiPropertyOptional({ type: String, example: 'Acme Learning Academy', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsHeaderText()
  senderName?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Acme Learning Academy logo', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  logoAlt?: string | null;

  @ApiPropertyOptional({ type: String, example: 'You receive this email as a member of the Acme learning community.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  footerText?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Acme Ltd, 1 King Street, London.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  legalMention?: string | null;
}

export class CreateBrandKitDto {
  @ApiProperty({ example: 'Acme Learning Academy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: true, description: 'Use this kit when none is named. The first kit of a workspace is the default.' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;

  @ApiPropertyOptional({ type: BrandColorsDto, description: 'Colours not given keep Clarion’s defaults' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BrandColorsDto)
  colors?: BrandColorsDto;

  @ApiPropertyOptional({ type: String, example: 'https://cdn.acme.example/learning-logo.png', nullable: true })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'logoUrl must be an http(s) URL' })
  @MaxLength(2000)
  logoUrl?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Acme Learning Academy', description: 'Alt text of the logo (plain text, shown as written)', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  logoAlt?: string | null;

  @ApiPropertyOptional({ example: "'Source Sans Pro', Helvetica, Arial, sans-serif" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9 ,'"-]{1,200}$/, { message: 'fontFamily must be a CSS font list (letters, digits, spaces, commas, quotes, hyphens)' })
  fontFamily?: string;

  @ApiProperty({ example: 'Acme Learning Academy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsHeaderText()
  senderName: string;

  @ApiProperty({ example: 'learning@acme.example' })
  @IsEmail()
  @IsHeaderText()
  @MaxLength(320)
  senderEmail: string;

  @ApiPropertyOptional({ type: String, example: 'learning-team@acme.example', nullable: true })
  @IsOptional()
  @IsEmail()
  @IsHeaderText()
  @MaxLength(320)
  replyTo?: string | null;

  @ApiPropertyOptional({ type: String, example: 'You receive this email as a member of the Acme learning community.', description: 'Plain text, shown as written: never compiled as a template', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  footerText?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Acme SA, 12 rue de la Paix, 75002 Paris. RCS Paris 123 456 789.', description: 'Plain text, shown as written: never compiled as a template', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  legalMention?: string | null;

  @ApiPropertyOptional({
    type: [BrandKitTranslationDto],
    description:
      'The sender name, logo text, footer and legal mention in other languages than the workspace’s (the values above). Each email takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list.',
  })
  @IsTranslations(() => BrandKitTranslationDto)
  translations?: BrandKitTranslationDto[];
}

export class UpdateBrandKitDto extends PartialType(CreateBrandKitDto) {}

export class BrandKitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Acme Learning Academy' })
  name: string;

  @ApiProperty({ example: true })
  isDefault: boolean;

  @ApiProperty({ type: BrandColorsDto })
  colors: BrandColorsDto;

  @ApiProperty({ nullable: true, type: String, example: 'https://cdn.acme.example/learning-logo.png' })
  logoUrl: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Acme Learning Academy' })
  logoAlt: string | null;

  @ApiProperty({ example: 'Helvetica, Arial, sans-serif' })
  fontFamily: string;

  @ApiProperty({ example: 'Acme Learning Academy' })
  senderName: string;

  @ApiProperty({ example: 'learning@acme.example' })
  senderEmail: string;

  @ApiProperty({ nullable: true, type: String, example: 'learning-team@acme.example' })
  replyTo: string | null;

  @ApiProperty({ nullable: true, type: String })
  footerText: string | null;

  @ApiProperty({ nullable: true, type: String })
  legalMention: string | null;

  @ApiProperty({ type: [BrandKitTranslationDto] })
  translations: BrandKitTranslationDto[];

  @ApiProperty({ example: 3, description: 'Bumped on every change' })
  version: number;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(k: BrandKit): BrandKitDto {
    return {
      id: k.id,
      name: k.name,
      isDefault: k.isDefault,
      colors: k.colors,
      logoUrl: k.logoUrl,
      logoAlt: k.logoAlt,
      fontFamily: k.fontFamily,
      senderName: k.senderName,
      senderEmail: k.senderEmail,
      replyTo: k.replyTo,
      footerText: k.footerText,
      legalMention: k.legalMention,
      translations: k.translations,
      version: k.version,
      createdAt: k.createdAt,
      updatedAt: k.updatedAt,
    };
  }
}

export class ListBrandKitsQueryDto extends PageQueryDto {}

export class BrandKitPageDto extends PageMetaDto {
  @ApiProperty({ type: [BrandKitDto] })
  items: BrandKitDto[];
}
