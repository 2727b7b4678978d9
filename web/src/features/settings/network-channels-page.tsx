import { Alert, Badge, Button, Checkbox, Group, Modal, PasswordInput, ScrollArea, Select, Stack, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal';
import { applyApiError } from '../../components/api-form-error';
import { EmptyState } from '../../components/empty-state';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { QueryState, SectionHeader, useErrorMessage, useFormatDate, useNotify } from './shared';
import { testPostMessage } from './test-post-message';
import {
  type NetworkChannel,
  type NetworkChannelInput,
  type NetworkChannelPatch,
  type TestPostResult,
  useDeleteNetworkChannel,
  useNetworkChannels,
  useSaveNetworkChannel,
  useTestNetworkChannel,
} from './use-settings';

type Kind = NetworkChannel['kind'];
const KINDS: Kind[] = ['slack', 'teams', 'webhook'];
const OUTCOME_COLORS = { sent: 'teal.9', transient: 'gray.8', permanent: 'red.9' } as const;

/** Slack, Teams and webhook channels for posts: URLs and secrets are write-only. */
export function NetworkChannelsPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const admin = isAdmin(workspace.role);
  const channels = useNetworkChannels();
  const test = useTestNetworkChannel();
  const remove = useDeleteNetworkChannel();
  const notify = useNotify();
  const message = useErrorMessage();
  const formatDate = useFormatDate();
  const [editing, setEditing] = useState<{ channel?: NetworkChannel } | null>(null);
  const [deleting, setDeleting] = useState<NetworkChannel | null>(null);
  const [results, setResults] = useState<Record<string, TestPostResult>>({});

  return (
    <>
      <SectionHeader
        title={t('channels.title')}
        description={admin ? t('channels.description') : t('channels.descriptionReadOnly')}
        action={admin && <Button onClick={() => setEditing({})}>{t('channels.create')}</Button>}
      />
      <QueryState query={channels} errorTitle={t('channels.loadError')} more={channels}>
        {() =>
          channels.items.length === 0 ? (
            <EmptyState title={t('channels.empty')} description={admin ? t('channels.emptyHelp') : undefined} />
          ) : (
            <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('channels.table')}>
              <Table verticalSpacing="sm" miw={820} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('channels.name')}</Table.Th>
                    <Table.Th>{t('channels.kind')}</Table.Th>
                    <Table.Th>{t('channels.url')}</Table.Th>
                    <Table.Th>{t('channels.lastTest')}</Table.Th>
                    {admin && (
                      <Table.Th>
                        <VisuallyHidden>{t('actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {channels.items.map((c) => {
                    const result = results[c.id];
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {c.name}
                          </Text>
                          <Group gap={4}>
                            {!c.enabled && (
                              <Badge size="sm" variant="filled" color="gray.8">
                                {t('channels.disabled')}
                              </Badge>
                            )}
                            {c.hasSecret && (
                              <Badge size="sm" variant="filled" color="blue.8">
                                {t('channels.signed')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`channels.kinds.${c.kind}`)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                            {c.urlPreview}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {result ? (
                            <Stack gap={2}>
                              <Badge variant="filled" color={OUTCOME_COLORS[result.outcome]}>
                                {t(`channels.outcomes.${result.outcome}`)}
                              </Badge>
                              <Text size="xs" c="dimmed">
                                {testPostMessage(t, result)}
                              </Text>
                            </Stack>
                          ) : c.lastTestOutcome ? (
                            <Stack gap={2}>
                              <Badge variant="filled" color={OUTCOME_COLORS[c.lastTestOutcome]}>
                                {t(`channels.outcomes.${c.lastTestOutcome}`)}
                              </Badge>
                              <Text size="xs" c="dimmed">
                                {formatDate(c.lastTestedAt)}
                              </Text>
                            </Stack>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('never')}
                            </Text>
                          )}
                        </Table.Td>
                        {admin && (
                          <Table.Td>
                            <Group gap={4} justify="flex-end" wrap="nowrap">
                              <Button
                                size="xs"
                                variant="subtle"
                                loading={test.isPending && test.variables === c.id}
                                aria-label={t('channels.testWho', { name: c.name })}
                                onClick={() =>
                                  test.mutate(c.id, {
                                    onSuccess: (r) => {
                                      setResults((all) => ({ ...all, [c.id]: r }));
                                      notify(t('channels.testNotice', { name: c.name, message: testPostMessage(t, r) }), r.outcome === 'sent' ? 'green' : 'red');
                                    },
                                    onError: (error) => notify(message(error), 'red'),
                                  })
                                }
                              >
                                {t('channels.test')}
                              </Button>
                              <Button size="xs" variant="subtle" onClick={() => setEditing({ channel: c })} aria-label={t('channels.editWho', { name: c.name })}>
                                {t('edit')}
                              </Button>
                              <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(c)} aria-label={t('channels.deleteWho', { name: c.name })}>
                                {t('delete')}
                              </Button>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )
        }
      </QueryState>

      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.channel ? t('channels.editTitle') : t('channels.create')}>
        {editing && (
          <ChannelForm
            channel={editing.channel}
            onDone={(c) => {
              setEditing(null);
              notify(t('channels.saved', { name: c.name }));
            }}
          />
        )}
      </FormModal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('channels.deleteTitle')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {deleting && (
          <Stack gap="md">
            <Text size="sm">{t('channels.deleteConfirm', { name: deleting.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {tc('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(deleting.id, {
                    onSuccess: () => notify(t('channels.deleted', { name: deleting.name })),
                    onError: (error) => notify(message(error), 'red'),
                    onSettled: () => setDeleting(null),
                  })
                }
              >
                {t('delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function ChannelForm({ channel, onDone }: { channel?: NetworkChannel; onDone: (c: NetworkChannel) => void }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const save = useSaveNetworkChannel();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: channel?.name ?? '', kind: (channel?.kind ?? 'slack') as Kind, url: '', secret: '', removeSecret: false, enabled: channel?.enabled ?? true },
    validate: {
      name: (v) => (v.trim() ? null : tc('validation.required')),
      url: (v) => (channel && !v ? null : /^https?:\/\/\S+$/.test(v.trim()) ? null : t('validation.url')),
      // Only a webhook signs its posts: Slack and Teams take no secret.
      secret: (v, values) =>
        values.kind !== 'webhook'
          ? null
          : v && (v.length < 16 || v.length > 256)
          ? t('channels.secretLength')
          : !channel && values.kind === 'webhook' && !v
            ? t('channels.secretRequired')
            : null,
    },
  });
  const values = form.getValues();
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        let body: NetworkChannelInput | NetworkChannelPatch;
        if (channel) {
          const patch: NetworkChannelPatch = {};
          if (v.name.trim() !== channel.name) patch.name = v.name.trim();
          if (v.url.trim()) patch.url = v.url.trim();
          if (v.secret && v.kind === 'webhook') patch.secret = v.secret;
          else if (v.removeSecret) patch.secret = null;
          if (v.enabled !== channel.enabled) patch.enabled = v.enabled;
          body = patch;
        } else {
          body = { name: v.name.trim(), kind: v.kind, url: v.url.trim(), enabled: v.enabled, ...(v.secret && v.kind === 'webhook' ? { secret: v.secret } : {}) };
        }
        save.mutate({ id: channel?.id, body }, { onSuccess: onDone, onError: (error) => setFormError(applyApiError(form, error, tc)) });
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('channels.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('channels.kind')}
          withAsterisk
          allowDeselect={false}
          disabled={Boolean(channel)}
          data={KINDS.map((k) => ({ value: k, label: t(`channels.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label={t('channels.url')}
          type="url"
          withAsterisk={!channel}
          autoComplete="off"
          description={channel ? t('channels.urlKeep', { preview: channel.urlPreview }) : t(`channels.urlHelp.${values.kind}`)}
          {...form.getInputProps('url')}
        />
        {values.kind === 'webhook' && (
          <PasswordInput
            label={t('channels.secret')}
            withAsterisk={!channel}
            autoComplete="new-password"
            description={channel?.hasSecret ? t('channels.secretKeep') : t('channels.secretHelp')}
            {...form.getInputProps('secret')}
          />
        )}
        {channel?.hasSecret && channel.kind !== 'webhook' && <Checkbox label={t('channels.removeSecret')} {...form.getInputProps('removeSecret', { type: 'checkbox' })} />}
        <Switch label={t('channels.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
