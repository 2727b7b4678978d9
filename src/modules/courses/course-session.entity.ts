import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SessionStatus } from '../../common/enums';

@Entity('course_sessions')
export class CourseSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  courseId: string;

  @Column('text', { nullable: true })
  title: string | null;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column('timestamptz', { nullable: true })
  enrolBy: Date | null;

  @Column('integer', { nullable: true })
  capacity: number | null;

  @Column('text', { nullable: true })
  location: string | null;

  @Column('text', { nullable: true })
  meetingUrl: string | null;

  /** The session's own IANA zone, used to show its times where it takes place. */
  @Column('text')
  timeZone: string;

  @Column('text')
  status: SessionStatus;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Column('text', { nullable: true })
  cancellationReason: string | null;

  /** SEQUENCE of the session's calendar invites: raised by each reschedule that changes them, and by the cancellation. */
  @Column('integer', { default: 0 })
  inviteSequence: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
