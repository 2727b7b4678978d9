import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Channel, DeliveryStatus } from '../../common/enums';

/** One message to one learner for one step (or one post to one network channel). */
@Entity('deliveries')
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  campaignId: string;

  @Column('uuid')
  stepId: string;

  @Column('uuid', { nullable: true })
  learnerId: string | null;

  @Column('uuid', { nullable: true })
  networkChannelId: string | null;

  @Column('text')
  channel: Channel;

  @Column('text', { nullable: true })
  variant: string | null;

  @Column('uuid')
  templateVersionId: string;

  @Column('boolean')
  promotional: boolean;

  @Column('text')
  status: DeliveryStatus;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('integer')
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz')
  scheduledAt: Date;

  @Column('timestamptz', { nullable: true })
  leaseUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('text', { nullable: true })
  messageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
