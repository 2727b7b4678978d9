import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A signing secret of LMS webhooks; at most two active per workspace, for rotation. */
@Entity('lms_webhook_secrets')
export class LmsWebhookSecret {
  // Chosen by the service before sealing: the id is part of the encryption context.
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** Sealed with SecretBox under `<workspace>:lms-webhook-secret:<id>`; never logged nor listed. */
  @Column('text')
  secretEncrypted: string;

  @Column('text')
  prefix: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
