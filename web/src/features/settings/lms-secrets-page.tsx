import { Button, Code, List, Modal, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { CredentialsTable } from './credentials-table';
import { QueryState, SecretOnce, SectionHeader, useErrorMessage, useNotify } from './shared';
import { type CreatedWebhookSecret, useCreateWebhookSecret, useRevokeWebhookSecret, useWebhookSecrets } from './use-settings';

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
  const [created, setCreated] = useState<CreatedWebhookSecret | null>(null);

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
        <QueryState query={secrets} errorTitle={t('lms.loadError')} more={secrets}>
          {() => (
            <CredentialsTable
              kind="lmsSecret"
              label={t('lms.table')}
              empty={t('lms.empty')}
              items={secrets.items}
              nameOf={(secret) => secret.prefix}
              revoke={
                admin
                  ? { title: t('lms.revokeTitle'), confirm: (secret) => t('lms.revokeConfirm', { prefix: secret.prefix }), done: () => t('lms.revoked'), mutation: revoke }
                  : undefined
              }
            />
          )}
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
        {created && <SecretOnce label={t('lms.secretLabel')} secret={created.secret} warning={t('lms.onceWarning')} doneLabel={t('lms.copiedDone')} onDone={() => setCreated(null)} />}
      </Modal>
    </>
  );
}
