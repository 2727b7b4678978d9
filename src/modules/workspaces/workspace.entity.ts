import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OpenTracking } from '../../common/enums';

@Entity('workspaces')
export class Workspace {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text')
  defaultLocale: string;

  @Column('text')
  timeZone: string;

  /** Quiet hours in each learner's zone (`HH:MM:SS`); both null when there are none. */
  @Column('time', { nullable: true })
  quietHoursStart: string | null;

  @Column('time', { nullable: true })
  quietHoursEnd: string | null;

  /** ISO weekdays (1 = Monday) on which messages may go out. */
  @Column('smallint', { array: true })
  allowedWeekdays: number[];

  /** Promotional messages per learner per rolling seven days, all campaigns together; 0 = no cap. */
  @Column('integer')
  frequencyCap: number;

  @Column('integer')
  emailRatePerSecond: number;

  /** Share of failed deliveries above which a campaign pauses itself. */
  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  failurePauseThreshold: number;

  /** Days after a click during which an enrolment is credited to the campaign. */
  @Column('integer')
  attributionWindowDays: number;

  /** Whether template versions need a planner's or an admin's approval before a step uses them. */
  @Column('boolean')
  templateApproval: boolean;

  /** Opens kept per learner (who opened which message), or only counted per step and variant (`open_counts`). */
  @Column('text')
  openTracking: OpenTracking;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
