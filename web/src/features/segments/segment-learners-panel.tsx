import { Alert, Anchor, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { EmptyState } from '../../components/empty-state';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { countryName } from '../learners/display-names';
import { type Segment, useSegmentLearners, useSegmentPreview } from './use-segments';
import { dayjs } from '../../i18n/dates';

/** The segment's learners as the api lists them (a static one: its frozen members), 25 at a time. */
export function SegmentLearnersPanel({ segment }: { segment: Segment }) {
  const { t, i18n } = useTranslation('segments');
  const workspace = useWorkspace();
  const learners = useSegmentLearners(workspace.id, segment.id);
  const items = learners.data?.pages.flatMap((p) => p.items) ?? [];
  // How many in all: a static segment knows its members; a dynamic one is counted by its saved rule.
  const counted = useSegmentPreview(workspace.id, segment.kind === 'static' ? null : (segment.rule as Record<string, unknown>));
  const total = segment.kind === 'static' ? segment.memberCount : counted.data?.count;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Stack gap="md">
      <Stack gap={2}>
        {total !== undefined && total !== null && (
          <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('learners.total', { count: total, formatted: number.format(total) })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {segment.kind === 'static' && segment.frozenAt ? t('learners.static', { when: dayjs(segment.frozenAt).fromNow() }) : t('learners.dynamic')}
        </Text>
      </Stack>
      {learners.isPending ? (
        <PageLoader />
      ) : learners.isError ? (
        <Alert color="red" role="alert" title={t('learners.loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(t, learners.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void learners.refetch()}>
              {t('common.retry', { ns: 'translation' })}
            </Button>
          </Stack>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState title={t('learners.empty')} />
      ) : (
        <>
          <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('learners.tableLabel')}>
            <Table verticalSpacing="xs" miw={720} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('learners.name')}</Table.Th>
                  <Table.Th>{t('learners.email')}</Table.Th>
                  <Table.Th>{t('learners.externalId')}</Table.Th>
                  <Table.Th>{t('learners.department')}</Table.Th>
                  <Table.Th>{t('learners.site')}</Table.Th>
                  <Table.Th>{t('learners.country')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      <Anchor size="sm" fw={600} renderRoot={(props) => <Link {...props} to="/learners/$learnerId" params={{ learnerId: l.id }} />}>
                        {[l.firstName, l.lastName].filter(Boolean).join(' ') || l.email}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{l.email}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.externalId}</Table.Td>
                    <Table.Td>{l.department ?? '—'}</Table.Td>
                    <Table.Td>{l.site ?? '—'}</Table.Td>
                    <Table.Td>{l.country ? countryName(l.country, i18n.language) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Group gap="md" align="center">
            {total !== undefined && total !== null && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('learners.shown', { count: total, shown: number.format(items.length), formatted: number.format(total) })}
              </Text>
            )}
            {learners.hasNextPage && (
              <Button variant="default" w="fit-content" loading={learners.isFetchingNextPage} onClick={() => void learners.fetchNextPage()}>
                {t('common.loadMore', { ns: 'translation' })}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
