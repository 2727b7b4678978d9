import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('learners')
export class Learner {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** The HR system's id; unique per workspace, the key of upserts and imports. */
  @Column('text')
  externalId: string;

  /** Stored lower-cased; unique per workspace. */
  @Column('text')
  email: string;

  @Column('text', { nullable: true })
  firstName: string | null;

  @Column('text', { nullable: true })
  lastName: string | null;

  @Column('text')
  locale: string;

  @Column('text')
  timeZone: string;

  @Column('text', { nullable: true })
  department: string | null;

  @Column('text', { nullable: true })
  jobTitle: string | null;

  @Column('text', { nullable: true })
  site: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column('text', { nullable: true })
  country: string | null;

  @Column('text', { nullable: true })
  managerExternalId: string | null;

  @Column('date', { nullable: true })
  hireDate: string | null;

  @Column('jsonb')
  attributes: Record<string, unknown>;

  @Column('uuid', { nullable: true })
  personaId: string | null;

  @Column('text', { nullable: true })
  networkHandle: string | null;

  @Column('boolean')
  consentEmail: boolean;

  @Column('boolean')
  consentNetwork: boolean;

  @Column('timestamptz', { nullable: true })
  unsubscribedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
