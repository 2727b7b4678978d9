import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import { tidyTranslations } from '../../common/i18n/localised-content';
import { COURSE_TEXT_FIELDS, type Course, type CourseTranslation } from './course.entity';
import { CourseErrors } from './courses.errors';
import { type CourseFilter, type CourseValues, CoursesRepository } from './courses.repository';
import type { CreateCourseDto, ListCoursesQueryDto, UpdateCourseDto } from './dto/course.dto';
import { type CourseSessionSummary, SessionsRepository } from './sessions.repository';
import { normaliseSkills } from './skills';

const DEFAULT_LIMIT = 50;

@Injectable()
export class CoursesService {
  constructor(
    private readonly repository: CoursesRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  async create(workspaceId: string, input: CreateCourseDto): Promise<Course> {
    const values: CourseValues = {
      code: input.code?.trim() ?? null,
      title: input.title.trim(),
      description: input.description ?? null,
      modality: input.modality,
      durationMinutes: input.durationMinutes ?? null,
      lmsUrl: input.lmsUrl ?? null,
      skills: normaliseSkills(input.skills ?? []),
      translations: tidyCourseTranslations(input.translations ?? []),
    };
    return this.translateConflicts(values.code, () => this.repository.insert(workspaceId, values));
  }

  async get(workspaceId: string, id: string): Promise<Course> {
    const course = await this.repository.find(workspaceId, id);
    if (!course) throw CourseErrors.notFound();
    return course;
  }

  /** A page of courses, each with what a list shows of its sessions (so a list needs no call per course). */
  async list(workspaceId: string, query: ListCoursesQueryDto): Promise<Page<Course & CourseSessionSummary>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filter: CourseFilter = { modality: query.modality, q: query.q?.trim() || undefined, limit };
    if (query.cursor) filter.after = decodeCursor(query.cursor);
    const rows = await this.repository.list(workspaceId, filter);
    const page = toPage(rows, limit, (r) => ({ key: r.key, id: r.course.id }), (r) => r.course);
    const summaries = await this.sessions.summariesFor(workspaceId, page.items.map((c) => c.id), new Date());
    return { ...page, items: page.items.map((course) => ({ ...course, ...(summaries.get(course.id) ?? { scheduledSessions: 0, nextSession: null }) })) };
  }

  async update(workspaceId: string, id: string, input: UpdateCourseDto): Promise<Course> {
    const values: Partial<CourseValues> = {};
    if (input.code !== undefined) values.code = input.code?.trim() ?? null;
    if (input.title !== undefined) values.title = input.title.trim();
    if (input.description !== undefined) values.description = input.description;
    if (input.modality !== undefined) values.modality = input.modality;
    if (input.durationMinutes !== undefined) values.durationMinutes = input.durationMinutes;
    if (input.lmsUrl !== undefined) values.lmsUrl = input.lmsUrl;
    if (input.skills !== undefined) values.skills = normaliseSkills(input.skills);
    if (input.translations !== undefined) values.translations = tidyCourseTranslations(input.translations);
    const course = await this.translateConflicts(values.code ?? null, () => this.repository.update(workspaceId, id, values));
    if (!course) throw CourseErrors.notFound();
    return course;
  }

  /**
   * Deletes a course with its sessions. Enrolments are learning history that segments and reports
   * rely on, so a course that has some is only deleted when the caller insists (`force`).
   */
  async delete(workspaceId: string, id: string, force: boolean): Promise<void> {
    await this.repository.transaction(async (manager) => {
      if (!(await this.repository.lock(manager, workspaceId, id))) throw CourseErrors.notFound();
      const enrollments = await this.repository.countEnrollments(manager, workspaceId, id);
      if (enrollments > 0 && !force) throw CourseErrors.hasEnrollments(enrollments);
      try {
        await this.repository.delete(manager, workspaceId, id);
      } catch (error) {
        // Campaigns reference courses and sessions with ON DELETE RESTRICT.
        if (driverErrorOf(error)?.code === '23503') throw CourseErrors.inUse();
        throw error;
      }
    });
  }

  private async translateConflicts<T>(code: string | null, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const driverError = driverErrorOf(error);
      if (code !== null && driverError?.code === '23505' && driverError.constraint === 'courses_workspace_code_key') {
        throw CourseErrors.codeTaken(code);
      }
      throw error;
    }
  }
}

function tidyCourseTranslations(entries: CourseTranslation[]): CourseTranslation[] {
  return tidyTranslations(entries, COURSE_TEXT_FIELDS, (field, value) => (field === 'skills' ? normaliseSkills(value as string[]) : value));
}

function driverErrorOf(error: unknown): { code?: string; constraint?: string } | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
}
