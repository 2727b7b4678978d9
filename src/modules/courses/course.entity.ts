import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CourseModality } from '../../common/enums';
import type { Translation } from '../../common/i18n/localised-content';

/** The fields of a course written in each language. */
export const COURSE_TEXT_FIELDS = ['title', 'description', 'skills'] as const;
export type CourseTranslation = Translation<Pick<Course, 'title' | 'description' | 'skills'>, (typeof COURSE_TEXT_FIELDS)[number]>;

@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('text', { nullable: true })
  code: string | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  modality: CourseModality;

  @Column('integer', { nullable: true })
  durationMinutes: number | null;

  @Column('text', { nullable: true })
  lmsUrl: string | null;

  @Column('text', { array: true })
  skills: string[];

  /** Title, description and skills in other languages: `[{locale: 'en', title: '…'}]`. */
  @Column('jsonb')
  translations: CourseTranslation[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
