import { Alert, Button, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../components/api-form-error';
import { LanguageSelect } from '../../components/language-select';
import { PageHeader } from '../../components/page-header';
import { applyLocale, isLocale } from '../../i18n';
import { useSession, type Locale } from '../auth/use-session';
import { passwordProblem } from '../auth/validation';
import { useUpdateProfile } from './use-profile';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  return (
    <>
      <PageHeader title={t('profile.title')} description={session.user.email} />
      <Stack gap="lg" maw={560}>
        {/* No saved language yet: the one the console speaks now (the browser's) is offered. */}
        <DetailsForm name={session.user.name} locale={session.user.locale ?? (isLocale(i18n.language) ? i18n.language : 'en')} />
        <PasswordForm email={session.user.email} />
      </Stack>
    </>
  );
}

function DetailsForm({ name, locale }: { name: string; locale: Locale }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name, locale },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-details">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          update.mutate(
            { name: values.name.trim(), locale: values.locale },
            {
              onSuccess: () => {
                void applyLocale(values.locale);
                notifications.show({ color: 'green', message: t('profile.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
              },
              onError: (error) => setFormError(applyApiError(form, error, t)),
            },
          );
        })}
      >
        <Stack gap="md">
          <Title id="profile-details" order={2} size="h4">
            {t('profile.details')}
          </Title>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput label={t('fields.name')} autoComplete="name" withAsterisk key={form.key('name')} {...form.getInputProps('name')} />
          <LanguageSelect key={form.key('locale')} {...form.getInputProps('locale')} />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v) => {
        const problem = passwordProblem(v, email);
        return problem ? t(problem) : null;
      },
      confirmation: (v, values) => (v === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-password">
      <form
        noValidate
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) => {
          setFormError(null);
          update.mutate(
            { currentPassword, newPassword },
            {
              onSuccess: () => {
                form.reset();
                notifications.show({ color: 'green', message: t('profile.passwordChanged'), closeButtonProps: { 'aria-label': t('common.close') } });
              },
              onError: (error) => setFormError(applyApiError(form, error, t)),
            },
          );
        })}
      >
        <Stack gap="md">
          <Title id="profile-password" order={2} size="h4">
            {t('profile.password')}
          </Title>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordInput label={t('fields.currentPassword')} autoComplete="current-password" withAsterisk key={form.key('currentPassword')} {...form.getInputProps('currentPassword')} />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('validation.passwordRule')}
            autoComplete="new-password"
            withAsterisk
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput label={t('fields.passwordConfirmation')} autoComplete="new-password" withAsterisk key={form.key('confirmation')} {...form.getInputProps('confirmation')} />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
