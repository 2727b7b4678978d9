import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';

export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: async (body: { email: string }) => {
      await api.POST('/v1/auth/password-reset', { body });
    },
  });

export const useConfirmPasswordReset = () =>
  useMutation({
    mutationFn: async (body: { token: string; password: string }) => {
      await api.POST('/v1/auth/password-reset/confirm', { body });
    },
  });
