import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../common/sql/escape-like';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CourseModality } from '../../common/enums';
import type { CursorPosition } from '../../common/pagination/cursor';
import { Course } from './course.entity';

export type CourseValues = Pick<Course, 'code' | 'title' | 'description' | 'modality' | 'durationMinutes' | 'lmsUrl' | 'skills' | 'translations'>;

export interface CourseFilter {
  modality?: CourseModality;
  q?: string;
  after?: CursorPosition;
  limit: number;
}

@Injectable()
export class CoursesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  insert(workspaceId: string, values: CourseValues): Promise<Course> {
    const repo = this.dataSource.getRepository(Course);
    return repo.save(repo.create({ ...values, workspaceId }));
  }

  find(workspaceId: string, id: string): Promise<Course | null> {
    return this.dataSource.getRepository(Course).findOneBy({ workspaceId, id });
  }

  /** Newest first; each course comes with its exact cursor key (created_at as text keeps the microseconds). */
  async list(workspaceId: string, filter: CourseFilter): Promise<{ course: Course; key: string }[]> {
    const qb = this.dataSource
      .getRepository(Course)
      .createQueryBuilder('c')
      .addSelect('c.created_at::text', 'cursor_key')
      .where('c.workspace_id = :workspaceId', { workspaceId });
    if (filter.modality) qb.andWhere('c.modality = :modality', { modality: filter.modality });
    if (filter.q) {
      qb.andWhere(`(c.title ILIKE :q ESCAPE '\\' OR c.code ILIKE :q ESCAPE '\\')`, { q: `%${escapeLike(filter.q)}%` });
    }
    if (filter.after) {
      qb.andWhere('(c.created_at, c.id) < (:key::timestamptz, :id::uuid)', { key: filter.after.key, id: filter.after.id });
    }
    const { entities, raw } = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_key: string }>();
    return entities.map((course, i) => ({ course, key: raw[i].cursor_key }));
  }

  async update(workspaceId: string, id: string, values: Partial<CourseValues>): Promise<Course | null> {
    if (Object.keys(values).length) await this.dataSource.getRepository(Course).update({ workspaceId, id }, values);
    return this.find(workspaceId, id);
  }

  async countEnrollments(manager: EntityManager, workspaceId: string, courseId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM enrollments WHERE workspace_id = $1 AND course_id = $2`, [workspaceId, courseId]);
    return row.n as number;
  }

  /** Locks the course so no session or enrolment is added while it is being deleted. */
  async lock(manager: EntityManager, workspaceId: string, id: string): Promise<boolean> {
    const rows = await manager.query(`SELECT id FROM courses WHERE workspace_id = $1 AND id = $2 FOR UPDATE`, [workspaceId, id]);
    return rows.length > 0;
  }

  async delete(manager: EntityManager, workspaceId: string, id: string): Promise<void> {
    await manager.getRepository(Course).delete({ workspaceId, id });
  }
}
