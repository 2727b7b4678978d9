import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type Persona = components['schemas']['PersonaDto'];
export type PersonaInput = components['schemas']['CreatePersonaDto'];
export type Channel = Persona['preferredChannels'][number];
export type Weekday = Persona['preferredDays'][number];

export const CHANNELS: Channel[] = ['email', 'post', 'talking_points'];
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const personaKeys = {
  all: (workspaceId: string) => ['personas', workspaceId] as const,
  list: (workspaceId: string) => ['personas', workspaceId, 'list'] as const,
  detail: (workspaceId: string, id: string) => ['personas', workspaceId, 'detail', id] as const,
  assignmentPreview: (workspaceId: string, id: string) => ['personas', workspaceId, 'assignment-preview', id] as const,
};

export const usePersonas = (workspaceId: string) =>
  useInfiniteQuery({
    queryKey: personaKeys.list(workspaceId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => (await api.GET('/v1/personas', { params: { query: { limit: 50, ...(pageParam && { cursor: pageParam }) } } })).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const usePersona = (workspaceId: string, id: string) =>
  useQuery({
    queryKey: personaKeys.detail(workspaceId, id),
    queryFn: async () => (await api.GET('/v1/personas/{id}', { params: { path: { id } } })).data!,
  });

function usePersonasMutation<T, R>(workspaceId: string, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: personaKeys.all(workspaceId) });
      // A persona's name or members change what the rule builder's persona picker offers.
      await queryClient.invalidateQueries({ queryKey: ['rule-builder', 'personas'] });
    },
  });
}

export const useCreatePersona = (workspaceId: string) =>
  usePersonasMutation(workspaceId, async (body: PersonaInput) => (await api.POST('/v1/personas', { body })).data!);

export const useUpdatePersona = (workspaceId: string) =>
  usePersonasMutation(workspaceId, async ({ id, ...body }: Partial<PersonaInput> & { id: string }) =>
    (await api.PATCH('/v1/personas/{id}', { params: { path: { id } }, body })).data!,
  );

/** What assigning now would do (how many learners, taken from which personas); asked only while `enabled`. */
export const useAssignmentPreview = (workspaceId: string, id: string, enabled: boolean) =>
  useQuery({
    queryKey: personaKeys.assignmentPreview(workspaceId, id),
    enabled,
    staleTime: 0,
    queryFn: async () => (await api.GET('/v1/personas/{id}/assign/preview', { params: { path: { id } } })).data!,
  });

export const useAssignPersona = (workspaceId: string) =>
  usePersonasMutation(workspaceId, async ({ id }: { id: string }) => (await api.POST('/v1/personas/{id}/assign', { params: { path: { id } } })).data!);

export const useDeletePersona = (workspaceId: string) =>
  usePersonasMutation(workspaceId, async ({ id }: { id: string }) => {
    await api.DELETE('/v1/personas/{id}', { params: { path: { id } } });
  });
