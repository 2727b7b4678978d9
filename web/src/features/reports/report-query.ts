import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';

// The report's query and keys, apart from the screen: the route prefetches the report with them
// while the screen's code downloads.

export const reportKeys = {
  all: ['reports'] as const,
  report: (id: string) => ['reports', id] as const,
  learners: (id: string, s: { stage: string; notStage?: string; dimension?: string; key?: string | null }) => ['reports', id, 'learners', s.stage, s.notStage ?? '', s.dimension ?? '', s.key ?? null] as const,
};

// Reports are heavy work the api limits per workspace (429 with Retry-After): wait as told, a few times.
export const retryBusy = (failures: number, error: unknown) => isApiError(error) && (error.status === 429 || error.status === 503) && failures < 4;
export const retryAfter = (failures: number, error: unknown) => (isApiError(error) && error.retryAfter ? error.retryAfter * 1000 : 500 * 2 ** failures);

/** The report's query, also prefetched by the route while the screen's code downloads. */
export const reportQuery = (campaignId: string) => ({
  queryKey: reportKeys.report(campaignId),
  retry: retryBusy,
  retryDelay: retryAfter,
  queryFn: async ({ signal }: { signal: AbortSignal }) => (await api.GET('/v1/campaigns/{id}/report', { params: { path: { id: campaignId } }, signal })).data!,
});
