import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BrandColors } from '../templates/render-context';
import type { BrandTranslation } from './brand-style';

/** The look and the sender of a workspace's emails; the email layout and partials draw on it. */
@Entity('brand_kits')
export class BrandKit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text')
  name: string;

  /** The kit used when a template or campaign names none; at most one per workspace. */
  @Column('boolean')
  isDefault: boolean;

  @Column('jsonb')
  colors: BrandColors;

  @Column('text', { nullable: true })
  logoUrl: string | null;

  @Column('text', { nullable: true })
  logoAlt: string | null;

  @Column('text')
  fontFamily: string;

  @Column('text')
  senderName: string;

  @Column('text')
  senderEmail: string;

  @Column('text', { nullable: true })
  replyTo: string | null;

  @Column('text', { nullable: true })
  footerText: string | null;

  @Column('text', { nullable: true })
  legalMention: string | null;

  /** The text fields in other languages: `[{locale: 'en', footerText: '…'}]`. */
  @Column('jsonb')
  translations: BrandTranslation[];

  /** Bumped on every change: compiled emails are cached per brand kit version. */
  @Column('integer')
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
