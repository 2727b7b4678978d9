import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import type { Role } from '../auth/workspace-context';

export type Course = components['schemas']['CourseDto'];
/** A course as the list answers it, with its sessions summed up. */
export type ListedCourse = components['schemas']['CourseListItemDto'];
export type CourseInput = components['schemas']['CreateCourseDto'];
export type CourseSession = components['schemas']['SessionDto'];
export type SessionInput = components['schemas']['CreateSessionDto'];
export type SessionPatch = components['schemas']['UpdateSessionDto'];
export type Enrollment = components['schemas']['EnrollmentDto'];
export type EnrollmentStatus = Enrollment['status'];
/** The answer to an enrolment request: the enrolment and what the request did to it. */
export type EnrollmentResult = components['schemas']['EnrollmentResultDto'];
export type Modality = Course['modality'];
export type Campaign = components['schemas']['CampaignDto'];
export type SessionChangePreview = components['schemas']['SessionChangePreviewDto'];

export const MODALITIES: Modality[] = ['in_person', 'e_learning', 'blended', 'virtual_classroom', 'mooc', 'spoc', 'serious_game', 'social_learning'];
export const ENROLLMENT_STATUSES: EnrollmentStatus[] = ['invited', 'enrolled', 'started', 'completed', 'dropped'];

/** Courses, sessions and enrolments are written by admins and planners (the api's @Roles(Planner)). */
export const canPlan = (role: Role): boolean => role === 'admin' || role === 'planner';

// A course's page lists its sessions in one page: plenty for a course.
const SESSIONS_PER_COURSE = 200;

export const courseKeys = {
  all: ['courses'] as const,
  list: (q: string) => ['courses', 'list', q] as const,
  course: (id: string) => ['courses', 'course', id] as const,
  sessions: (courseId: string) => ['courses', 'sessions', courseId] as const,
  session: (id: string) => ['courses', 'session', id] as const,
  sessionEnrollments: (sessionId: string) => ['courses', 'enrollments', sessionId] as const,
  enrollments: (sessionId: string, statuses: string[]) => ['courses', 'enrollments', sessionId, statuses.join(',')] as const,
  sessionCampaigns: (sessionId: string) => ['courses', 'session-campaigns', sessionId] as const,
  changePreview: (sessionId: string, body: SessionPatch | null) => ['courses', 'change-preview', sessionId, JSON.stringify(body)] as const,
};

export const useCourses = (q: string) =>
  useInfiniteQuery({
    queryKey: courseKeys.list(q),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (await api.GET('/v1/courses', { params: { query: { ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) } } })).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useCourse = (id: string) =>
  useQuery({ queryKey: courseKeys.course(id), queryFn: async () => (await api.GET('/v1/courses/{id}', { params: { path: { id } } })).data! });

/** A course's sessions, soonest first (one page of up to 200). */
export const useSessions = (courseId: string) =>
  useQuery({
    queryKey: courseKeys.sessions(courseId),
    queryFn: async () =>
      (await api.GET('/v1/courses/{id}/sessions', { params: { path: { id: courseId }, query: { limit: SESSIONS_PER_COURSE } } })).data!,
  });

export const useSession = (id: string) =>
  useQuery({ queryKey: courseKeys.session(id), queryFn: async () => (await api.GET('/v1/sessions/{id}', { params: { path: { id } } })).data! });

/** The campaigns built on a session: what a reschedule moves and a cancellation stops. */
export const useSessionCampaigns = (sessionId: string, enabled = true) =>
  useQuery({
    queryKey: courseKeys.sessionCampaigns(sessionId),
    enabled,
    queryFn: async () => (await api.GET('/v1/campaigns', { params: { query: { sessionId, limit: 200 } } })).data!,
  });

/**
 * What a reschedule or a cancellation would do, counted by the api without doing it: people told by
 * email, posts corrected, steps moved or skipped. Asked for when a confirmation opens (null: none).
 */
export const useSessionChangePreview = (sessionId: string, body: SessionPatch | null) =>
  useQuery({
    queryKey: courseKeys.changePreview(sessionId, body),
    enabled: body !== null,
    staleTime: 0,
    retry: false,
    queryFn: async () => (await api.POST('/v1/sessions/{id}/change-preview', { params: { path: { id: sessionId } }, body: body! })).data!,
  });

export const useEnrollments = (sessionId: string, statuses: EnrollmentStatus[]) =>
  useInfiniteQuery({
    queryKey: courseKeys.enrollments(sessionId, statuses),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await api.GET('/v1/sessions/{id}/enrollments', {
          params: { path: { id: sessionId }, query: { ...(statuses.length ? { status: statuses } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
          querySerializer: { array: { style: 'form', explode: false } },
        })
      ).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

function useCoursesMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: courseKeys.all }) });
}

export const useSaveCourse = () =>
  useCoursesMutation(async ({ id, body }: { id?: string; body: CourseInput }) =>
    id
      ? (await api.PATCH('/v1/courses/{id}', { params: { path: { id } }, body })).data!
      : (await api.POST('/v1/courses', { body })).data!,
  );

export const useDeleteCourse = () =>
  useCoursesMutation(async ({ id, force }: { id: string; force: boolean }) => {
    await api.DELETE('/v1/courses/{id}', { params: { path: { id }, query: force ? { force: 'true' } : {} } });
  });

export const useCreateSession = (courseId: string) =>
  useCoursesMutation(async (body: SessionInput) => (await api.POST('/v1/courses/{id}/sessions', { params: { path: { id: courseId } }, body })).data!);

export const useUpdateSession = () =>
  useCoursesMutation(async ({ id, body }: { id: string; body: SessionPatch }) => (await api.PATCH('/v1/sessions/{id}', { params: { path: { id } }, body })).data!);

export const useCancelSession = () =>
  useCoursesMutation(async ({ id, reason }: { id: string; reason: string }) =>
    (await api.POST('/v1/sessions/{id}/cancel', { params: { path: { id } }, body: reason.trim() ? { cancellationReason: reason.trim() } : {} })).data!,
  );

export const useChangeEnrollment = () =>
  useCoursesMutation(async ({ id, status }: { id: string; status: EnrollmentStatus }) =>
    (await api.PATCH('/v1/enrollments/{id}', { params: { path: { id } }, body: { status } })).data!,
  );

export const useEnrol = (sessionId: string) =>
  useCoursesMutation(async (body: { learnerId?: string; email?: string; externalId?: string; status: EnrollmentStatus }): Promise<EnrollmentResult> =>
    (await api.POST('/v1/sessions/{id}/enrollments', { params: { path: { id: sessionId } }, body })).data!,
  );

/** Campaigns a session change reaches: launched ones (drafts plan nothing yet) that have not ended. */
export function activeCampaigns(campaigns: Campaign[]): Campaign[] {
  return campaigns.filter((c) => c.status === 'scheduled' || c.status === 'running' || c.status === 'paused');
}
