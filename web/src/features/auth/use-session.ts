import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { sessionState } from '../../api/session-state';
import { applyLocale, isLocale } from '../../i18n';

export type Session = components['schemas']['AuthSessionDto'];
/** A language a person can choose (their saved one is null until they do). */
export type Locale = NonNullable<components['schemas']['SessionUserDto']['locale']>;

export const authKeys = {
  session: ['auth', 'session'] as const,
  invitation: (token: string) => ['auth', 'invitation', token] as const,
};

/** Remembers what the client must send with the session, and follows the user's saved language (none saved: the browser's stays). */
export function adoptSession(session: Session | null): Session | null {
  sessionState.setCsrfToken(session?.csrfToken ?? null);
  if (session) {
    const ids = session.workspaces.map((w) => w.id);
    const current = sessionState.workspaceId();
    if (!current || !ids.includes(current)) sessionState.setWorkspaceId(ids[0] ?? null);
    if (isLocale(session.user.locale)) void applyLocale(session.user.locale);
  }
  return session;
}

async function fetchSession(): Promise<Session | null> {
  try {
    const { data } = await api.GET('/v1/auth/session');
    return adoptSession(data ?? null);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return adoptSession(null);
    throw error;
  }
}

/** The signed-in person, or null; one query for the whole console. */
export const sessionQuery = queryOptions({ queryKey: authKeys.session, queryFn: fetchSession, staleTime: 5 * 60_000 });

export const useSession = () => useQuery(sessionQuery);

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string }) => (await api.POST('/v1/auth/sign-in', { body })).data!,
    onSuccess: (session) => {
      // Whatever a previous person had loaded belongs to them.
      queryClient.clear();
      queryClient.setQueryData(authKeys.session, adoptSession(session));
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.POST('/v1/auth/sign-out');
    },
    onSettled: () => {
      adoptSession(null);
      queryClient.clear();
      queryClient.setQueryData(authKeys.session, null);
    },
  });
}
