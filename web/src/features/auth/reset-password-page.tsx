import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { applyApiError } from '../../components/api-form-error';
import { AuthForm } from './auth-form';
import { AuthFrame } from './auth-frame';
import { useConfirmPasswordReset } from './use-password-reset';
import { passwordProblem } from './validation';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: (v) => {
        const problem = passwordProblem(v);
        return problem ? t(problem) : null;
      },
      confirmation: (v, values) => (v === values.password ? null : t('validation.passwordMismatch')),
    },
  });

  if (!token) {
    return (
      <AuthFrame title={t('auth.reset.title')}>
        <Alert color="red" role="alert">
          {t('auth.reset.invalidLink')}
        </Alert>
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('auth.reset.askAgain')}
        </Anchor>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('auth.reset.title')} subtitle={done ? undefined : t('auth.reset.subtitle')}>
      {done ? (
        <Stack gap="md">
          <Alert color="green" role="status">
            {t('auth.reset.done')}
          </Alert>
          <Button onClick={() => void navigate({ to: '/sign-in', search: { redirect: undefined } })}>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      ) : (
        <AuthForm
          onSubmit={form.onSubmit(({ password }) => {
            setFormError(null);
            confirm.mutate(
              { token, password },
              {
                onSuccess: () => setDone(true),
                onError: (error) => {
                  // The token is the link itself: an expired or used one cannot be fixed in the form.
                  if (isApiError(error) && (error.code === 'AUTH.INVALID_RESET_TOKEN' || error.details.some((d) => d.path === 'token')))
                    setFormError(t('auth.reset.invalidLink'));
                  else setFormError(applyApiError(form, error, t));
                },
              },
            );
          })}
          error={formError}
          submitLabel={t('auth.reset.submit')}
          pending={confirm.isPending}
          after={
            <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
              {t('auth.reset.askAgain')}
            </Anchor>
          }
        >
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('validation.passwordRule')}
            autoComplete="new-password"
            withAsterisk
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('fields.passwordConfirmation')}
            autoComplete="new-password"
            withAsterisk
            key={form.key('confirmation')}
            {...form.getInputProps('confirmation')}
          />
        </AuthForm>
      )}
    </AuthFrame>
  );
}
