import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EnrollmentStatus } from '../../common/enums';

@Entity('enrollments')
export class Enrollment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  sessionId: string;

  /** Denormalised from the session so that course-level segment conditions need no join. */
  @Column('uuid')
  courseId: string;

  @Column('uuid')
  learnerId: string;

  @Column('text')
  status: EnrollmentStatus;

  /** Where the last change came from: api, csv, lms, xapi. */
  @Column('text')
  source: string;

  @Column('timestamptz', { nullable: true })
  invitedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  enrolledAt: Date | null;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  droppedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
