import { PageMetaDto } from '../../../common/pagination/cursor';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LmsWebhookSecret } from '../lms-webhook-secret.entity';

export class LmsWebhookSecretDto {
  @ApiProperty({ format: 'uuid', example: '3fa85f64-5717-4562-b3fc-2c963f66afa6' })
  id: string;

  @ApiProperty({ example: 'whsec_3fa85f', description: 'First characters of the secret, to recognise it' })
  prefix: string;

  @ApiProperty({ example: '2026-03-02T09:00:00.000Z' })
  createdAt: Date;

  @ApiPropertyOptional({ nullable: true, type: Date, example: null })
  revokedAt: Date | null;

  static from(s: LmsWebhookSecret): LmsWebhookSecretDto {
    return { id: s.id, prefix: s.prefix, createdAt: s.createdAt, revokedAt: s.revokedAt };
  }
}

export class CreatedLmsWebhookSecretDto extends LmsWebhookSecretDto {
  @ApiProperty({ description: 'The signing secret. Shown once: store it in the LMS now.', example: 'whsec_3fa85f64Jx…' })
  secret: string;
}

export class ListLmsWebhookSecretsQueryDto extends PageQueryDto {}

export class LmsWebhookSecretPageDto extends PageMetaDto {
  @ApiProperty({ type: [LmsWebhookSecretDto] })
  items: LmsWebhookSecretDto[];
}
