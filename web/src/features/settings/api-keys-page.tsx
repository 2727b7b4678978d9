import { Alert, Badge, Button, Group, Modal, ScrollArea, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/workspace-context';
import { applyApiError } from '../../components/api-form-error';
import { EmptyState } from '../../components/empty-state';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { QueryState, SecretOnce, SectionHeader, useErrorMessage, useFormatDate, useNotify } from './shared';
import { type ApiKey, type CreatedApiKey, useApiKeys, useCreateApiKey, useRevokeApiKey } from './use-settings';

const ROLES: Role[] = ['admin', 'planner', 'editor', 'viewer'];

/** API keys: list, create with a role (the key shown once), revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const admin = isAdmin(workspace.role);
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const notify = useNotify();
  const message = useErrorMessage();
  const formatDate = useFormatDate();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
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
      <QueryState query={keys} errorTitle={t('apiKeys.loadError')}>
        {() =>
          keys.data!.length === 0 ? (
            <EmptyState title={t('apiKeys.empty')} />
          ) : (
            <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('apiKeys.table')}>
              <Table verticalSpacing="sm" miw={720} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('apiKeys.name')}</Table.Th>
                    <Table.Th>{tc('fields.role')}</Table.Th>
                    <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                    <Table.Th>{t('apiKeys.createdAt')}</Table.Th>
                    <Table.Th>{t('apiKeys.lastUsedAt')}</Table.Th>
                    {admin && (
                      <Table.Th>
                        <VisuallyHidden>{t('actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {keys.data!.map((key) => (
                    <Table.Tr key={key.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {key.name}
                        </Text>
                        {key.revokedAt && (
                          <Badge variant="filled" color="red.9" size="sm">
                            {t('revokedOn', { date: formatDate(key.revokedAt) })}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{tc(`roles.${key.role}`)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {key.prefix}…
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(key.createdAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{key.lastUsedAt ? formatDate(key.lastUsedAt) : t('never')}</Text>
                      </Table.Td>
                      {admin && (
                        <Table.Td ta="right">
                          {!key.revokedAt && (
                            <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(key)} aria-label={t('revokeWho', { name: key.name })}>
                              {t('revoke')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )
        }
      </QueryState>

      <Modal opened={creating} onClose={closeCreate} title={created ? t('apiKeys.createdTitle') : t('apiKeys.create')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {created ? (
          <SecretOnce label={t('apiKeys.keyLabel', { name: created.name })} secret={created.key} warning={t('apiKeys.onceWarning')} onDone={closeCreate} />
        ) : (
          <CreateKeyForm onCreated={setCreated} />
        )}
      </Modal>

      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('apiKeys.revokeTitle')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {revoking && (
          <Stack gap="md">
            <Text size="sm">{t('apiKeys.revokeConfirm', { name: revoking.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {tc('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={revoke.isPending}
                onClick={() =>
                  revoke.mutate(revoking.id, {
                    onSuccess: () => notify(t('apiKeys.revoked', { name: revoking.name })),
                    onError: (error) => notify(message(error), 'red'),
                    onSettled: () => setRevoking(null),
                  })
                }
              >
                {t('revoke')}
              </Button>
            </Group>
          </Stack>
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
        <Select
          label={tc('fields.role')}
          description={t('apiKeys.roleHelp')}
          withAsterisk
          allowDeselect={false}
          data={ROLES.map((role) => ({ value: role, label: tc(`roles.${role}`) }))}
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
