import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A language of the console and of account emails. */
export type UserLocale = 'fr' | 'en';
export const USER_LOCALES: readonly UserLocale[] = ['fr', 'en'];

/** A person who signs in to the console; their role is per workspace (Membership). */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique whatever its case (`lower(email)` index); stored as first given. */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** Null while the person never chose one: the console follows their browser then. */
  @Column('text', { nullable: true })
  locale: UserLocale | null;

  /** argon2id (PHC string); null while no password was ever set. */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { nullable: true })
  lastSignInAt: Date | null;
}
