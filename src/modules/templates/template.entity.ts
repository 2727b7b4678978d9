import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Channel } from '../../common/enums';
import { Phase, TemplatePurpose } from './templates.enums';

/** A reusable message; its content lives in immutable versions. */
@Entity('templates')
export class Template {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** Set for templates installed from the starter library; keeps installation idempotent. */
  @Column('text', { nullable: true })
  starterKey: string | null;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  channel: Channel;

  @Column('text')
  purpose: TemplatePurpose;

  @Column('text')
  phase: Phase;

  @Column('integer')
  latestVersion: number;

  /** Set when archived: kept with its versions and history, hidden from the library. */
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
