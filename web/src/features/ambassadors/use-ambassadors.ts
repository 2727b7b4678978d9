import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type AmbassadorPage = components['schemas']['AmbassadorPageDto'];
export type AmbassadorResults = components['schemas']['AmbassadorResultsDto'];
export type CampaignAmbassador = components['schemas']['CampaignAmbassadorDto'];
export type Poster = components['schemas']['PosterDto'];
export type PosterLocale = 'fr' | 'en';

export const ambassadorKeys = {
  page: (token: string) => ['ambassador-page', token] as const,
  list: (campaignId: string) => ['campaigns', 'ambassadors', campaignId] as const,
  poster: (campaignId: string, locale?: PosterLocale) => ['campaigns', 'poster', campaignId, locale] as const,
  linkBrand: (token: string) => ['ambassador-page', token, 'brand'] as const,
};

/** A link that is not (or no longer) valid: a 404, never worth retrying. */
export const isGoneLink = (error: unknown): boolean => isApiError(error) && error.status === 404;

// ---- The ambassador's own page (public, the token is the credential) ----------------------------

export const useAmbassadorPage = (token: string) =>
  useQuery({
    queryKey: ambassadorKeys.page(token),
    queryFn: async () => (await api.GET('/v1/ambassador-pages/{token}', { params: { path: { token } } })).data!,
    retry: (failures, error) => !isGoneLink(error) && failures < 2,
  });

/** Whose brand a link that no longer opens wears (only asked once the page answered 404). */
export const useLinkBrand = (token: string, enabled: boolean) =>
  useQuery({
    queryKey: ambassadorKeys.linkBrand(token),
    queryFn: async () => (await api.GET('/v1/ambassador-pages/{token}/brand', { params: { path: { token } } })).data!,
    enabled,
    retry: false,
  });

/** "I shared it": the page's results follow the answer. */
export function useRecordRelay(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.POST('/v1/ambassador-pages/{token}/shared', { params: { path: { token } } })).data!,
    onSuccess: (relay) => queryClient.setQueryData<AmbassadorPage>(ambassadorKeys.page(token), (page) => (page ? { ...page, results: relay.results } : page)),
  });
}

export function useLeaderboardOptOut(token: string) {
  const queryClient = useQueryClient();
  const set = (optOut: boolean) => queryClient.setQueryData<AmbassadorPage>(ambassadorKeys.page(token), (page) => (page ? { ...page, leaderboardOptOut: optOut } : page));
  return useMutation({
    mutationFn: async (optOut: boolean) => (await api.POST('/v1/ambassador-pages/{token}/leaderboard-opt-out', { params: { path: { token } }, body: { optOut } })).data!,
    // The switch moves at once; it moves back if the choice could not be saved.
    onMutate: (optOut) => set(optOut),
    onError: (_error, optOut) => set(!optOut),
    onSuccess: (choice) => set(choice.leaderboardOptOut),
  });
}

// ---- The DLM's side: links of a campaign's ambassadors, the poster --------------------------------

export const useCampaignAmbassadors = (campaignId: string, enabled = true) =>
  useQuery({
    queryKey: ambassadorKeys.list(campaignId),
    queryFn: async () => (await api.GET('/v1/campaigns/{id}/ambassadors', { params: { path: { id: campaignId } } })).data!,
    enabled,
  });

function useLinkAction(campaignId: string, action: 'issue' | 'revoke') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (learnerId: string) => {
      const params = { path: { id: campaignId, learnerId } };
      return action === 'issue'
        ? (await api.POST('/v1/campaigns/{id}/ambassadors/{learnerId}/link', { params })).data!
        : (await api.DELETE('/v1/campaigns/{id}/ambassadors/{learnerId}/link', { params })).data!;
    },
    onSuccess: (row) =>
      queryClient.setQueryData<CampaignAmbassador[]>(ambassadorKeys.list(campaignId), (rows) => rows?.map((r) => (r.learnerId === row.learnerId ? row : r))),
  });
}

export const useIssueLink = (campaignId: string) => useLinkAction(campaignId, 'issue');
export const useRevokeLink = (campaignId: string) => useLinkAction(campaignId, 'revoke');

export const usePoster = (campaignId: string, locale: PosterLocale) =>
  useQuery({
    queryKey: ambassadorKeys.poster(campaignId, locale),
    queryFn: async () => (await api.GET('/v1/campaigns/{id}/poster', { params: { path: { id: campaignId }, query: { locale } } })).data!,
    placeholderData: (previous) => previous,
    retry: (failures, error) => !isGoneLink(error) && failures < 2,
  });
