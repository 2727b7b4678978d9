import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/workspace-context';
import { applyApiError } from '../../components/api-form-error';
import { RoleSelect } from '../../components/role-select';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { CredentialsTable } from './credentials-table';
import { QueryState, SecretOnce, SectionHeader, useFormatDate } from './shared';
import { type CreatedApiKey, useApiKeys, useCreateApiKey, useRevokeApiKey } from './use-settings';


/** API keys: list, create with a role (the key shown once), revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const admin = isAdmin(workspace.role);
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const formatDate = useFormatDate();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const closeCreate = () => {
    setCreating(false);
    setCreated(null);
  };

  return (
    <>
      <SectionHeader
        title={t('apiKeys.title')}
        description={admin ? t('apiKeys.description') : t('apiKeys.descriptionReadOnly')}
        action={admin && <Button onClick={() => setCreating(true)}>{t('apiKeys.create')}</Button>}
      />
      <QueryState query={keys} errorTitle={t('apiKeys.loadError')} more={keys}>
        {() => (
          <CredentialsTable
            kind="apiKey"
            label={t('apiKeys.table')}
            empty={t('apiKeys.empty')}
            items={keys.items}
            lead={[
              { header: t('apiKeys.name'), cell: (key) => <Text size="sm" fw={500}>{key.name}</Text> },
              { header: tc('fields.role'), cell: (key) => <Text size="sm">{tc(`roles.${key.role}`)}</Text> },
            ]}
            trail={[{ header: t('apiKeys.lastUsedAt'), cell: (key) => <Text size="sm">{key.lastUsedAt ? formatDate(key.lastUsedAt) : t('never')}</Text> }]}
            nameOf={(key) => key.name}
            revoke={
              admin
                ? {
                    title: t('apiKeys.revokeTitle'),
                    confirm: (key) => t('apiKeys.revokeConfirm', { name: key.name }),
                    done: (key) => t('apiKeys.revoked', { name: key.name }),
                    mutation: revoke,
                  }
                : undefined
            }
          />
        )}
      </QueryState>

      <Modal opened={creating} onClose={closeCreate} title={created ? t('apiKeys.createdTitle') : t('apiKeys.create')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {created ? (
          <SecretOnce label={t('apiKeys.keyLabel', { name: created.name })} secret={created.key} warning={t('apiKeys.onceWarning')} doneLabel={t('apiKeys.copiedDone')} onDone={closeCreate} />
        ) : (
          <CreateKeyForm onCreated={setCreated} />
        )}
      </Modal>

    </>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const create = useCreateApiKey();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', role: 'editor' as Role },
    validate: { name: (v) => (v.trim() ? (v.length > 100 ? t('validation.max', { max: 100 }) : null) : tc('validation.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        create.mutate({ name: v.name.trim(), role: v.role }, { onSuccess: onCreated, onError: (error) => setFormError(applyApiError(form, error, tc)) });
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('apiKeys.name')} description={t('apiKeys.nameHelp')} withAsterisk data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
        <RoleSelect
          label={tc('fields.role')}
          description={t('apiKeys.roleHelp')}
          withAsterisk
          key={form.key('role')}
          {...form.getInputProps('role')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('apiKeys.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
