import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { isApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { Channel } from './template-draft';

export type TemplateDetail = components['schemas']['TemplateDetailDto'];
export type SavedVersion = components['schemas']['VersionDto'];
export type ReviewStatus = SavedVersion['status'];
export type DraftRendering = components['schemas']['DraftRenderResultDto'];
export type CreateTemplateBody = components['schemas']['CreateTemplateDto'];
export type Campaign = components['schemas']['CampaignDto'];
export type Learner = components['schemas']['LearnerDto'];

export { canEditTemplates } from '../use-templates';

// Under the library's `['templates']` key, so saving here refreshes the library and template pages.
export const editorKeys = {
  template: (workspaceId: string, id: string) => ['templates', workspaceId, 'editor', id] as const,
  vocabulary: (channel: Channel) => ['templates', 'vocabulary', channel] as const,
  render: (workspaceId: string, key: string) => ['templates', workspaceId, 'render', key] as const,
  campaigns: (workspaceId: string) => ['campaigns', workspaceId, 'preview-as'] as const,
  audience: (workspaceId: string, campaignId: string, who: AudienceWho, q: string) => ['campaigns', workspaceId, campaignId, 'audience', who, q] as const,
};

export const PREVIEW_DEBOUNCE_MS = 250;

// Previews are heavy work the api limits per workspace (429 with Retry-After): wait as told, a few times.
const retryBusy = (failures: number, error: unknown) => isApiError(error) && (error.status === 429 || error.status === 503) && failures < 4;
const retryAfter = (failures: number, error: unknown) => (isApiError(error) && error.retryAfter ? error.retryAfter * 1000 : 500 * 2 ** failures);

export const useTemplateForEditor = (workspaceId: string, id: string) =>
  useQuery({
    queryKey: editorKeys.template(workspaceId, id),
    queryFn: async () => (await api.GET('/v1/templates/{id}', { params: { path: { id } } })).data!,
    // The form starts from what was loaded; a refetch in the background would not change it anyway.
    staleTime: Infinity,
  });

/** The variables, helpers and partials of a channel: the same for every workspace, kept. */
export const useVocabulary = (channel: Channel) =>
  useQuery({
    queryKey: editorKeys.vocabulary(channel),
    staleTime: Infinity,
    queryFn: async () => (await api.GET('/v1/templates/vocabulary', { params: { query: { channel } } })).data!,
  });

export interface PreviewOptions {
  locale: string;
  campaignId?: string;
  learnerId?: string;
}

/**
 * The draft rendered as it is typed: debounced, the request of a draft that changed since is
 * aborted, the previous rendering kept on screen while the next one loads. `draft` null: nothing to ask.
 * `templateId` with `version`: a saved version (what viewers see, through the preview every role may ask).
 */
export function useDraftRendering(workspaceId: string, request: { channel: Channel; variants: Record<string, unknown> } | null, options: PreviewOptions, saved?: { templateId: string; version: number }) {
  const wanted = request === null ? null : JSON.stringify({ ...request, ...options, saved });
  const [key] = useDebouncedValue(wanted, PREVIEW_DEBOUNCE_MS);
  const query = useQuery({
    queryKey: editorKeys.render(workspaceId, key ?? ''),
    enabled: key !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: retryBusy,
    retryDelay: retryAfter,
    queryFn: async ({ signal }): Promise<DraftRendering> => {
      const { saved: version, ...body } = JSON.parse(key!) as { channel: Channel; variants: Record<string, unknown>; saved?: { templateId: string; version: number } } & PreviewOptions;
      const { locale, campaignId, learnerId } = body;
      if (version) {
        const preview = (
          await api.POST('/v1/templates/{id}/preview', { params: { path: { id: version.templateId } }, body: { version: version.version, locale, campaignId, learnerId }, signal })
        ).data!;
        return { errors: [], variables: [], locale: preview.locale, subject: preview.subject, preheader: preview.preheader, html: preview.html, text: preview.text, post: preview.post };
      }
      return (await api.POST('/v1/templates/render', { body: { channel: body.channel, variants: body.variants, locale, campaignId, learnerId }, signal })).data!;
    },
  });
  return { ...query, updating: query.isFetching || key !== wanted };
}

export const usePreviewCampaigns = (workspaceId: string) =>
  useQuery({
    queryKey: editorKeys.campaigns(workspaceId),
    staleTime: 60_000,
    queryFn: async () => (await api.GET('/v1/campaigns', { params: { query: { limit: 100 } } })).data!.items,
  });

export type AudienceWho = 'audience' | 'ambassadors';

/** Learners of a campaign's audience (or its ambassadors) whose name, email or employee id contain `q`: whom to preview as. */
export function useAudienceSearch(workspaceId: string, campaignId: string | null, who: AudienceWho, q: string) {
  const [term] = useDebouncedValue(q.trim(), 250);
  return useQuery({
    queryKey: editorKeys.audience(workspaceId, campaignId ?? '', who, term),
    enabled: campaignId !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: async ({ signal }) =>
      (await api.GET('/v1/campaigns/{id}/audience', { params: { path: { id: campaignId! }, query: { who, limit: 20, ...(term && { q: term }) } }, signal })).data!.items,
  });
}

function useTemplatesMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['templates'] }) });
}

export const useCreateTemplate = () => useTemplatesMutation(async (body: CreateTemplateBody) => (await api.POST('/v1/templates', { body })).data!);

export const useSaveVersion = () =>
  useTemplatesMutation(async ({ id, variants }: { id: string; variants: Record<string, unknown> }) =>
    (await api.POST('/v1/templates/{id}/versions', { params: { path: { id } }, body: { variants } })).data!,
  );

export const useSubmitVersion = () =>
  useTemplatesMutation(async ({ id, version }: { id: string; version: number }) =>
    (await api.POST('/v1/templates/{id}/versions/{version}/submit', { params: { path: { id, version } }, body: {} })).data!,
  );
