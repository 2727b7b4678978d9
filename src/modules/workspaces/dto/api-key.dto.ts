import { PageMetaDto } from '../../../common/pagination/cursor';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Role } from '../../../common/enums';
import type { ApiKey } from '../api-key.entity';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Comms team' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: Role, example: Role.Editor })
  @IsEnum(Role)
  role: Role;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Comms team' })
  name: string;

  @ApiProperty({ enum: Role })
  role: Role;

  @ApiProperty({ example: 'clk_3fa85f64', description: 'First characters of the key, to recognise it' })
  prefix: string;

  @ApiProperty()
  createdAt: Date;

  @ApiPropertyOptional({ nullable: true, type: Date })
  lastUsedAt: Date | null;

  @ApiPropertyOptional({ nullable: true, type: Date })
  revokedAt: Date | null;

  static from(k: ApiKey): ApiKeyDto {
    return { id: k.id, name: k.name, role: k.role, prefix: k.prefix, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, revokedAt: k.revokedAt };
  }
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself. Shown once: store it now.', example: 'clk_3fa85f64_Jx…' })
  key: string;
}

export class ListApiKeysQueryDto extends PageQueryDto {}

export class ApiKeyPageDto extends PageMetaDto {
  @ApiProperty({ type: [ApiKeyDto] })
  items: ApiKeyDto[];
}
