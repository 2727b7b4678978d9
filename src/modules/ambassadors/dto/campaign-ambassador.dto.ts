import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageBrandDto, PageSessionDto } from './ambassador-page.dto';

export class CampaignAmbassadorDto {
  @ApiProperty({ format: 'uuid' })
  learnerId: string;

  @ApiProperty({ example: 'Inès Moreau', description: 'Full name (the console’s, not the public leaderboard’s)' })
  name: string;

  @ApiProperty({ example: 'ines.moreau@example.com' })
  email: string;

  @ApiProperty({ enum: ['active', 'revoked', 'none'], description: 'Their page link: live, revoked (no live one), or never issued' })
  linkStatus: 'active' | 'revoked' | 'none';

  @ApiProperty({ nullable: true, type: String, description: 'The live page link, to copy; null unless active' })
  pageUrl: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Their short share link; it stays live when the page link is revoked (posts already shared keep working)' })
  shortUrl: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  issuedAt: Date | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  revokedAt: Date | null;
}

export const POSTER_LOCALES = ['fr', 'en'] as const;

export class PosterQueryDto {
  @ApiPropertyOptional({ enum: POSTER_LOCALES, description: 'The poster’s language (default: the workspace’s); the course’s text in it, else in the workspace’s language, else in any' })
  @IsOptional()
  @IsIn(POSTER_LOCALES)
  locale?: (typeof POSTER_LOCALES)[number];
}

export class PosterDto {
  @ApiProperty({ example: 'fr', description: 'The poster’s language: the one asked for, else the workspace’s' })
  locale: string;

  @ApiProperty({ example: 'Cybersecurity month' })
  campaignName: string;

  @ApiProperty({ example: 'Security basics' })
  courseTitle: string;

  @ApiProperty({ example: 'Spot phishing and protect your data in two hours.', nullable: true, type: String })
  courseDescription: string | null;

  @ApiProperty({ type: PageSessionDto, nullable: true })
  session: PageSessionDto | null;

  @ApiProperty({ type: PageBrandDto })
  brand: PageBrandDto;

  @ApiProperty({ example: 'https://clarion.example.com/s/Kb42xR7mPq', description: 'The poster’s short link (source `poster`)' })
  shortUrl: string;

  @ApiProperty({ example: '/s/Kb42xR7mPq/qr.svg' })
  qrCodeUrl: string;
}
