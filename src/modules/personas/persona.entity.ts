import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Channel, Weekday } from '../../common/enums';

/** A learning persona: who a group of learners is, what moves them, and how to reach them. */
@Entity('personas')
export class Persona {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  summary: string | null;

  @Column('text', { nullable: true })
  behaviouralModel: string | null;

  @Column('text', { nullable: true })
  socialModel: string | null;

  @Column('text', { array: true })
  shortTermGoals: string[];

  @Column('text', { array: true })
  longTermGoals: string[];

  @Column('text', { array: true })
  needs: string[];

  @Column('text', { array: true })
  ambitions: string[];

  @Column('text', { array: true })
  objections: string[];

  /** Channels in order of preference. */
  @Column('text', { array: true })
  preferredChannels: Channel[];

  @Column('text', { array: true })
  preferredDays: Weekday[];

  /** Preferred local hour, `HH:MM`. */
  @Column('text', { nullable: true })
  preferredTime: string | null;

  @Column('text', { nullable: true })
  tone: string | null;

  /** A rule in the segment language; learners matching it are assigned this persona. */
  @Column('jsonb', { nullable: true })
  assignmentRule: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
