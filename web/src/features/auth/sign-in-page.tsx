import { Anchor, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { applyApiError } from '../../components/api-form-error';
import { AuthForm } from './auth-form';
import { AuthFrame } from './auth-frame';
import { isEmail } from './validation';
import { useSignIn } from './use-session';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (isEmail(v) ? null : t('validation.email')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    signIn.mutate(values, {
      onSuccess: () => void navigate({ to: redirect ?? '/learners' }),
      onError: (error) => {
        if (isApiError(error) && error.code === 'AUTH.TOO_MANY_ATTEMPTS') {
          const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
          setFormError(t('auth.signIn.throttled', { count: minutes }));
        } else if (isApiError(error) && error.code === 'AUTH.INVALID_CREDENTIALS') {
          setFormError(t('auth.signIn.invalid'));
        } else {
          setFormError(applyApiError(form, error, t));
        }
      },
    });
  });

  return (
    <AuthFrame title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')}>
      <AuthForm
        onSubmit={submit}
        error={formError}
        submitLabel={t('auth.signIn.submit')}
        pending={signIn.isPending}
        after={
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            {t('auth.signIn.forgot')}
          </Anchor>
        }
      >
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          withAsterisk
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          withAsterisk
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
      </AuthForm>
    </AuthFrame>
  );
}
