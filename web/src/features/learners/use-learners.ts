import { keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { filtersOf, type LearnerSearch } from './learner-search';

export type Learner = components['schemas']['LearnerDto'];
export type LearnerFacets = components['schemas']['LearnerFacetsDto'];
export type TimelineEntry = components['schemas']['TimelineEntryDto'];
export type LearnerPatch = components['schemas']['UpdateLearnerDto'];

export const PAGE_SIZE = 50;

/** Every query key of the learners screens, by workspace (switching workspace drops them all). */
export const learnerKeys = {
  all: (workspaceId: string) => ['learners', workspaceId] as const,
  page: (workspaceId: string, search: LearnerSearch) => ['learners', workspaceId, 'page', search] as const,
  count: (workspaceId: string, filters: Omit<LearnerSearch, 'cursor'>) => ['learners', workspaceId, 'count', filters] as const,
  facets: (workspaceId: string) => ['learners', workspaceId, 'facets'] as const,
  detail: (workspaceId: string, id: string) => ['learners', workspaceId, 'detail', id] as const,
  timeline: (workspaceId: string, id: string) => ['learners', workspaceId, 'timeline', id] as const,
};

/** One page of learners for the search (filters and cursor): also what the learners route prefetches. */
export const learnersPageQuery = (workspaceId: string, search: LearnerSearch) =>
  queryOptions({
    queryKey: learnerKeys.page(workspaceId, search),
    queryFn: async ({ signal }) =>
      (await api.GET('/v1/learners', { params: { query: { ...search, limit: PAGE_SIZE } }, signal })).data!,
  });

/** The page of the search; the previous page stays shown while the next loads. */
export const useLearnersPage = (workspaceId: string, search: LearnerSearch) =>
  useQuery({ ...learnersPageQuery(workspaceId, search), placeholderData: keepPreviousData });

/**
 * How many learners match the filters: asked apart, so the table never waits for it. `enabled`
 * holds it back until the page is in, so the count (a scan of every match) does not compete with it.
 */
export const useLearnerCount = (workspaceId: string, search: LearnerSearch, enabled = true) => {
  const filters = filtersOf(search);
  return useQuery({
    queryKey: learnerKeys.count(workspaceId, filters),
    queryFn: async ({ signal }) => (await api.GET('/v1/learners/count', { params: { query: filters }, signal })).data!.count,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
};

/** The values to filter by (a pass over the workspace's learners); `enabled` as for the count. */
export const useLearnerFacets = (workspaceId: string, enabled = true) =>
  useQuery({
    queryKey: learnerKeys.facets(workspaceId),
    queryFn: async ({ signal }) => (await api.GET('/v1/learners/facets', { signal })).data!,
    staleTime: 60_000,
    enabled,
  });

/** Learners whose name, email or external id hold `q` (GET /v1/learners?q=), for pickers: off under two characters. */
export const useLearnerSearch = (workspaceId: string, q: string, limit = 10) =>
  useQuery({
    queryKey: [...learnerKeys.all(workspaceId), 'search', q, limit] as const,
    queryFn: async ({ signal }) => (await api.GET('/v1/learners', { params: { query: { q, limit } }, signal })).data!.items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useLearner = (workspaceId: string, id: string) =>
  useQuery({
    queryKey: learnerKeys.detail(workspaceId, id),
    queryFn: async ({ signal }) => (await api.GET('/v1/learners/{id}', { params: { path: { id } }, signal })).data!,
  });

export const useLearnerTimeline = (workspaceId: string, id: string) =>
  useInfiniteQuery({
    queryKey: learnerKeys.timeline(workspaceId, id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      (await api.GET('/v1/learners/{id}/timeline', { params: { path: { id }, query: pageParam ? { cursor: pageParam } : {} }, signal })).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** Changes some fields of a learner; the list, counts and filter values may all move with it. */
export const useUpdateLearner = (workspaceId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: LearnerPatch }) => (await api.PATCH('/v1/learners/{id}', { params: { path: { id } }, body })).data!,
    onSuccess: (learner) => queryClient.setQueryData(learnerKeys.detail(workspaceId, learner.id), learner),
    onSettled: () => queryClient.invalidateQueries({ queryKey: learnerKeys.all(workspaceId) }),
  });
};

/** Erases a learner (right to erasure): its page's queries are dropped, not fetched again into a 404. */
export const useEraseLearner = (workspaceId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/v1/learners/{id}', { params: { path: { id } } });
    },
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: learnerKeys.detail(workspaceId, id) });
      queryClient.removeQueries({ queryKey: learnerKeys.timeline(workspaceId, id) });
      void queryClient.invalidateQueries({ queryKey: learnerKeys.all(workspaceId) });
    },
  });
};
