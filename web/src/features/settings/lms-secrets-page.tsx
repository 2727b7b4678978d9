import { Badge, Button, Code, Group, List, Modal, Paper, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { QueryState, SecretOnce, SectionHeader, useErrorMessage, useFormatDate, useNotify } from './shared';
import { type CreatedWebhookSecret, type WebhookSecret, useCreateWebhookSecret, useRevokeWebhookSecret, useWebhookSecrets } from './use-settings';

/** The secrets an LMS signs its webhooks with: create (shown once), list, revoke; how to sign. */
export function LmsSecretsPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const admin = isAdmin(workspace.role);
  const secrets = useWebhookSecrets();
  const create = useCreateWebhookSecret();
  const revoke = useRevokeWebhookSecret();
  const notify = useNotify();
  const message = useErrorMessage();
  const formatDate = useFormatDate();
  const [created, setCreated] = useState<CreatedWebhookSecret | null>(null);
  const [revoking, setRevoking] = useState<WebhookSecret | null>(null);

  return (
    <>
      <SectionHeader
        title={t('lms.title')}
        description={admin ? t('lms.description') : t('lms.descriptionReadOnly')}
        action={
          admin && (
            <Button loading={create.isPending} onClick={() => create.mutate(undefined, { onSuccess: setCreated, onError: (error) => notify(message(error), 'red') })}>
              {t('lms.create')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <QueryState query={secrets} errorTitle={t('lms.loadError')}>
          {() =>
            secrets.data!.length === 0 ? (
              <EmptyState title={t('lms.empty')} />
            ) : (
              <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('lms.table')}>
                <Table verticalSpacing="sm" miw={560} striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                      <Table.Th>{t('apiKeys.createdAt')}</Table.Th>
                      <Table.Th>{t('lms.state')}</Table.Th>
                      {admin && (
                        <Table.Th>
                          <VisuallyHidden>{t('actions')}</VisuallyHidden>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {secrets.data!.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {s.prefix}…
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDate(s.createdAt)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="filled" color={s.revokedAt ? 'red.9' : 'teal.9'}>
                            {s.revokedAt ? t('revokedOn', { date: formatDate(s.revokedAt) }) : t('lms.active')}
                          </Badge>
                        </Table.Td>
                        {admin && (
                          <Table.Td ta="right">
                            {!s.revokedAt && (
                              <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(s)} aria-label={t('revokeWho', { name: s.prefix })}>
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

        <Paper withBorder p="md" radius="md" maw={760} component="section" aria-labelledby="lms-signing-title">
          <Title id="lms-signing-title" order={3} size="h5" mb="xs">
            {t('lms.helpTitle')}
          </Title>
          <List size="sm" spacing={6}>
            <List.Item>
              {t('lms.helpEndpoint')} <Code>POST /v1/lms/events</Code>
            </List.Item>
            <List.Item>
              {t('lms.helpWorkspace')} <Code>Clarion-Workspace: {workspace.id}</Code>
            </List.Item>
            <List.Item>
              {t('lms.helpSignature')} <Code>{'Clarion-Signature: t=<unix seconds>,v1=<hex>'}</Code>
            </List.Item>
            <List.Item>
              {t('lms.helpHmac')} <Code>{'HMAC-SHA256(secret, "<t>.<raw body>")'}</Code>
            </List.Item>
            <List.Item>{t('lms.helpTolerance')}</List.Item>
            <List.Item>{t('lms.helpRotation')}</List.Item>
          </List>
        </Paper>
      </Stack>

      <Modal opened={created !== null} onClose={() => setCreated(null)} title={t('lms.createdTitle')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {created && <SecretOnce label={t('lms.secretLabel')} secret={created.secret} warning={t('lms.onceWarning')} onDone={() => setCreated(null)} />}
      </Modal>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('lms.revokeTitle')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {revoking && (
          <Stack gap="md">
            <Text size="sm">{t('lms.revokeConfirm', { prefix: revoking.prefix })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {tc('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={revoke.isPending}
                onClick={() =>
                  revoke.mutate(revoking.id, {
                    onSuccess: () => notify(t('lms.revoked')),
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
