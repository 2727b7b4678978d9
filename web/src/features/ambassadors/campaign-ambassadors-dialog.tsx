import { Alert, Button, CopyButton, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { StatusDot } from '../../components/status-dot';
import { PageLoader } from '../../shell/page-loader';
import { useNotify } from '../courses/notify';
import { type CampaignAmbassador, useCampaignAmbassadors, useIssueLink, useRevokeLink } from './use-ambassadors';

const STATUS_COLORS: Record<CampaignAmbassador['linkStatus'], string> = { active: 'green', revoked: 'red', none: 'gray' };

/** The campaign's ambassadors and their personal page links: copy, revoke, issue anew. */
export function CampaignAmbassadorsDialog({
  campaignId,
  opened,
  onClose,
  canManage,
  onManage,
}: {
  campaignId: string;
  opened: boolean;
  onClose: () => void;
  canManage: boolean;
  /** Opens the campaign settings where ambassadors are chosen. */
  onManage?: () => void;
}) {
  const { t } = useTranslation('ambassadors');
  const { t: tc } = useTranslation();
  const list = useCampaignAmbassadors(campaignId, opened);

  return (
    <Modal opened={opened} onClose={onClose} title={t('dialog.title')} size="lg" closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        <Text size="sm" c="dark.4">
          {t('dialog.hint')}
        </Text>
        {list.isPending ? (
          <PageLoader />
        ) : list.isError ? (
          <Alert color="red" role="alert" title={t('dialog.loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(tc, list.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void list.refetch()}>
                {tc('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : list.data.length === 0 ? (
          <Text>{t(canManage && onManage ? 'dialog.emptyManage' : 'dialog.empty')}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.map((a) => (
              <AmbassadorRow key={a.learnerId} campaignId={campaignId} ambassador={a} canManage={canManage} />
            ))}
          </Stack>
        )}
        {canManage && onManage && (
          <Group>
            <Button variant={list.data?.length === 0 ? 'filled' : 'default'} onClick={onManage}>
              {t('dialog.manage')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

type Confirming = 'revoke' | 'reissue' | null;

function AmbassadorRow({ campaignId, ambassador: a, canManage }: { campaignId: string; ambassador: CampaignAmbassador; canManage: boolean }) {
  const { t } = useTranslation('ambassadors');
  const { t: tc } = useTranslation();
  const notify = useNotify();
  const issue = useIssueLink(campaignId);
  const revoke = useRevokeLink(campaignId);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [issuedUrl, setIssuedUrl] = useState<string | null>(null);
  const busy = issue.isPending || revoke.isPending;
  const onError = (error: unknown) => notify(apiErrorMessage(tc, error), 'red');

  const doIssue = () =>
    issue.mutate(a.learnerId, {
      onSuccess: (updated) => {
        setConfirming(null);
        // Said in the row, with the link to copy (no toast on top of it).
        setIssuedUrl(updated.pageUrl ?? null);
      },
      onError,
    });
  const doRevoke = () =>
    revoke.mutate(a.learnerId, {
      onSuccess: () => {
        setConfirming(null);
        setIssuedUrl(null);
        notify(t('dialog.revoked'));
      },
      onError,
    });
  // A first link replaces nothing: no need to ask. A new link over an active one, or a revocation, breaks the link already sent.
  const onIssue = () => (a.linkStatus === 'active' ? setConfirming('reissue') : doIssue());

  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-label={a.name}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Stack gap={0} miw={0}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {a.name}
            </Text>
            <Text size="sm" c="dark.4" style={{ overflowWrap: 'anywhere' }}>
              {a.email}
            </Text>
          </Stack>
          <StatusDot color={STATUS_COLORS[a.linkStatus]} label={t(`dialog.status.${a.linkStatus}`)} />
        </Group>
        {a.shortUrl && (
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {t('dialog.shortLink', { url: a.shortUrl })}
          </Text>
        )}
        {issuedUrl && a.pageUrl === issuedUrl && (
          <Alert color="green" p="xs" role="status" title={t('dialog.issuedTitle', { name: a.name })} withCloseButton closeButtonLabel={tc('common.close')} onClose={() => setIssuedUrl(null)}>
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t('dialog.notSent')}</Text>
              <CopyButton value={issuedUrl}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t('dialog.copied') : t('dialog.copyLink')}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Alert>
        )}
        <Group gap="xs" wrap="wrap">
          {a.pageUrl && (
            <CopyButton value={a.pageUrl}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy} aria-label={`${t('dialog.copyPage')} (${a.name})`}>
                  {copied ? t('dialog.copied') : t('dialog.copyPage')}
                </Button>
              )}
            </CopyButton>
          )}
          {canManage && (
            <Button size="xs" variant="default" loading={issue.isPending && confirming === null} disabled={busy} onClick={onIssue}>
              {a.linkStatus === 'none' ? t('dialog.issue') : t('dialog.reissue')}
            </Button>
          )}
          {canManage && a.linkStatus === 'active' && (
            <Button size="xs" variant="default" c="red.8" disabled={busy} onClick={() => setConfirming('revoke')}>
              {t('dialog.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={() => !busy && setConfirming(null)}
        title={confirming === 'revoke' ? t('dialog.confirmRevoke.title', { name: a.name }) : t('dialog.confirmReissue.title', { name: a.name })}
        size="md"
        zIndex={400}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{confirming === 'revoke' ? t('dialog.confirmRevoke.body') : t('dialog.confirmReissue.body')}</Text>
          <Text size="sm">{confirming === 'revoke' ? t('dialog.confirmRevoke.shortLink') : t('dialog.notSent')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={busy}>
              {tc('common.cancel')}
            </Button>
            {confirming === 'revoke' ? (
              <Button color="red" loading={revoke.isPending} onClick={doRevoke}>
                {t('dialog.confirmRevoke.action')}
              </Button>
            ) : (
              <Button loading={issue.isPending} onClick={doIssue}>
                {t('dialog.confirmReissue.action')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
