import { Alert, Badge, Button, Group, Loader, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { CardField, CardList, usePhone } from '../../components/phone-cards';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { canManageAudiences } from './segment-permissions';
import { type Segment, useSegmentCount, useSegments } from './use-segments';
import { dayjs } from '../../i18n/dates';

export function SegmentsPage() {
  const { t } = useTranslation('segments');
  const workspace = useWorkspace();
  const manage = canManageAudiences(workspace.role);
  const segments = useSegments(workspace.id);
  const items = segments.data?.pages.flatMap((p) => p.items) ?? [];
  const phone = usePhone();

  const newButton = manage && (
    <Button component={Link} to="/segments/new">
      {t('new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={segments.isSuccess && items.length === 0 ? undefined : newButton} />
      {segments.isPending ? (
        <PageLoader />
      ) : segments.isError ? (
        <Alert color="red" role="alert" title={t('loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(t, segments.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void segments.refetch()}>
              {t('common.retry', { ns: 'translation' })}
            </Button>
          </Stack>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={manage ? t('emptyDescription') : t('emptyViewer')} action={newButton} />
      ) : (
        <Stack gap="md">
          {phone ? (
            <CardList label={t('tableLabel')} items={items} keyOf={(segment) => segment.id}>
              {(segment) => <SegmentRow segment={segment} workspaceId={workspace.id} card />}
            </CardList>
          ) : (
            <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('tableLabel')}>
              <Table verticalSpacing="sm" miw={640} striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.name')}</Table.Th>
                    <Table.Th>{t('columns.kind')}</Table.Th>
                    <Table.Th ta="right">{t('columns.count')}</Table.Th>
                    <Table.Th>{t('columns.updated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((segment) => (
                    <SegmentRow key={segment.id} segment={segment} workspaceId={workspace.id} />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
          {segments.hasNextPage && (
            <Button variant="default" w="fit-content" loading={segments.isFetchingNextPage} onClick={() => void segments.fetchNextPage()}>
              {t('common.loadMore', { ns: 'translation' })}
            </Button>
          )}
        </Stack>
      )}
    </>
  );
}

/** One segment: a table row, or on a phone (`card`) the content of its card. */
function SegmentRow({ segment, workspaceId, card }: { segment: Segment; workspaceId: string; card?: boolean }) {
  const { t, i18n } = useTranslation('segments');
  const count = useSegmentCount(workspaceId, segment);
  const number = new Intl.NumberFormat(i18n.language);
  const shown = segment.kind === 'static' ? segment.memberCount : count.data?.count;

  const name = (
    <>
      <AnchorLink to="/segments/$segmentId" params={{ segmentId: segment.id }} fw={500} size="sm">
        {segment.name}
      </AnchorLink>
      {segment.description && (
        <Text size="xs" c="dimmed" lineClamp={card ? 2 : 1} maw={420}>
          {segment.description}
        </Text>
      )}
    </>
  );
  const kind = (
    <Badge variant="light" color={segment.kind === 'static' ? 'grape' : 'blue'} c={segment.kind === 'static' ? 'grape.9' : 'blue.9'} style={{ flexShrink: 0 }}>
      {t(`kinds.${segment.kind}`)}
    </Badge>
  );
  const learners =
    shown !== undefined && shown !== null ? (
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {number.format(shown)}
      </Text>
    ) : count.isError ? (
      <Text size="sm" c="dimmed">
        {t('countFailed')}
      </Text>
    ) : (
      <Loader size="xs" aria-label={t('preview.updating')} />
    );
  const updated = (
    <Text size="sm" title={dayjs(segment.updatedAt).format('LLL')}>
      {dayjs(segment.updatedAt).format('ll')}
    </Text>
  );
  if (card) {
    return (
      <>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>{name}</div>
          {kind}
        </Group>
        <CardField label={t('columns.count')}>{learners}</CardField>
        <CardField label={t('columns.updated')}>{updated}</CardField>
      </>
    );
  }
  return (
    <Table.Tr>
      <Table.Td>{name}</Table.Td>
      <Table.Td>{kind}</Table.Td>
      <Table.Td ta="right">
        <Group justify="flex-end" gap={6} wrap="nowrap">
          {learners}
        </Group>
      </Table.Td>
      <Table.Td>{updated}</Table.Td>
    </Table.Tr>
  );
}
