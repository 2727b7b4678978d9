import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { applyLocale, type AppLocale } from '../../i18n';
import { authKeys, type Locale, type Session } from '../auth/use-session';

export interface ProfileChange {
  name?: string;
  locale?: Locale;
  currentPassword?: string;
  newPassword?: string;
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileChange) => (await api.PATCH('/v1/auth/me', { body })).data!,
    onSuccess: (user) =>
      queryClient.setQueryData<Session | null>(authKeys.session, (session) => (session ? { ...session, user: { ...session.user, ...user } } : session)),
  });
}

/** Switches the language at once; when signed in, also saves it on the user (a failure keeps the local choice). */
export function useChangeLocale(signedIn: boolean) {
  const update = useUpdateProfile();
  return (locale: AppLocale) => {
    void applyLocale(locale);
    if (signedIn) update.mutate({ locale });
  };
}
