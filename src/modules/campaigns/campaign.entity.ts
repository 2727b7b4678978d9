import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CampaignLinks } from '../templates/message-facts';
import { CampaignStatus } from '../../common/enums';

export interface Sponsor {
  name: string;
  title?: string;
  quote?: string;
  photoUrl?: string;
}

/** The communication plan around one course session (or an evergreen course). */
@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('uuid')
  courseId: string;

  /** Null for an evergreen course campaign. */
  @Column('uuid', { nullable: true })
  sessionId: string | null;

  @Column('text')
  status: CampaignStatus;

  @Column('integer', { nullable: true })
  goalEnrolments: number | null;

  @Column('uuid', { nullable: true })
  brandKitId: string | null;

  @Column('text', { nullable: true })
  senderName: string | null;

  @Column('text', { nullable: true })
  senderEmail: string | null;

  @Column('text', { nullable: true })
  replyTo: string | null;

  @Column('jsonb', { nullable: true })
  sponsor: Sponsor | null;

  /** Learners who relay the campaign and receive talking points. */
  /** Where `links.enrol`, `links.survey`, `links.certificate` lead (a step may override them). */
  @Column('jsonb')
  links: CampaignLinks;

  @Column('uuid', { array: true })
  ambassadorIds: string[];

  @Column('uuid', { array: true })
  networkChannelIds: string[];

  /** Audience: learners in any of these segments (all learners when empty)… */
  @Column('uuid', { array: true })
  includeSegmentIds: string[];

  /** …and in none of these. */
  @Column('uuid', { array: true })
  excludeSegmentIds: string[];

  /** When false, launch refuses a step whose template lacks a locale of its audience. */
  @Column('boolean')
  allowLocaleFallback: boolean;

  @Column('timestamptz', { nullable: true })
  launchedAt: Date | null;

  /** The session's invite sequence this campaign's learners know (set at launch, raised by each change notice). */
  @Column('integer', { nullable: true })
  noticedSequence: number | null;

  @Column('timestamptz', { nullable: true })
  pausedAt: Date | null;

  /** The last resume: the failure rate that pauses a campaign counts what finished after it. */
  @Column('timestamptz', { nullable: true })
  resumedAt: Date | null;

  /** Why the campaign is in its status, when the engine put it there (auto-pause, session cancelled). */
  @Column('text', { nullable: true })
  statusReason: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
