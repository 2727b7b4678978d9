import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NetworkChannelKind } from './network-channel-kind';

/** Where the results of a test post are kept: the outcome class, never the receiver's answer. */
export type TestOutcome = 'sent' | 'transient' | 'permanent';

@Entity('network_channels')
export class NetworkChannel {
  // Chosen before insert: the sealed values are bound to it.
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: NetworkChannelKind;

  /** The webhook URL, sealed by SecretBox; the URL is the credential for Slack and Teams. */
  @Column('text')
  urlSealed: string;

  /** Scheme, host and last 4 characters, for display. */
  @Column('text')
  urlPreview: string;

  /** The HMAC signing secret (required for `webhook`), sealed by SecretBox. */
  @Column('text', { nullable: true })
  secretSealed: string | null;

  @Column('boolean')
  enabled: boolean;

  @Column('timestamptz', { nullable: true })
  lastTestedAt: Date | null;

  @Column('text', { nullable: true })
  lastTestOutcome: TestOutcome | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
