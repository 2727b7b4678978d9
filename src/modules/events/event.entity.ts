import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EventKind } from './event-kind';

/** One fact of the append-only log that feeds the funnel report. Written by EventsRepository only. */
@Entity('events')
export class Event {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text')
  kind: EventKind;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('uuid', { nullable: true })
  learnerId: string | null;

  @Column('uuid', { nullable: true })
  deliveryId: string | null;

  @Column('uuid', { nullable: true })
  campaignId: string | null;

  @Column('uuid', { nullable: true })
  stepId: string | null;

  @Column('text', { nullable: true })
  channel: string | null;

  @Column('text', { nullable: true })
  variant: string | null;

  @Column('uuid', { nullable: true })
  courseId: string | null;

  @Column('uuid', { nullable: true })
  sessionId: string | null;

  @Column('uuid', { nullable: true })
  ambassadorId: string | null;

  @Column('integer', { nullable: true })
  linkIndex: number | null;

  @Column('boolean')
  machine: boolean;

  @Column('text')
  source: string;

  @Column('text')
  idempotencyKey: string;

  @Column('jsonb')
  data: Record<string, unknown>;
}
