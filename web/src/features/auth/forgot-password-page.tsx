import { Alert, Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../components/api-form-error';
import { AuthForm } from './auth-form';
import { AuthFrame } from './auth-frame';
import { useRequestPasswordReset } from './use-password-reset';
import { isEmail } from './validation';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: (v) => (isEmail(v) ? null : t('validation.email')) },
  });

  return (
    <AuthFrame title={t('auth.forgot.title')} subtitle={sentTo ? undefined : t('auth.forgot.subtitle')}>
      {sentTo ? (
        <Stack gap="md">
          <Alert color="green" role="status">
            {t('auth.forgot.sent', { email: sentTo })}
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <AuthForm
          onSubmit={form.onSubmit((values) => {
            setFormError(null);
            request.mutate(values, {
              onSuccess: () => setSentTo(values.email.trim()),
              onError: (error) => setFormError(applyApiError(form, error, t)),
            });
          })}
          error={formError}
          submitLabel={t('auth.forgot.submit')}
          pending={request.isPending}
          after={
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/sign-in">
                {t('auth.backToSignIn')}
              </Anchor>
            </Text>
          }
        >
          <TextInput label={t('fields.email')} type="email" autoComplete="username" withAsterisk key={form.key('email')} {...form.getInputProps('email')} />
        </AuthForm>
      )}
    </AuthFrame>
  );
}
