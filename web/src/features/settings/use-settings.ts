import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { usePagedList } from '../../components/paged-list';
import type { components } from '../../api/schema';

export type WorkspaceRules = components['schemas']['WorkspaceDto'];
export type WorkspacePatch = components['schemas']['UpdateWorkspaceDto'];
export type ApiKey = components['schemas']['ApiKeyDto'];
export type CreatedApiKey = components['schemas']['CreatedApiKeyDto'];
export type NetworkChannel = components['schemas']['NetworkChannelDto'];
export type NetworkChannelInput = components['schemas']['CreateNetworkChannelDto'];
export type NetworkChannelPatch = components['schemas']['UpdateNetworkChannelDto'];
export type TestPostResult = components['schemas']['TestPostResultDto'];
export type WebhookSecret = components['schemas']['LmsWebhookSecretDto'];
export type CreatedWebhookSecret = components['schemas']['CreatedLmsWebhookSecretDto'];
export type Weekday = WorkspaceRules['allowedWeekdays'][number];

export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const settingsKeys = {
  workspace: ['settings', 'workspace'] as const,
  apiKeys: ['settings', 'api-keys'] as const,
  channels: ['settings', 'network-channels'] as const,
  webhookSecrets: ['settings', 'lms-webhook-secrets'] as const,
};

/** The workspace's rules and defaults (its zone is the default zone of new sessions). */
export const useWorkspaceRules = () =>
  useQuery({ queryKey: settingsKeys.workspace, queryFn: async () => (await api.GET('/v1/workspace')).data!, staleTime: 5 * 60_000 });

function useSettingsMutation<T, R>(key: readonly string[], run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useSaveWorkspaceRules = () =>
  useSettingsMutation(settingsKeys.workspace, async (body: WorkspacePatch) => (await api.PATCH('/v1/workspace', { body })).data!);

// Settings lists are mostly short: pages of the most the api gives (200), the next ones on "Load more".
const page = (cursor: string | undefined) => ({ limit: 200, ...(cursor ? { cursor } : {}) });

export const useApiKeys = () => usePagedList(settingsKeys.apiKeys, async (cursor) => (await api.GET('/v1/api-keys', { params: { query: page(cursor) } })).data!);

export const useCreateApiKey = () =>
  useSettingsMutation(settingsKeys.apiKeys, async (body: { name: string; role: ApiKey['role'] }) => (await api.POST('/v1/api-keys', { body })).data!);

export const useRevokeApiKey = () =>
  useSettingsMutation(settingsKeys.apiKeys, async (id: string) => {
    await api.DELETE('/v1/api-keys/{id}', { params: { path: { id } } });
  });

export const useNetworkChannels = () =>
  usePagedList(settingsKeys.channels, async (cursor) => (await api.GET('/v1/network-channels', { params: { query: page(cursor) } })).data!);

export const useSaveNetworkChannel = () =>
  useSettingsMutation(settingsKeys.channels, async ({ id, body }: { id?: string; body: NetworkChannelInput | NetworkChannelPatch }) =>
    id
      ? (await api.PATCH('/v1/network-channels/{id}', { params: { path: { id } }, body: body as NetworkChannelPatch })).data!
      : (await api.POST('/v1/network-channels', { body: body as NetworkChannelInput })).data!,
  );

export const useDeleteNetworkChannel = () =>
  useSettingsMutation(settingsKeys.channels, async (id: string) => {
    await api.DELETE('/v1/network-channels/{id}', { params: { path: { id } } });
  });

export const useTestNetworkChannel = () =>
  useSettingsMutation(settingsKeys.channels, async (id: string) => (await api.POST('/v1/network-channels/{id}/test', { params: { path: { id } } })).data!);

export const useWebhookSecrets = () =>
  usePagedList(settingsKeys.webhookSecrets, async (cursor) => (await api.GET('/v1/lms/webhook-secrets', { params: { query: page(cursor) } })).data!);

export const useCreateWebhookSecret = () =>
  useSettingsMutation(settingsKeys.webhookSecrets, async () => (await api.POST('/v1/lms/webhook-secrets')).data!);

export const useRevokeWebhookSecret = () =>
  useSettingsMutation(settingsKeys.webhookSecrets, async (id: string) => {
    await api.DELETE('/v1/lms/webhook-secrets/{id}', { params: { path: { id } } });
  });
