import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { sessionState } from '../../api/session-state';
import { adoptSession, authKeys, type Locale, type Session } from '../auth/use-session';

export type Invitation = components['schemas']['InvitationDto'];
export type AcceptInvitationBody = components['schemas']['AcceptInvitationDto'];

export const useInvitation = (token: string) =>
  useQuery({
    queryKey: authKeys.invitation(token),
    queryFn: async () => (await api.GET('/v1/auth/invitations/{token}', { params: { path: { token } } })).data!,
  });

/**
 * Accepts, which signs in. `pageLocale`: a new account keeps the language its person read this page
 * in, rather than the one the inviter chose for the email (the console then follows the account's).
 */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, pageLocale }: { body: AcceptInvitationBody; pageLocale?: Locale }): Promise<Session> => {
      const session = (await api.POST('/v1/auth/invitations/{token}/accept', { params: { path: { token } }, body })).data!;
      if (!pageLocale || session.user.locale === pageLocale) return session;
      sessionState.setCsrfToken(session.csrfToken);
      try {
        const user = (await api.PATCH('/v1/auth/me', { body: { locale: pageLocale } })).data!;
        return { ...session, user: { ...session.user, ...user } };
      } catch {
        return session; // signed in all the same; the language can be changed in the profile
      }
    },
    onSuccess: (session) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session, adoptSession(session));
    },
  });
}
