import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser. Its id is the SHA-256 of the cookie value, which is never stored. */
@Entity('sessions')
export class Session {
  @PrimaryColumn('text')
  id: string;

  @Column('uuid')
  userId: string;

  /** Sent back in `X-CSRF-Token` on every cookie-authenticated write. */
  @Column('text')
  csrfToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  /** The absolute end (30 days after sign-in); the idle timeout is counted from lastSeenAt. */
  @Column('timestamptz')
  expiresAt: Date;
}
