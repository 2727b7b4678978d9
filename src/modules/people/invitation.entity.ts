import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/enums';
import type { UserLocale } from './user.entity';

/** An invitation to join a workspace with a role; only the SHA-256 of its token is stored. */
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text')
  email: string;

  @Column('text')
  role: Role;

  /** Suggested name and locale for an account made by accepting it. */
  @Column('text', { nullable: true })
  name: string | null;

  @Column('text', { nullable: true })
  locale: UserLocale | null;

  @Column('text')
  tokenHash: string;

  @Column('uuid', { nullable: true })
  invitedByUserId: string | null;

  @Column('uuid', { nullable: true })
  invitedByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;
}
