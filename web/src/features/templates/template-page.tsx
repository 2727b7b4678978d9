import { Accordion, Alert, Button, Code, Grid, Group, Menu, Modal, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ScrollRegion } from '../../components/scroll-region';
import { dayjs } from '../../i18n/dates';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { useWorkspaceRules } from '../settings/use-settings';
import { ReviewPanel, ReviewTimeline } from './review-panel';
import { TemplateDialogs, type TemplateDialog, useTemplateNotify } from './template-actions';
import { LocaleBadges, ReviewStatusBadge, UsedByList } from './template-badges';
import { TemplatePreview } from './template-preview';
import { TestSendDialog } from './test-send';
import { CompareVersions, useFieldLabel } from './version-diff';
import { variantFields } from './version-fields';
import { canEditTemplates, type TemplateDetail, type TemplateVersion, useRestoreVersion, useTemplate, useTemplateVersion } from './use-templates';

/** A template: what it is, its content and preview, its versions and their differences, and its review. */
export function TemplatePage() {
  const { templateId } = useParams({ strict: false }) as { templateId: string };
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const template = useTemplate(templateId);

  if (template.isPending) return <PageLoader />;
  if (template.isError) {
    if (isApiError(template.error) && template.error.status === 404) {
      return <EmptyState title={t('notFound')} action={<AnchorLink to="/templates">{t('backToLibrary')}</AnchorLink>} />;
    }
    return (
      <Alert color="red" role="alert" title={t('loadOneError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, template.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void template.refetch()}>
            {tc('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <TemplateView template={template.data} />;
}

function TemplateView({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation('templates');
  const workspace = useWorkspace();
  const writer = canEditTemplates(workspace.role);
  const rules = useWorkspaceRules();
  const [dialog, setDialog] = useState<TemplateDialog>(null);
  const [testing, setTesting] = useState(false);
  const archived = template.archivedAt !== null;

  return (
    <>
      <AnchorLink to="/templates" size="sm" mb="xs" display="inline-block">
        ← {t('backToLibrary')}
      </AnchorLink>
      <PageHeader
        title={template.name}
        description={template.description ?? undefined}
        actions={
          writer && (
            <Group gap="xs" wrap="wrap">
              {!archived && (
                <Button renderRoot={(props) => <Link {...props} to="/templates/$templateId/edit" params={{ templateId: template.id }} />}>{t('actions.edit')}</Button>
              )}
              {template.channel !== 'post' && (
                <Button variant="default" onClick={() => setTesting(true)}>
                  {t('testSend.action')}
                </Button>
              )}
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default">{t('actions.more')}</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setDialog('rename')}>{t('actions.rename')}</Menu.Item>
                  <Menu.Item onClick={() => setDialog('duplicate')}>{t('actions.duplicate')}</Menu.Item>
                  <Menu.Item onClick={() => setDialog('archive')}>{t(archived ? 'actions.unarchive' : 'actions.archive')}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          )
        }
      />
      <Stack gap="lg">
        {archived && (
          <Alert color="gray" variant="light" title={t('archivedTitle', { date: dayjs(template.archivedAt).format('LL') })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('archivedBody')}</Text>
              {writer && (
                <Button size="xs" variant="default" onClick={() => setDialog('archive')}>
                  {t('actions.unarchive')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <TemplateSummary template={template} />
        <ReviewPanel template={template} role={workspace.role} approvalOn={rules.data?.templateApproval} />
        <Tabs defaultValue="content" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="content">{t('tabs.content')}</Tabs.Tab>
            <Tabs.Tab value="versions">{t('tabs.versions', { count: template.versions.length })}</Tabs.Tab>
            <Tabs.Tab value="compare">{t('tabs.compare')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('tabs.history')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="content" pt="md">
            <TemplateContent template={template} />
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionsTable template={template} writer={writer && !archived} approvalOn={rules.data?.templateApproval} />
          </Tabs.Panel>
          <Tabs.Panel value="compare" pt="md">
            <CompareVersions template={template} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            <ReviewTimeline reviews={template.reviews} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      {writer && <TemplateDialogs template={template} dialog={dialog} onClose={() => setDialog(null)} />}
      {writer && template.channel !== 'post' && <TestSendDialog template={template} opened={testing} onClose={() => setTesting(false)} />}
    </>
  );
}

function TemplateSummary({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation('templates');
  const facts: [string, React.ReactNode][] = [
    [t('summary.channel'), t(`channels.${template.channel}`)],
    [t('summary.phase'), t(`phases.${template.phase}`)],
    [t('summary.purpose'), t(`purposes.${template.purpose}`)],
    [t('summary.locales'), <LocaleBadges key="l" locales={template.locales} />],
    [t('summary.updated'), dayjs(template.updatedAt).format('LLL')],
    [
      t('summary.usedBy'),
      template.usedBy.length === 0 ? (
        t('usedBy.noCampaign')
      ) : (
        <UsedByList key="u" campaigns={template.usedBy} />
      ),
    ],
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** A version's content, read-only, one locale at a time, beside its rendered preview. */
function TemplateContent({ template }: { template: TemplateDetail }) {
  const { t, i18n } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const [versionNumber, setVersionNumber] = useState(template.latestVersion);
  const picked = useTemplateVersion(template.id, versionNumber === template.latestVersion ? null : versionNumber);
  const version: TemplateVersion | undefined = versionNumber === template.latestVersion ? template.latest : picked.data;
  const locales = version ? sortLocales(Object.keys(version.variants), i18n.language) : [];
  const [wanted, setWanted] = useState<string | null>(null);
  const locale = wanted && locales.includes(wanted) ? wanted : locales[0];
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });

  return (
    <Stack gap="md">
      <Group gap="md" wrap="wrap" align="flex-end">
        <Select
          label={t('content.version')}
          w={{ base: '100%', xs: 320 }}
          data={template.versions.map((v) => ({ value: String(v.version), label: t('versionLabel', { version: v.version, status: t(`status.${v.status}`) }) }))}
          value={String(versionNumber)}
          allowDeselect={false}
          onChange={(v) => v && setVersionNumber(Number(v))}
        />
        {locales.length > 0 && (
          <SegmentedControl
            aria-label={t('content.language')}
            value={locale}
            onChange={setWanted}
            data={locales.map((l) => ({ value: l, label: l.toUpperCase() }))}
            title={t('content.language')}
          />
        )}
      </Group>
      {picked.isError ? (
        <Alert color="red" role="alert">
          {apiErrorMessage(tc, picked.error)}
        </Alert>
      ) : !version || !locale ? (
        <PageLoader />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <VariantFields variant={version.variants[locale]} language={names.of(locale) ?? locale} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <TemplatePreview templateId={template.id} version={version.version} locale={locale} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

// The reader's language first, then the others by code.
function sortLocales(locales: string[], language: string): string[] {
  const mine = language.split('-')[0]!;
  return [...locales].sort((a, b) => Number(b.split('-')[0] === mine) - Number(a.split('-')[0] === mine) || a.localeCompare(b));
}

/** A locale's fields as written (variables shown as {{…}}); the body's source folded away. */
function VariantFields({ variant, language }: { variant: unknown; language: string }) {
  const { t } = useTranslation('templates');
  const label = useFieldLabel();
  const fields = variantFields(variant);
  const short = fields.filter((f) => f.key !== 'body' && f.key !== 'text');
  const source = fields.filter((f) => f.key === 'body' || f.key === 'text');
  return (
    <Stack gap="sm" component="section" aria-label={t('content.asWritten', { language })}>
      <Text fw={600} size="sm">
        {t('content.asWritten', { language })}
      </Text>
      <Stack component="dl" gap="sm" m={0}>
        {short.map((field) => (
          <div key={field.key}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {label(field.key)}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {field.text || '—'}
            </Text>
          </div>
        ))}
      </Stack>
      {source.length > 0 && (
        <Accordion variant="contained" chevronPosition="left">
          {source.map((field) => (
            <Accordion.Item key={field.key} value={field.key}>
              <Accordion.Control>{t('content.source', { field: label(field.key) })}</Accordion.Control>
              <Accordion.Panel>
                <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 480, overflow: 'auto' }} tabIndex={0}>
                  {field.text}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

/** Every version, newest first, with its review state; an earlier one can be saved again as the next version. */
function VersionsTable({ template, writer, approvalOn }: { template: TemplateDetail; writer: boolean; approvalOn: boolean | undefined }) {
  const { t } = useTranslation('templates');
  const [restoring, setRestoring] = useState<number | null>(null);
  return (
    <>
      <ScrollRegion label={t('versions.table')}>
        <Table verticalSpacing="sm" miw={640} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('versions.version')}</Table.Th>
              <Table.Th>{t('versions.status')}</Table.Th>
              <Table.Th>{t('versions.locales')}</Table.Th>
              <Table.Th>{t('versions.saved')}</Table.Th>
              {writer && <Table.Th>{t('versions.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {template.versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t('versionShort', { version: v.version })}
                    {v.version === template.latestVersion && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('versions.latest')}
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ReviewStatusBadge status={v.status} />
                </Table.Td>
                <Table.Td>
                  <LocaleBadges locales={v.locales} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{dayjs(v.createdAt).format('LLL')}</Text>
                </Table.Td>
                {writer && (
                  <Table.Td>
                    {v.version !== template.latestVersion && (
                      <Button size="xs" variant="default" onClick={() => setRestoring(v.version)} aria-label={t('versions.restoreWhich', { version: v.version })}>
                        {t('versions.restore')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {writer && <RestoreDialog template={template} version={restoring} approvalOn={approvalOn} onClose={() => setRestoring(null)} />}
    </>
  );
}

function RestoreDialog({ template, version, approvalOn, onClose }: { template: TemplateDetail; version: number | null; approvalOn: boolean | undefined; onClose: () => void }) {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const restore = useRestoreVersion();
  const notify = useTemplateNotify();
  const close = () => {
    restore.reset();
    onClose();
  };
  const next = template.latestVersion + 1;
  return (
    <Modal opened={version !== null} onClose={close} title={t('restore.title', { version })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('restore.body', { version, next })}</Text>
        <Text size="sm">{t(approvalOn === false ? 'restore.approvedAtOnce' : 'restore.reviewAgain', { next })}</Text>
        {restore.error && (
          <Alert color="red" role="alert" p="xs">
            {apiErrorMessage(tc, restore.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('common.cancel')}
          </Button>
          <Button
            loading={restore.isPending}
            onClick={() =>
              restore.mutate(
                { id: template.id, version: version! },
                {
                  onSuccess: (saved) => {
                    notify(t('restore.done', { version, next: saved.version }));
                    close();
                  },
                },
              )
            }
          >
            {t('restore.confirm', { next })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
