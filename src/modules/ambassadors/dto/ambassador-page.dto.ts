import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class PageBrandDto {
  @ApiProperty({ example: 'Acme Academy' })
  name: string;

  @ApiProperty({ example: '#1f4e8c', description: 'Primary colour' })
  primary: string;

  @ApiProperty({ example: '#f2a900' })
  accent: string;

  @ApiProperty({ example: '#ffffff', description: 'Text on the primary colour' })
  buttonText: string;

  @ApiProperty({ example: '/media/0b6c…png', nullable: true, type: String, description: 'A logo uploaded to Clarion as its path on this origin (`/media/…`); another logo as its https URL' })
  logoUrl: string | null;

  @ApiProperty({ example: 'Acme Academy' })
  logoAlt: string;
}

export class LinkBrandDto {
  @ApiProperty({ enum: ['fr', 'en'], description: 'The link holder’s language, else the workspace’s' })
  locale: 'fr' | 'en';

  @ApiProperty({ example: 'Acme' })
  workspaceName: string;

  @ApiProperty({ type: PageBrandDto })
  brand: PageBrandDto;
}

export class PageSessionDto {
  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ example: 'Europe/Paris' })
  timeZone: string;

  @ApiProperty({ example: 'Lyon — room 4', nullable: true, type: String })
  location: string | null;

  @ApiProperty({ example: 'https://meet.example.com/abc', nullable: true, type: String })
  meetingUrl: string | null;

  @ApiProperty({
    example: 'du mardi 15 décembre à 03:00 au samedi 19 décembre à 11:00 (heure de Montréal), soit 09:00 heure de Paris',
    description: 'The dates in words, in the page’s language and the reader’s zone (named), as the talking points give them; the session’s own start added when its zone shows another time',
  })
  when: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Enrolment deadline, if the session has one' })
  enrolBy: string | null;

  @ApiProperty({ example: 'mardi 8 décembre à 18:00 (heure de Paris)', nullable: true, type: String, description: 'The enrolment deadline in words, in the same language and zone as `when`' })
  enrolByText: string | null;
}

export class FaqEntryDto {
  @ApiProperty({ example: 'Is it during working hours?' })
  question: string;

  @ApiProperty({ example: 'Yes, and your manager is informed.' })
  answer: string;
}

export class PageTalkingPointsDto {
  @ApiProperty({ example: 'Thank you for relaying our next session.' })
  intro: string;

  @ApiProperty({ type: [String] })
  keyMessages: string[];

  @ApiProperty({ description: 'The ready-to-post text, with the short link where the template puts the share link' })
  postText: string;

  @ApiProperty({ type: [FaqEntryDto] })
  faq: FaqEntryDto[];
}

export class PublicRankDto {
  @ApiProperty({ example: 1, description: 'Competition ranking (ties share a rank): most enrolments, then most clicks' })
  rank: number;

  @ApiProperty({ example: 'Inès', nullable: true, type: String, description: 'First name, with the last name’s initial when another ambassador of the campaign shares it ("Hiro T."); never a full last name; null for an ambassador who keeps their name off the board' })
  firstName: string | null;

  @ApiProperty({ example: 14 })
  clicks: number;

  @ApiProperty({ example: 3 })
  enrolled: number;

  @ApiProperty({ description: 'The reader’s own row' })
  you: boolean;
}

export class AmbassadorResultsDto {
  @ApiProperty({ example: 14, description: 'Human clicks on their short link or share link' })
  clicks: number;

  @ApiProperty({ example: 3, description: 'Enrolments credited to them in this campaign' })
  enrolled: number;

  @ApiProperty({ example: 2, description: 'Days on which they said "I shared it"' })
  relayCount: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastRelayedAt: Date | null;

  @ApiProperty({ description: 'Whether they already said "I shared it" today (the workspace’s day)' })
  relayedToday: boolean;
}

export class AmbassadorPageDto {
  @ApiProperty({ example: 'fr', enum: ['fr', 'en'], description: 'The page’s language: the ambassador’s, else the workspace’s default' })
  locale: 'fr' | 'en';

  @ApiProperty({ example: 'Inès' })
  firstName: string;

  @ApiProperty({ example: 'Cybersecurity month' })
  campaignName: string;

  @ApiProperty({ example: 'Security basics', description: 'In the page’s language' })
  courseTitle: string;

  @ApiProperty({ type: PageSessionDto, nullable: true })
  session: PageSessionDto | null;

  @ApiProperty({ type: PageBrandDto })
  brand: PageBrandDto;

  @ApiProperty({ type: PageTalkingPointsDto, nullable: true, description: 'Null while the campaign has no talking-points step' })
  talkingPoints: PageTalkingPointsDto | null;

  @ApiProperty({ example: 'https://clarion.example.com/s/Kb42xR7mPq' })
  shortUrl: string;

  @ApiProperty({ example: '/s/Kb42xR7mPq/qr.svg', description: 'The QR code of the short link (SVG; `qr.png` for a PNG)' })
  qrCodeUrl: string;

  @ApiProperty({ type: AmbassadorResultsDto })
  results: AmbassadorResultsDto;

  @ApiProperty({ type: [PublicRankDto] })
  leaderboard: PublicRankDto[];

  @ApiProperty({ description: 'Whether they keep their name off the leaderboard others see' })
  leaderboardOptOut: boolean;
}

export class RelayDto {
  @ApiProperty({ description: 'True when this call recorded it; false when today’s was already recorded' })
  recorded: boolean;

  @ApiProperty({ type: AmbassadorResultsDto })
  results: AmbassadorResultsDto;
}

export class LeaderboardOptOutDto {
  @ApiProperty({ description: 'True: keep my name off the leaderboard other ambassadors see' })
  @IsBoolean({ message: 'optOut must be true or false' })
  optOut: boolean;
}

export class LeaderboardChoiceDto {
  @ApiProperty()
  leaderboardOptOut: boolean;
}
