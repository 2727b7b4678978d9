import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type Segment = components['schemas']['SegmentDto'];
export type SegmentKind = Segment['kind'];
export type SegmentLearner = components['schemas']['SegmentLearnerDto'];
export type SegmentPreview = components['schemas']['SegmentPreviewDto'];
export interface SegmentInput {
  name: string;
  description: string | null;
  rule: Record<string, unknown>;
  kind: SegmentKind;
}

export const segmentKeys = {
  all: (workspaceId: string) => ['segments', workspaceId] as const,
  list: (workspaceId: string) => ['segments', workspaceId, 'list'] as const,
  detail: (workspaceId: string, id: string) => ['segments', workspaceId, 'detail', id] as const,
  learners: (workspaceId: string, id: string) => ['segments', workspaceId, 'learners', id] as const,
  preview: (workspaceId: string, rule: string) => ['segments', workspaceId, 'preview', rule] as const,
};

const PREVIEW_DEBOUNCE_MS = 400;

// Previews are heavy work the api limits per workspace (429 with Retry-After): wait as told, a few times.
const retryBusy = (failures: number, error: unknown) => isApiError(error) && (error.status === 429 || error.status === 503) && failures < 4;
const retryAfter = (failures: number, error: unknown) => (isApiError(error) && error.retryAfter ? error.retryAfter * 1000 : 500 * 2 ** failures);

export const useSegments = (workspaceId: string) =>
  useInfiniteQuery({
    queryKey: segmentKeys.list(workspaceId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => (await api.GET('/v1/segments', { params: { query: { limit: 50, ...(pageParam && { cursor: pageParam }) } } })).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useSegment = (workspaceId: string, id: string) =>
  useQuery({
    queryKey: segmentKeys.detail(workspaceId, id),
    queryFn: async () => (await api.GET('/v1/segments/{id}', { params: { path: { id } } })).data!,
  });

export const useSegmentLearners = (workspaceId: string, id: string) =>
  useInfiniteQuery({
    queryKey: segmentKeys.learners(workspaceId, id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (await api.GET('/v1/segments/{id}/learners', { params: { path: { id }, query: { limit: 25, ...(pageParam && { cursor: pageParam }) } } })).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/**
 * The count and sample of a rule as it is being edited: debounced, the request of a rule that
 * changed since is aborted (TanStack Query passes an AbortSignal and cancels unused queries), and
 * the previous answer stays on screen while the next one loads, so nothing flickers.
 * `rule` null: nothing to ask (the rule is incomplete).
 */
export function useSegmentPreview(workspaceId: string, rule: Record<string, unknown> | null) {
  const [key] = useDebouncedValue(rule === null ? null : JSON.stringify(rule), PREVIEW_DEBOUNCE_MS);
  const settled = key === (rule === null ? null : JSON.stringify(rule));
  const query = useQuery({
    queryKey: segmentKeys.preview(workspaceId, key ?? ''),
    enabled: key !== null,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    retry: retryBusy,
    retryDelay: retryAfter,
    queryFn: async ({ signal }) => (await api.POST('/v1/segments/preview', { body: { rule: JSON.parse(key!) as Record<string, unknown> }, signal })).data!,
  });
  return { ...query, updating: query.isFetching || !settled };
}

/** Runs at most `max` tasks at once; the others wait their turn. */
function limiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

// The list counts two dynamic segments at a time, leaving the workspace's other previews room.
const listCounts = limiter(2);

/** The count of a saved dynamic segment for the list, through the same preview (it counts now). */
export const useSegmentCount = (workspaceId: string, segment: Segment) =>
  useQuery({
    queryKey: segmentKeys.preview(workspaceId, JSON.stringify(segment.rule)),
    enabled: segment.kind === 'dynamic',
    staleTime: 60_000,
    retry: retryBusy,
    retryDelay: retryAfter,
    queryFn: ({ signal }) =>
      listCounts(async () => (await api.POST('/v1/segments/preview', { body: { rule: segment.rule as Record<string, unknown> }, signal })).data!),
  });

function useSegmentsMutation<T, R>(workspaceId: string, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      const segment = result as Segment | undefined;
      if (segment?.id) queryClient.setQueryData(segmentKeys.detail(workspaceId, segment.id), segment);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: segmentKeys.all(workspaceId) }),
  });
}

export const useCreateSegment = (workspaceId: string) =>
  useSegmentsMutation(workspaceId, async (body: SegmentInput) => (await api.POST('/v1/segments', { body })).data!);

export const useUpdateSegment = (workspaceId: string) =>
  useSegmentsMutation(workspaceId, async ({ id, ...body }: Partial<SegmentInput> & { id: string }) =>
    (await api.PATCH('/v1/segments/{id}', { params: { path: { id } }, body })).data!,
  );

export const useFreezeSegment = (workspaceId: string) =>
  useSegmentsMutation(workspaceId, async ({ id }: { id: string }) => (await api.POST('/v1/segments/{id}/freeze', { params: { path: { id } } })).data!);

export const useDeleteSegment = (workspaceId: string) =>
  useSegmentsMutation(workspaceId, async ({ id }: { id: string }) => {
    await api.DELETE('/v1/segments/{id}', { params: { path: { id } } });
  });
