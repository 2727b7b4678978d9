import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { adoptSession, authKeys } from '../auth/use-session';

export type Invitation = components['schemas']['InvitationDto'];
export type AcceptInvitationBody = components['schemas']['AcceptInvitationDto'];

export const useInvitation = (token: string) =>
  useQuery({
    queryKey: authKeys.invitation(token),
    queryFn: async () => (await api.GET('/v1/auth/invitations/{token}', { params: { path: { token } } })).data!,
  });

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AcceptInvitationBody) =>
      (await api.POST('/v1/auth/invitations/{token}/accept', { params: { path: { token } }, body })).data!,
    onSuccess: (session, _body) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session, adoptSession(session));
    },
  });
}
