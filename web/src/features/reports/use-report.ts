import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { reportKeys, reportQuery, retryAfter, retryBusy } from './report-query';

export { reportKeys };

export type Report = components['schemas']['CampaignReportDto'];
export type Funnel = components['schemas']['FunnelDto'];
export type Rates = components['schemas']['RatesDto'];
export type BreakdownRow = components['schemas']['BreakdownRowDto'];
export type AbTest = components['schemas']['AbTestDto'];
export type PostRow = components['schemas']['PostReportDto'];
export type ReportLearner = components['schemas']['ReportLearnerDto'];
export type Stage = ReportLearner['stages'][number];
export type RetargetResult = components['schemas']['RetargetSegmentResultDto'];
type LearnersQuery = NonNullable<components['schemas']['RetargetSegmentDto']>;
export type Dimension = NonNullable<LearnersQuery['dimension']>;

/** The funnel stages, in their order. */
export const FUNNEL_STAGES = ['targeted', 'sent', 'delivered', 'opened', 'clicked', 'enrolled', 'started', 'completed'] as const satisfies ReadonlyArray<keyof Funnel & Stage>;
export const ALL_STAGES: Stage[] = ['targeted', 'sent', 'delivered', 'opened', 'machineOpened', 'clicked', 'enrolled', 'started', 'completed', 'reachedEnrolled', 'reachedStarted', 'reachedCompleted'];
export const BREAKDOWNS = ['step', 'channel', 'variant', 'persona', 'department', 'site'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Which learners a drill-down lists: a stage (not another), in the whole campaign or one group of a breakdown. */
export interface Selection {
  stage: Stage;
  notStage?: Stage;
  dimension?: Dimension;
  /** The group's key; null for the group without a value. */
  key?: string | null;
  /** What the group is called on screen. */
  label?: string;
}

export const useReport = (campaignId: string) => useQuery(reportQuery(campaignId));

/** The selection as the api's query parameters. */
export function selectionQuery(s: Selection) {
  return {
    stage: s.stage,
    ...(s.notStage ? { notStage: s.notStage } : {}),
    ...(s.dimension ? { dimension: s.dimension } : {}),
    ...(s.dimension && s.key !== null && s.key !== undefined ? { key: s.key } : {}),
    ...(s.dimension && (s.key === null || s.key === undefined) ? { keyNull: 'true' as const } : {}),
  };
}

export const useReportLearners = (campaignId: string, selection: Selection | null) =>
  useInfiniteQuery({
    queryKey: selection ? reportKeys.learners(campaignId, selection) : ['reports', campaignId, 'learners', 'none'],
    enabled: selection !== null,
    retry: retryBusy,
    retryDelay: retryAfter,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      (
        await api.GET('/v1/campaigns/{id}/report/learners', {
          params: { path: { id: campaignId }, query: { ...selectionQuery(selection!), limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        })
      ).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useRetarget = (campaignId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ selection, name }: { selection: Selection; name: string }) =>
      (
        await api.POST('/v1/campaigns/{id}/report/learners/segment', {
          params: { path: { id: campaignId } },
          body: { name, stage: selection.stage, notStage: selection.notStage, dimension: selection.dimension, ...(selection.dimension ? { key: selection.key ?? null } : {}) },
        })
      ).data!,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['segments'] }),
  });
};

/** Downloads a CSV the api makes (it needs the workspace header, so no plain link), under `fileName` or else the api's file name. */
export async function downloadCsv(path: '/v1/campaigns/{id}/report.csv' | '/v1/campaigns/{id}/report/learners.csv', campaignId: string, query: Record<string, string>, fileName?: string): Promise<void> {
  const { data, response } = await (path === '/v1/campaigns/{id}/report.csv'
    ? api.GET(path, { params: { path: { id: campaignId }, query: query as { locale?: 'fr' | 'en' } }, parseAs: 'blob' })
    : api.GET(path, { params: { path: { id: campaignId }, query: query as unknown as ReturnType<typeof selectionQuery> }, parseAs: 'blob' }));
  const name = fileName ?? /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'export.csv';
  const url = URL.createObjectURL(data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
