import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { usePagedList } from '../../components/paged-list';
import type { Role } from '../auth/workspace-context';

/** A member of the workspace, or a pending invitation. */
export type WorkspaceUser = components['schemas']['PersonDto'];
export type InviteUserBody = components['schemas']['InviteUserDto'];

export const userKeys = {
  all: (workspaceId: string) => ['users', workspaceId] as const,
  list: (workspaceId: string) => ['users', workspaceId, 'list'] as const,
};

export const useUsers = (workspaceId: string) =>
  usePagedList(userKeys.list(workspaceId), async (cursor) => (await api.GET('/v1/users', { params: { query: cursor ? { cursor } : {} } })).data!);

function useUsersMutation<T>(workspaceId: string, run: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all(workspaceId) }),
  });
}

export const useInviteUser = (workspaceId: string) =>
  useUsersMutation(workspaceId, async (body: InviteUserBody) =>
    (await api.POST('/v1/users', { body })).data!,
  );

export const useChangeRole = (workspaceId: string) =>
  useUsersMutation(workspaceId, async ({ id, role }: { id: string; role: Role }) =>
    (await api.PATCH('/v1/users/{id}', { params: { path: { id } }, body: { role } })).data!,
  );

export const useRemoveUser = (workspaceId: string) =>
  useUsersMutation(workspaceId, async ({ id }: { id: string }) => {
    await api.DELETE('/v1/users/{id}', { params: { path: { id } } });
  });
