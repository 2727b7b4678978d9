import { Alert, Button, Group, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { CardField, CardList, usePhone } from '../../components/phone-cards';
import { StatusDot } from '../../components/status-dot';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { CampaignForm } from './campaign-form';
import { dateOnly, STATUS_COLORS } from './campaign-format';
import { type Campaign, type CampaignStatus, canPlanCampaigns, useCampaigns, useCourseOptions, useSessionOptions } from './use-campaigns';

const STATUSES: CampaignStatus[] = ['draft', 'scheduled', 'running', 'paused', 'completed', 'cancelled'];

export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const writer = canPlanCampaigns(workspace.role);
  const navigate = useNavigate();
  const [status, setStatus] = useState<CampaignStatus | ''>('');
  const campaigns = useCampaigns(status);
  const courses = useCourseOptions();
  const [creating, setCreating] = useState(false);
  const items = campaigns.data?.pages.flatMap((p) => p.items) ?? [];
  const phone = usePhone();
  const courseTitle = (id: string) => courses.data?.find((c) => c.id === id)?.title ?? '…';

  return (
    <>
      <PageHeader
        title={t('title')}
        description={writer ? t('description') : t('descriptionReadOnly')}
        // An empty workspace offers to create in the empty state only.
        actions={writer && !(campaigns.isSuccess && items.length === 0 && !status) && <Button onClick={() => setCreating(true)}>{t('new')}</Button>}
      />
      <Stack gap="md">
        {!(campaigns.isSuccess && items.length === 0 && !status) && (
          <Select
            label={t('filterStatus')}
            data={[{ value: '', label: t('allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            value={status}
            onChange={(v) => setStatus((v ?? '') as CampaignStatus | '')}
            allowDeselect={false}
            maw={260}
          />
        )}
        {campaigns.isPending ? (
          <PageLoader />
        ) : campaigns.isError ? (
          <Alert color="red" role="alert" title={t('loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(tc, campaigns.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void campaigns.refetch()}>
                {tc('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : items.length === 0 ? (
          <EmptyState
            title={status ? t('noMatch') : t('emptyTitle')}
            description={status ? undefined : writer ? t('emptyDescription') : t('emptyReadOnly')}
            action={!status && writer ? <Button onClick={() => setCreating(true)}>{t('new')}</Button> : undefined}
          />
        ) : phone ? (
          <CardList label={t('tableLabel')} items={items} keyOf={(c) => c.id}>
            {(c) => <CampaignRow campaign={c} courseTitle={courseTitle(c.courseId)} card />}
          </CardList>
        ) : (
          <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('tableLabel')}>
            <Table verticalSpacing="sm" miw={760} striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.course')}</Table.Th>
                  <Table.Th>{t('columns.status')}</Table.Th>
                  <Table.Th>{t('columns.dates')}</Table.Th>
                  <Table.Th>{t('columns.audience')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <CampaignRow key={c.id} campaign={c} courseTitle={courseTitle(c.courseId)} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        {campaigns.hasNextPage && (
          <Button variant="default" w="fit-content" loading={campaigns.isFetchingNextPage} onClick={() => void campaigns.fetchNextPage()}>
            {tc('common.loadMore')}
          </Button>
        )}
      </Stack>
      <FormModal opened={creating} onClose={() => setCreating(false)} title={t('form.createTitle')} size="lg">
        <CampaignForm
          onCancel={() => setCreating(false)}
          onDone={(campaign) => {
            setCreating(false);
            void navigate({ to: '/campaigns/$campaignId', params: { campaignId: campaign.id } });
          }}
        />
      </FormModal>
    </>
  );
}

/** The audience in a few words: everyone, or the segments in and out. */
export function audienceInWords(t: (key: string, options?: Record<string, unknown>) => string, c: Pick<Campaign, 'includeSegmentIds' | 'excludeSegmentIds'>): string {
  const included = c.includeSegmentIds.length ? t('audience.segments', { count: c.includeSegmentIds.length }) : t('audience.everyone');
  return c.excludeSegmentIds.length ? t('audience.withExcluded', { included, count: c.excludeSegmentIds.length }) : included;
}

function CampaignRow({ campaign: c, courseTitle, card }: { campaign: Campaign; courseTitle: string; card?: boolean }) {
  const { t, i18n } = useTranslation('campaigns');
  const sessions = useSessionOptions(c.sessionId ? c.courseId : null);
  const session = sessions.data?.items.find((s) => s.id === c.sessionId);
  const name = (
    <Stack gap={0}>
      <AnchorLink to="/campaigns/$campaignId" params={{ campaignId: c.id }} fw={500} size="sm">
        {c.name}
      </AnchorLink>
      {c.status !== 'draft' && (
        <AnchorLink to="/campaigns/$campaignId/report" params={{ campaignId: c.id }} size="xs" aria-label={`${t('columns.report')} — ${c.name}`}>
          {t('columns.report')}
        </AnchorLink>
      )}
    </Stack>
  );
  const course = (
    <Stack gap={0}>
      <Text size="sm">{courseTitle}</Text>
      <Text size="xs" c="dimmed">
        {!c.sessionId ? t('evergreen') : session ? (session.title ?? t('sessionOf', { date: dateOnly(session.startsAt, session.timeZone, i18n.language) })) : '…'}
      </Text>
    </Stack>
  );
  const status = <StatusDot color={STATUS_COLORS[c.status]} label={t(`status.${c.status}`)} />;
  const dates = session ? (
    <Text size="sm">{t('dates', { from: dateOnly(session.startsAt, session.timeZone, i18n.language), to: dateOnly(session.endsAt, session.timeZone, i18n.language) })}</Text>
  ) : (
    <Text size="sm" c="dimmed">
      {c.sessionId ? '…' : '—'}
    </Text>
  );
  const audience = <Text size="sm">{audienceInWords(t, c)}</Text>;
  if (card) {
    return (
      <>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>{name}</div>
          {status}
        </Group>
        <CardField label={t('columns.course')}>{course}</CardField>
        <CardField label={t('columns.dates')}>{dates}</CardField>
        <CardField label={t('columns.audience')}>{audience}</CardField>
      </>
    );
  }
  return (
    <Table.Tr>
      <Table.Td>{name}</Table.Td>
      <Table.Td>{course}</Table.Td>
      <Table.Td>{status}</Table.Td>
      <Table.Td>{dates}</Table.Td>
      <Table.Td>{audience}</Table.Td>
    </Table.Tr>
  );
}
