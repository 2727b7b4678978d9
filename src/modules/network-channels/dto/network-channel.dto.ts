import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import { MAX_URL_LENGTH } from '../channel-url-policy';
import { NetworkChannelKind } from '../network-channel-kind';
import type { NetworkChannel, TestOutcome } from '../network-channel.entity';

const URL_DESCRIPTION =
  'The incoming webhook URL. https, on hooks.slack.com for Slack and on *.logic.azure.com, *.powerplatform.com or ' +
  '*.webhook.office.com for Teams; any public host for a webhook. Stored encrypted and never returned.';
const SECRET_DESCRIPTION = 'HMAC-SHA256 signing secret (16 to 256 characters). Required for `webhook`. Stored encrypted and never returned.';

export class CreateNetworkChannelDto {
  @ApiProperty({ example: 'Slack #learning' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: NetworkChannelKind, example: NetworkChannelKind.Slack })
  @IsEnum(NetworkChannelKind)
  kind: NetworkChannelKind;

  @ApiProperty({ description: URL_DESCRIPTION, example: 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_URL_LENGTH)
  url: string;

  @ApiPropertyOptional({
    description: `${SECRET_DESCRIPTION} On update, null removes it (not for \`webhook\`).`,
    nullable: true,
    type: String,
    example: 'whsec_2b7c4f0e9d1a4c8bb1f3e6a7d9c0b2e4',
  })
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  secret?: string | null;

  @ApiPropertyOptional({ default: true, example: true })
  @IsOptionalNotNull()
  @IsBoolean()
  enabled?: boolean;
}

/** Absent fields stay; `secret: null` removes the secret (not for `webhook`). The kind cannot change. */
export class UpdateNetworkChannelDto extends PartialType(OmitType(CreateNetworkChannelDto, ['kind'] as const), { skipNullProperties: false }) {}

export class NetworkChannelDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Slack #learning' })
  name: string;

  @ApiProperty({ enum: NetworkChannelKind, example: NetworkChannelKind.Slack })
  kind: NetworkChannelKind;

  @ApiProperty({ description: 'Scheme, host and the last 4 characters of the URL', example: 'https://hooks.slack.com/…/XXXX' })
  urlPreview: string;

  @ApiProperty({ example: false })
  hasSecret: boolean;

  @ApiProperty({ example: true })
  enabled: boolean;

  @ApiPropertyOptional({ nullable: true, type: Date })
  lastTestedAt: Date | null;

  @ApiPropertyOptional({ nullable: true, enum: ['sent', 'transient', 'permanent'], example: 'sent' })
  lastTestOutcome: TestOutcome | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(c: NetworkChannel): NetworkChannelDto {
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      urlPreview: c.urlPreview,
      hasSecret: c.secretSealed !== null,
      enabled: c.enabled,
      lastTestedAt: c.lastTestedAt,
      lastTestOutcome: c.lastTestOutcome,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}

export class NetworkChannelPageDto extends PageMetaDto {
  @ApiProperty({ type: [NetworkChannelDto] })
  items: NetworkChannelDto[];
}

export class TestPostResultDto {
  @ApiProperty({ enum: ['sent', 'transient', 'permanent'], example: 'sent', description: '`transient`: try again later; `permanent`: fix the channel' })
  outcome: TestOutcome;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 200, description: "The receiver's HTTP status, when it answered" })
  status: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: null, description: 'Failure code: HTTP_404, TIMEOUT, DNS, CONNECTION, HOST_BLOCKED…' })
  code: string | null;

  @ApiProperty({ example: 'The test post was accepted' })
  message: string;

  @ApiPropertyOptional({ nullable: true, type: Number, example: null, description: 'The wait the receiver asked for (Retry-After), in ms' })
  retryAfterMs: number | null;
}
