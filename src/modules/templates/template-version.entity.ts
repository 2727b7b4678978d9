import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Variants } from './template-content';

/** One saved state of a template. Never updated (a database trigger refuses it). */
@Entity('template_versions')
export class TemplateVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  templateId: string;

  @Column('integer')
  version: number;

  @Column('text', { array: true })
  locales: string[];

  /** Content per locale; its shape depends on the template's channel. */
  @Column('jsonb')
  variants: Variants;

  /** Declared variables the content uses (`session.startsAt`). */
  @Column('text', { array: true })
  variables: string[];

  /** Who saved it: an API key, or a signed-in person (null for both: the command line). */
  @Column('uuid', { nullable: true })
  createdByKeyId: string | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
