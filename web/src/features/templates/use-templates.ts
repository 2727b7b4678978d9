import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import type { Role } from '../auth/workspace-context';
import type { TemplateSearch } from './template-search';

export type ListedTemplate = components['schemas']['TemplateDto'];
export type TemplateDetail = components['schemas']['TemplateDetailDto'];
export type TemplateVersion = components['schemas']['VersionDto'];
export type VersionSummary = components['schemas']['VersionSummaryDto'];
export type ReviewRecord = components['schemas']['ReviewRecordDto'];
export type ReviewStatus = TemplateVersion['status'];
export type Preview = components['schemas']['PreviewResultDto'];

/** Templates are written (and submitted for review) by editors, planners and admins. */
export const canEditTemplates = (role: Role): boolean => role === 'admin' || role === 'planner' || role === 'editor';
/** Planners and admins approve a version or send it back. */
export const canReview = (role: Role): boolean => role === 'admin' || role === 'planner';

export const templateKeys = {
  all: ['templates'] as const,
  list: (search: TemplateSearch) => ['templates', 'list', search] as const,
  template: (id: string) => ['templates', 'template', id] as const,
  version: (id: string, version: number) => ['templates', 'version', id, version] as const,
  preview: (id: string, version: number, locale: string) => ['templates', 'preview', id, version, locale] as const,
};

export const useTemplates = (search: TemplateSearch) =>
  useInfiniteQuery({
    queryKey: templateKeys.list(search),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await api.GET('/v1/templates', {
          params: { query: { ...search, ...(search.q ? { q: search.q.trim() } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        })
      ).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useTemplate = (id: string) =>
  useQuery({ queryKey: templateKeys.template(id), queryFn: async () => (await api.GET('/v1/templates/{id}', { params: { path: { id } } })).data! });

/** One version with its content; versions never change, so it is kept. */
export const useTemplateVersion = (id: string, version: number | null) =>
  useQuery({
    queryKey: templateKeys.version(id, version ?? 0),
    enabled: version !== null,
    staleTime: Infinity,
    queryFn: async () => (await api.GET('/v1/templates/{id}/versions/{version}', { params: { path: { id, version: version! } } })).data!,
  });

/** A version rendered with sample data in one locale (the workspace's brand kit). */
export const useTemplatePreview = (id: string, version: number, locale: string) =>
  useQuery({
    queryKey: templateKeys.preview(id, version, locale),
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => (await api.POST('/v1/templates/{id}/preview', { params: { path: { id } }, body: { version, locale }, signal })).data!,
  });

function useTemplatesMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }) });
}

export const useInstallStarters = () => useTemplatesMutation(async () => (await api.POST('/v1/templates/install-starters')).data!);

export const useRenameTemplate = () =>
  useTemplatesMutation(async ({ id, name, description }: { id: string; name: string; description: string | null }) =>
    (await api.PATCH('/v1/templates/{id}', { params: { path: { id } }, body: { name, description } })).data!,
  );

export const useDuplicateTemplate = () =>
  useTemplatesMutation(async ({ id, name }: { id: string; name?: string }) =>
    (await api.POST('/v1/templates/{id}/duplicate', { params: { path: { id } }, body: name ? { name } : {} })).data!,
  );

export const useArchiveTemplate = () =>
  useTemplatesMutation(async ({ id, archived }: { id: string; archived: boolean }) =>
    archived
      ? (await api.POST('/v1/templates/{id}/archive', { params: { path: { id } } })).data!
      : (await api.POST('/v1/templates/{id}/unarchive', { params: { path: { id } } })).data!,
  );

export const useRestoreVersion = () =>
  useTemplatesMutation(async ({ id, version }: { id: string; version: number }) =>
    (await api.POST('/v1/templates/{id}/versions/{version}/restore', { params: { path: { id, version } } })).data!,
  );

export type ReviewStep = 'submit' | 'approve' | 'request-changes';

export const useReviewStep = () =>
  useTemplatesMutation(async ({ id, version, step, comment }: { id: string; version: number; step: ReviewStep; comment: string }) => {
    const params = { path: { id, version } };
    const text = comment.trim();
    if (step === 'submit') return (await api.POST('/v1/templates/{id}/versions/{version}/submit', { params, body: text ? { comment: text } : {} })).data!;
    if (step === 'approve') return (await api.POST('/v1/templates/{id}/versions/{version}/approve', { params, body: text ? { comment: text } : {} })).data!;
    return (await api.POST('/v1/templates/{id}/versions/{version}/request-changes', { params, body: { comment: text } })).data!;
  });
