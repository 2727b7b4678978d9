import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VirtualColumn } from 'typeorm';
import type { CampaignLinks } from '../templates/message-facts';
import { EnrollmentCondition, MessageKind, StepAnchor, StepChannel, StepNotice, StepPhase } from '../../common/enums';

export interface StepVariant {
  /** `A`, `B`, … */
  key: string;
  templateVersionId: string;
  /** Relative weight of the split. */
  weight: number;
}

/** A reason a step could not be planned or sent, shown on the campaign until it clears. */
export interface StepProblem {
  code: string;
  message: string;
  /** The step could not be planned (retried each minute); otherwise it was planned with a caveat. */
  blocking?: boolean;
  since?: string;
  lastSeenAt?: string;
}

@Entity('campaign_steps')
export class CampaignStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  campaignId: string;

  @Column('integer')
  position: number;

  @Column('text')
  name: string;

  @Column('text')
  phase: StepPhase;

  @Column('text')
  anchor: StepAnchor;

  /** ISO 8601 duration relative to the anchor, e.g. `-P14D`. */
  @Column('text')
  offset: string;

  /** `HH:MM:SS` in each learner's zone, or null to send at anchor + offset exactly. */
  @Column('time', { nullable: true })
  localTime: string | null;

  @Column('text')
  channel: StepChannel;

  /** The pinned template version; variants, when present, pin their own. */
  @Column('uuid')
  templateVersionId: string;

  @Column('jsonb')
  variants: StepVariant[];

  @Column('uuid', { array: true })
  personaIds: string[];

  @Column('uuid', { nullable: true })
  segmentId: string | null;

  @Column('text', { nullable: true })
  enrollmentCondition: EnrollmentCondition | null;

  /** Essential steps are exempt from the frequency cap (a service step is never capped anyway). */
  @Column('boolean')
  essential: boolean;

  /** Service or promotional, over what the template's purpose implies; null: the purpose decides. */
  @Column('text', { nullable: true })
  messageKind: MessageKind | null;

  /**
   * The purpose of the step's template (variant A's with variants), read with the step so that its
   * effective kind follows a purpose changed later. Null when the version is gone.
   */
  @VirtualColumn({
    type: 'text',
    query: (step) => `SELECT t.purpose FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE v.id = ${step}.template_version_id`,
  })
  templatePurpose: string | null;
  /**
   * Whether its emails carry the session as a calendar invite (.ics); null = by the template's
   * purpose (on for invitations, welcomes and change notices).
   */
  @Column('boolean', { nullable: true })
  attachInvite: boolean | null;

  /** A change notice the engine added when the session was rescheduled or cancelled; null for the DLM's steps. */
  @Column('text', { nullable: true })
  notice: StepNotice | null;

  /** The session's invite sequence the notice tells about. */
  @Column('integer', { nullable: true })
  noticeSequence: number | null;

  /** Links of this step, over the campaign's. */
  @Column('jsonb')
  links: CampaignLinks;

  /** Auto-winner: the share of the audience that tests the variants; null = everyone gets a variant. */
  @Column('numeric', { nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  abTestFraction: number | null;

  /** ISO 8601 duration after the step's first sends when the winner is decided, e.g. `PT24H`. */
  @Column('text', { nullable: true })
  abDecideAfter: string | null;

  /** The winning variant key once decided; the rest of the audience then gets it. */
  @Column('text', { nullable: true })
  abWinner: string | null;

  @Column('timestamptz', { nullable: true })
  abDecidedAt: Date | null;

  /** When the rest of the audience was planned with the winning variant. */
  @Column('timestamptz', { nullable: true })
  abRestMaterializedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  anchorAt: Date | null;

  @Column('timestamptz', { nullable: true })
  materializedAt: Date | null;

  /** Why the engine could not plan the step (or planned it with a caveat); null when all is well. */
  @Column('jsonb', { nullable: true })
  problem: StepProblem | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
