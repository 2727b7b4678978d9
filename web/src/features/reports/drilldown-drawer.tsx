import { Alert, Badge, Button, Drawer, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { TableScrollRegion } from '../../components/table-scroll-region';
import { count, slugOf } from './report-format';
import { ALL_STAGES, downloadCsv, type RetargetResult, type Selection, type Stage, selectionQuery, useReportLearners, useRetarget } from './use-report';

/** The stages a list can leave out, in funnel order (opens too, unless only counted). */
const stagesFor = (aggregate: boolean): Stage[] => ALL_STAGES.filter((s) => !(aggregate && (s === 'opened' || s === 'machineOpened')));

/**
 * The learners behind a figure: the list (paged), a filter "except those who…", the CSV export and
 * the retargeting (a static segment of exactly these learners, to use in a follow-up step).
 */
export function DrilldownDrawer({
  campaignId,
  campaignName,
  selection,
  onClose,
  onChange,
  canRetarget,
  aggregate,
}: {
  campaignId: string;
  /** For the export's file name and the retargeting segment's default name. */
  campaignName: string;
  selection: Selection | null;
  onClose: () => void;
  onChange: (selection: Selection) => void;
  canRetarget: boolean;
  aggregate: boolean;
}) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const learners = useReportLearners(campaignId, selection);
  const retarget = useRetarget(campaignId);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [made, setMade] = useState<RetargetResult | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const title = selection ? describeSelection(t, selection) : '';
  // A new list: the retargeting starts over.
  useEffect(() => {
    setNaming(false);
    setMade(null);
    retarget.reset();
    setExportError(null);
    setName(selection ? t('drill.retargetName', { campaign: campaignName, selection: describeSelection(t, selection) }).slice(0, 200) : '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection?.stage, selection?.notStage, selection?.dimension, selection?.key]);

  const items = learners.data?.pages.flatMap((p) => p.items) ?? [];
  const total = learners.data?.pages[0]?.total;

  const exportCsv = async () => {
    if (!selection) return;
    setExporting(true);
    setExportError(null);
    try {
      await downloadCsv('/v1/campaigns/{id}/report/learners.csv', campaignId, { ...selectionQuery(selection), locale: i18n.language.startsWith('fr') ? 'fr' : 'en' }, exportFileName(t, campaignName, selection));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Drawer opened={selection !== null} onClose={onClose} position="right" size="xl" title={<Text fw={600}>{title}</Text>} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      {selection && (
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('drill.except')}
              data={[{ value: '', label: t('drill.exceptNobody') }, ...stagesFor(aggregate).filter((s) => s !== selection.stage).map((s) => ({ value: s, label: t(`drill.not.${s}`) }))]}
              value={selection.notStage ?? ''}
              onChange={(value) => onChange({ ...selection, notStage: (value || undefined) as Stage | undefined })}
              allowDeselect={false}
              w={{ base: '100%', xs: 340 }}
              comboboxProps={{ width: 'target' }}
            />
            <Button variant="default" onClick={() => void exportCsv()} loading={exporting} disabled={total === 0}>
              {t('drill.export')}
            </Button>
            {canRetarget && (
              <Button onClick={() => setNaming(true)} disabled={!total || naming || made !== null}>
                {t('drill.retarget')}
              </Button>
            )}
          </Group>
          {exportError !== null && (
            <Alert color="red" role="alert">
              {apiErrorMessage(tc, exportError)}
            </Alert>
          )}
          {naming && !made && (
            <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
              <Text size="sm">{t('drill.retargetExplain', { count: total ?? 0 })}</Text>
              <TextInput
                label={t('drill.segmentName')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={retarget.error && isApiError(retarget.error) && retarget.error.status !== 403 ? apiErrorMessage(tc, retarget.error) : undefined}
                maxLength={200}
                withAsterisk
              />
              <Group gap="xs">
                <Button onClick={() => retarget.mutate({ selection, name: name.trim() }, { onSuccess: (result) => setMade(result) })} loading={retarget.isPending} disabled={name.trim() === ''}>
                  {t('drill.retargetConfirm', { count: total ?? 0 })}
                </Button>
                <Button variant="default" onClick={() => setNaming(false)}>
                  {tc('common.cancel')}
                </Button>
              </Group>
              {retarget.error && isApiError(retarget.error) && retarget.error.status === 403 && (
                <Alert color="red" role="alert">
                  {apiErrorMessage(tc, retarget.error)}
                </Alert>
              )}
            </Stack>
          )}
          {made && (
            <Alert color="green" title={t('drill.segmentMade', { name: made.name, count: made.memberCount })}>
              <Stack gap={4}>
                <AnchorLink to="/segments/$segmentId" params={{ segmentId: made.id }} size="sm" c="dark.8" underline="always">
                  {t('drill.openSegment')}
                </AnchorLink>
                <AnchorLink
                  to="/campaigns/$campaignId"
                  params={{ campaignId }}
                  search={{ addStep: true, segmentId: made.id }}
                  activeOptions={{ exact: true }}
                  size="sm"
                  c="dark.8"
                  underline="always"
                >
                  {t('drill.followUp')}
                </AnchorLink>
              </Stack>
            </Alert>
          )}

          {learners.isPending ? (
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm">{t('loading')}</Text>
            </Group>
          ) : learners.isError ? (
            <Alert color="red" role="alert" title={t('drill.loadError')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{apiErrorMessage(tc, learners.error)}</Text>
                <Button size="xs" variant="default" onClick={() => void learners.refetch()}>
                  {tc('common.retry')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <>
              <Text size="sm" aria-live="polite">
                {t('drill.count', { count: total ?? 0, formatted: count(total ?? 0, i18n.language) })}
              </Text>
              {items.length > 0 && (
                <TableScrollRegion label={title}>
                  <Table striped verticalSpacing={6} miw={640}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('drill.name')}</Table.Th>
                        <Table.Th>{t('drill.department')}</Table.Th>
                        <Table.Th>{t('drill.site')}</Table.Th>
                        <Table.Th>{t('drill.persona')}</Table.Th>
                        <Table.Th>{t('drill.facts')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((l) => (
                        <Table.Tr key={l.id}>
                          <Table.Td>
                            {l.exists ? (
                              <Stack gap={0}>
                                <AnchorLink to="/learners/$learnerId" params={{ learnerId: l.id }} size="sm" fw={500}>
                                  {l.name ?? l.email}
                                </AnchorLink>
                                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                                  {l.email}
                                </Text>
                              </Stack>
                            ) : (
                              <Text size="sm" c="dimmed">
                                {t('drill.deleted')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{l.department ?? '—'}</Table.Td>
                          <Table.Td>{l.site ?? '—'}</Table.Td>
                          <Table.Td>{l.personaName ?? '—'}</Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              {l.stages
                                .filter((s) => s !== 'targeted' && s !== 'sent')
                                .map((s) => (
                                  <Badge key={s} size="sm" variant="light" color={s.startsWith('reached') ? 'grape' : s === 'machineOpened' ? 'gray' : 'blue'} styles={{ label: { textTransform: 'none' } }}>
                                    {t(`stage.${s}.short`)}
                                  </Badge>
                                ))}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScrollRegion>
              )}
              {learners.hasNextPage && (
                <Button variant="default" w="fit-content" loading={learners.isFetchingNextPage} onClick={() => void learners.fetchNextPage()}>
                  {tc('common.loadMore')}
                </Button>
              )}
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

/** "Clicked, not enrolled · Step: 1. Invitation" in the reader's words. */
export function describeSelection(t: (key: string, options?: Record<string, unknown>) => string, s: Selection): string {
  const what = s.notStage ? t('drill.titleNot', { stage: t(`stage.${s.stage}.label`), not: t(`drill.not.${s.notStage}`) }) : t(`stage.${s.stage}.label`);
  return s.dimension ? t('drill.inGroup', { what, dimension: t(`breakdown.${s.dimension}`), group: s.label ?? s.key ?? t('noValue') }) : what;
}

/** The export's file name: the campaign, the stage, the stage left out and the group ("printemps-cliqués-sauf-inscrits.csv"). */
export function exportFileName(t: (key: string, options?: Record<string, unknown>) => string, campaignName: string, selection: Selection): string {
  const parts = [slugOf(campaignName), slugOf(t(`stage.${selection.stage}.short`))];
  if (selection.notStage) parts.push(slugOf(t('drill.fileExcept')), slugOf(t(`stage.${selection.notStage}.short`)));
  if (selection.dimension) parts.push(slugOf(selection.label ?? selection.key ?? t('noValue')));
  return `${parts.filter(Boolean).join('-')}.csv`;
}
