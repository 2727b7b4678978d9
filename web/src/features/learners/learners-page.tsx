import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { LearnerFilters } from './learner-filters';
import { LearnerList } from './learner-list';
import { filtersOf, type LearnerSearch } from './learner-search';
import { PAGE_SIZE, useLearnerCount, useLearnerFacets, useLearnersPage } from './use-learners';

/** Who may import, change and erase learners (the api's rule for POST, PATCH and DELETE /v1/learners). */
export const canWriteLearners = (role: string): boolean => role === 'admin' || role === 'planner';
export const canImportLearners = canWriteLearners;

export function LearnersPage() {
  const { t, i18n } = useTranslation('learners');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const search = useSearch({ strict: false }) as LearnerSearch;
  const navigate = useNavigate();
  const page = useLearnersPage(workspace.id, search);
  // The count and the filters' values wait for the rows: they read every learner, the page reads 50.
  const pageIn = page.isSuccess && !page.isPlaceholderData;
  const count = useLearnerCount(workspace.id, search, pageIn);
  const facets = useLearnerFacets(workspace.id, pageIn);
  const number = new Intl.NumberFormat(i18n.language);

  // The cursors of the pages before this one, for "Previous"; reset by any change of filters.
  const filterKey = JSON.stringify(filtersOf(search));
  const [trail, setTrail] = useState<{ filters: string; cursors: Array<string | undefined> }>({ filters: filterKey, cursors: [] });
  const cursors = trail.filters === filterKey ? trail.cursors : [];

  const go = (next: LearnerSearch, replace = false) => void navigate({ to: '/learners', search: next, replace });
  const changeFilters = (change: Partial<LearnerSearch>, replace = false) => {
    const next: LearnerSearch = { ...filtersOf(search), ...change };
    for (const key of Object.keys(next) as Array<keyof LearnerSearch>) if (next[key] === undefined) delete next[key];
    go(next, replace);
  };

  const personaNames = useMemo(() => new Map((facets.data?.personaId ?? []).map((p) => [p.value, p.label ?? p.value])), [facets.data]);
  const personaName = (id: string | null) => (id ? (personaNames.get(id) ?? '') : '');

  const items = page.data?.items ?? [];
  const filtered = Object.keys(filtersOf(search)).length > 0;
  const offset = search.cursor ? (cursors.length ? cursors.length * PAGE_SIZE : null) : 0;
  const canImport = canImportLearners(workspace.role);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canImport && (
            <Button component={Link} to="/learners/import">
              {t('import')}
            </Button>
          )
        }
      />
      <LearnerFilters search={search} facets={facets.data} onChange={changeFilters} />

      {page.isPending ? (
        <PageLoader />
      ) : page.isError ? (
        <Alert color="red" role="alert" title={t('loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(tc, page.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void page.refetch()}>
              {tc('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState title={t('noMatchTitle')} description={t('noMatchDescription')} />
        ) : (
          <EmptyState
            title={t('emptyTitle')}
            description={canImport ? t('emptyDescription') : t('emptyReadOnly')}
            action={
              canImport && (
                <Button component={Link} to="/learners/import">
                  {t('import')}
                </Button>
              )
            }
          />
        )
      ) : (
        <>
          <div style={{ opacity: page.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={page.isFetching}>
            <LearnerList learners={items} personaName={personaName} search={search} />
          </div>
          <Group justify="space-between" gap="sm" component="nav" aria-label={t('pagination')}>
            <Text size="sm" c="dimmed" aria-live="polite">
              {offset !== null &&
                (count.data !== undefined
                  ? t('range', { from: number.format(offset + 1), to: number.format(offset + items.length), total: number.format(count.data) })
                  : t('rangeMany', { from: number.format(offset + 1), to: number.format(offset + items.length) }))}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                size="sm"
                disabled={!search.cursor}
                onClick={() => {
                  const previous = cursors.slice(0, -1);
                  setTrail({ filters: filterKey, cursors: previous });
                  go({ ...filtersOf(search), ...(cursors.length && cursors[cursors.length - 1] ? { cursor: cursors[cursors.length - 1] } : {}) });
                }}
              >
                {t('previous')}
              </Button>
              <Button
                variant="default"
                size="sm"
                disabled={!page.data?.nextCursor || page.isPlaceholderData}
                onClick={() => {
                  setTrail({ filters: filterKey, cursors: [...cursors, search.cursor] });
                  go({ ...filtersOf(search), cursor: page.data!.nextCursor! });
                }}
              >
                {t('next')}
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
