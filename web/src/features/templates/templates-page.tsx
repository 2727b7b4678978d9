import { ActionIcon, Alert, Anchor, Badge, Button, Group, Menu, Paper, Popover, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { TemplateDialogs, type TemplateDialog, useTemplateNotify } from './template-actions';
import { LocaleBadges, ReviewStatusBadge, UsedByList } from './template-badges';
import { CHANNELS, PHASES, PURPOSES, type TemplateSearch } from './template-search';
import { canEditTemplates, type ListedTemplate, useInstallStarters, useTemplates } from './use-templates';

/** The template library: every template of the workspace, found by channel, phase, purpose or words. */
export function TemplatesPage() {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const writer = canEditTemplates(workspace.role);
  const search = useSearch({ strict: false }) as TemplateSearch;
  const navigate = useNavigate();
  const go = (next: TemplateSearch) => void navigate({ to: '/templates', search: next, replace: true });
  const templates = useTemplates(search);
  const install = useInstallStarters();
  const notify = useTemplateNotify();
  const all = templates.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(search.q || search.channel || search.phase || search.purpose || search.archived);

  const installStarters = () =>
    install.mutate(undefined, {
      onSuccess: (result) => notify(t('starters.installed', { count: result.installed.length })),
      onError: (error) => notify(apiErrorMessage(tc, error), 'red'),
    });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={writer ? t('description') : t('descriptionReadOnly')}
        actions={
          writer && (
            <Button component={Link} to="/templates/new">
              {t('new')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <TemplateFilters search={search} onChange={go} />
        {templates.isPending ? (
          <PageLoader />
        ) : templates.isError ? (
          <Alert color="red" role="alert" title={t('loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(tc, templates.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void templates.refetch()}>
                {tc('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : all.length === 0 ? (
          filtered ? (
            <EmptyState
              title={t('noMatch')}
              description={search.archived === 'true' ? t('noArchived') : t('noMatchHelp')}
              action={
                <Button variant="default" onClick={() => go({})}>
                  {t('filters.clear')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t('emptyTitle')}
              description={writer ? t('emptyDescription') : t('emptyReadOnly')}
              action={
                writer && (
                  <Button loading={install.isPending} onClick={installStarters}>
                    {t('starters.install')}
                  </Button>
                )
              }
            />
          )
        ) : (
          <Stack gap="sm" component="ul" role="list" aria-label={t('listLabel')} p={0} m={0} style={{ listStyle: 'none' }}>
            {all.map((template) => (
              <TemplateCard key={template.id} template={template} writer={writer} />
            ))}
          </Stack>
        )}
        {templates.hasNextPage && (
          <Button variant="default" w="fit-content" loading={templates.isFetchingNextPage} onClick={() => void templates.fetchNextPage()}>
            {tc('common.loadMore')}
          </Button>
        )}
      </Stack>
    </>
  );
}

function TemplateFilters({ search, onChange }: { search: TemplateSearch; onChange: (next: TemplateSearch) => void }) {
  const { t } = useTranslation('templates');
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  const setQuery = useDebouncedCallback((q: string) => onChange({ ...search, q: q.trim() || undefined }), 300);
  const all = { value: '', label: t('filters.all') };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" verticalSpacing="xs">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setQuery(e.currentTarget.value);
        }}
      />
      <Select
        label={t('filters.channel')}
        data={[all, ...CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))]}
        value={search.channel ?? ''}
        allowDeselect={false}
        onChange={(v) => onChange({ ...search, channel: (v || undefined) as TemplateSearch['channel'] })}
      />
      <Select
        label={t('filters.phase')}
        data={[all, ...PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))]}
        value={search.phase ?? ''}
        allowDeselect={false}
        onChange={(v) => onChange({ ...search, phase: (v || undefined) as TemplateSearch['phase'] })}
      />
      <Select
        label={t('filters.purpose')}
        data={[all, ...PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }))]}
        value={search.purpose ?? ''}
        allowDeselect={false}
        onChange={(v) => onChange({ ...search, purpose: (v || undefined) as TemplateSearch['purpose'] })}
      />
      <Select
        label={t('filters.archived')}
        data={[
          { value: '', label: t('filters.active') },
          { value: 'true', label: t('filters.archivedOnly') },
          { value: 'all', label: t('filters.activeAndArchived') },
        ]}
        value={search.archived ?? ''}
        allowDeselect={false}
        onChange={(v) => onChange({ ...search, archived: (v || undefined) as TemplateSearch['archived'] })}
      />
    </SimpleGrid>
  );
}

function TemplateCard({ template, writer }: { template: ListedTemplate; writer: boolean }) {
  const { t } = useTranslation('templates');
  const [dialog, setDialog] = useState<TemplateDialog>(null);
  const archived = template.archivedAt !== null;
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="wrap" miw={0} align="center">
            <Anchor
              renderRoot={(props) => <Link {...props} to="/templates/$templateId" params={{ templateId: template.id }} />}
              fw={600}
              size="md"
              style={{ overflowWrap: 'anywhere' }}
            >
              {template.name}
            </Anchor>
            <ReviewStatusBadge status={template.latestStatus} />
            {archived && (
              <Badge variant="outline" color="gray.8" c="gray.9" size="sm" tt="none">
                {t('archivedBadge')}
              </Badge>
            )}
          </Group>
          {writer && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray.8" aria-label={t('actionsFor', { name: template.name })}>
                  <span aria-hidden style={{ fontSize: 20, lineHeight: 1 }}>
                    ⋯
                  </span>
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setDialog('rename')}>{t('actions.rename')}</Menu.Item>
                <Menu.Item onClick={() => setDialog('duplicate')}>{t('actions.duplicate')}</Menu.Item>
                <Menu.Item onClick={() => setDialog('archive')}>{t(archived ? 'actions.unarchive' : 'actions.archive')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {template.description && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {template.description}
          </Text>
        )}
        <Group gap="xs" wrap="wrap" align="center">
          <Text size="sm">{[t(`channels.${template.channel}`), t(`phases.${template.phase}`), t(`purposes.${template.purpose}`)].join(' · ')}</Text>
          <LocaleBadges locales={template.locales} />
          <Text size="sm" c="dimmed">
            {t('versionShort', { version: template.latestVersion })}
          </Text>
          <UsedBy template={template} />
        </Group>
      </Stack>
      {writer && <TemplateDialogs template={template} dialog={dialog} onClose={() => setDialog(null)} />}
    </Paper>
  );
}

/** How many campaigns use a template; their names on a click (or a tap). */
export function UsedBy({ template }: { template: ListedTemplate }) {
  const { t } = useTranslation('templates');
  const count = template.usedBy.length;
  if (count === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('usedBy.none')}
      </Text>
    );
  }
  return (
    <Popover position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <Anchor component="button" type="button" size="sm" td="underline dotted">
          {t('usedBy.count', { count })}
        </Anchor>
      </Popover.Target>
      <Popover.Dropdown>
        <UsedByList campaigns={template.usedBy} />
      </Popover.Dropdown>
    </Popover>
  );
}
