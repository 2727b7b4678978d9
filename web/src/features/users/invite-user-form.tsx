import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../components/api-form-error';
import { LanguageSelect } from '../../components/language-select';
import { RoleSelect } from '../../components/role-select';
import { isLocale } from '../../i18n';
import { isEmail } from '../auth/validation';
import type { Role } from '../auth/workspace-context';
import { useInviteUser } from './use-users';

export const ROLES: Role[] = ['admin', 'planner', 'editor', 'viewer'];

export function InviteUserForm({ workspaceId, onDone }: { workspaceId: string; onDone: (email: string) => void }) {
  const { t, i18n } = useTranslation();
  const invite = useInviteUser(workspaceId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    // The inviter's language is the likeliest guess for a colleague's; they can change it.
    initialValues: { email: '', role: 'viewer' as Role, locale: isLocale(i18n.language) ? i18n.language : 'en' },
    validate: {
      email: (v) => (isEmail(v) ? null : t('validation.email')),
      role: (v) => (ROLES.includes(v) ? null : t('validation.required')),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        invite.mutate(
          { email: values.email.trim(), role: values.role, locale: values.locale },
          { onSuccess: () => onDone(values.email.trim()), onError: (error) => setFormError(applyApiError(form, error, t)) },
        );
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('fields.email')} type="email" withAsterisk data-autofocus key={form.key('email')} {...form.getInputProps('email')} />
        <RoleSelect
          label={t('fields.role')}
          withAsterisk
          key={form.key('role')}
          {...form.getInputProps('role')}
        />
        <LanguageSelect description={t('users.inviteLanguage')} withAsterisk key={form.key('locale')} {...form.getInputProps('locale')} />
        <Group justify="flex-end">
          <Button type="submit" loading={invite.isPending}>
            {t('users.sendInvitation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
