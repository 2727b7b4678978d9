import { ApiProperty } from '@nestjs/swagger';
import type { Workspace } from '../workspace.entity';

export class WorkspaceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Acme Learning' })
  name: string;

  @ApiProperty({ example: 'acme-learning' })
  slug: string;

  @ApiProperty({ example: 'fr' })
  defaultLocale: string;

  @ApiProperty({ example: 'Europe/Paris' })
  timeZone: string;

  @ApiProperty()
  createdAt: Date;

  static from(w: Workspace): WorkspaceDto {
    return { id: w.id, name: w.name, slug: w.slug, defaultLocale: w.defaultLocale, timeZone: w.timeZone, createdAt: w.createdAt };
  }
}
