import { Alert, Button, Group, Loader, Menu, Modal, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { usePhone } from '../../components/phone-cards';
import { StatusDot } from '../../components/status-dot';
import { NotFoundPage } from '../../shell/not-found-page';
import { PageLoader } from '../../shell/page-loader';
import { CampaignAmbassadorsDialog } from '../ambassadors/campaign-ambassadors-dialog';
import { useWorkspace } from '../auth/workspace-context';
import { useNotify } from '../courses/notify';
import { useWorkspaceRules } from '../settings/use-settings';
import { CampaignForm } from './campaign-form';
import { CampaignGoalForm } from './campaign-goal-form';
import type { CampaignSearch, SettingsSection } from './campaign-search';
import { dayAndTime, STATUS_COLORS } from './campaign-format';
import { audienceInWords } from './campaigns-page';
import { CloneDialog, LifecycleDialog } from './lifecycle-dialogs';
import { PlanTimeline } from './plan-timeline';
import { LaunchReadiness, PlanNumbers, PlanWarnings, planWarningLines } from './plan-warnings';
import { StepForm, usePinnedTemplates } from './step-form';
import type { SessionDates } from './timeline-layout';
import {
  canPlanCampaigns,
  isEditable,
  type LifecycleAction,
  lifecycleActions,
  type Step,
  useCampaign,
  useCourseDetail,
  useDeleteCampaign,
  useLifecycle,
  usePlan,
  useSessionDetail,
} from './use-campaigns';

const TERMINAL = new Set(['completed', 'cancelled']);

export function CampaignBuilderPage() {
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  const { t, i18n } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const writer = canPlanCampaigns(workspace.role);
  const phone = usePhone();
  const navigate = useNavigate();
  const notify = useNotify();
  const campaign = useCampaign(campaignId);
  const c = campaign.data;
  const session = useSessionDetail(c?.sessionId ?? null);
  const course = useCourseDetail(c?.courseId ?? null);
  const plan = usePlan(campaignId, Boolean(c));
  const rules = useWorkspaceRules();
  const pinned = usePinnedTemplates(campaignId);
  const remove = useDeleteCampaign(campaignId);
  const search = useSearch({ strict: false }) as CampaignSearch;
  const lifecycle = useLifecycle(campaignId);
  const [editing, setEditing] = useState<{ step?: Step; segmentId?: string } | null>(null);
  const [settings, setSettings] = useState<SettingsSection | null>(null);
  // A follow-up step asked for from the report while the campaign runs: offered after a pause.
  const [pendingStep, setPendingStep] = useState<{ segmentId?: string } | null>(null);
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const [cloning, setCloning] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [ambassadors, setAmbassadors] = useState(false);
  const { t: ta } = useTranslation('ambassadors');
  const [now] = useState(() => Date.now());

  const dates: SessionDates | null = useMemo(
    () =>
      session.data
        ? { startsAt: Date.parse(session.data.startsAt), endsAt: Date.parse(session.data.endsAt), enrolBy: session.data.enrolBy ? Date.parse(session.data.enrolBy) : null, timeZone: session.data.timeZone }
        : null,
    [session.data],
  );

  // Arriving from a link (?settings=…, ?addStep=1&segmentId=…): open what it asks for once, then clean the address.
  const status = c?.status;
  useEffect(() => {
    if (!status || (!search.settings && !search.addStep)) return;
    if (search.settings && writer && !TERMINAL.has(status)) setSettings(search.settings);
    if (search.addStep && writer) {
      if (isEditable(status)) setEditing({ segmentId: search.segmentId });
      else if (!TERMINAL.has(status)) setPendingStep({ segmentId: search.segmentId });
    }
    void navigate({ to: '/campaigns/$campaignId', params: { campaignId }, search: {}, replace: true });
  }, [status, search.settings, search.addStep, search.segmentId, writer, navigate, campaignId]);

  if (campaign.isPending) return <PageLoader />;
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.status === 404) return <NotFoundPage />;
    return (
      <Alert color="red" role="alert" title={t('loadErrorOne')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, campaign.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void campaign.refetch()}>
            {tc('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (!c) return null;

  const editable = writer && isEditable(c.status);
  const zone = dates?.timeZone ?? rules.data?.timeZone ?? 'UTC';
  const launchAt = c.launchedAt ? Date.parse(c.launchedAt) : now;
  const lines = plan.data ? planWarningLines(t, plan.data, i18n.language, now, zone) : [];
  const actions = writer ? lifecycleActions(c.status) : [];

  return (
    <>
      <Stack gap={4} mb="lg">
        <AnchorLink to="/campaigns" size="sm">
          ← {t('title')}
        </AnchorLink>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={4} miw={0} style={{ flex: '1 1 320px' }}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
                {c.name}
              </Title>
              <StatusDot color={STATUS_COLORS[c.status]} label={t(`status.${c.status}`)} />
            </Group>
            <Text size="sm" c="dark.4">
              {course.data?.title ?? '…'}
              {' · '}
              {!c.sessionId
                ? t('evergreen')
                : dates
                  ? t('builder.sessionLine', { start: dayAndTime(dates.startsAt, dates.timeZone, i18n.language), end: dayAndTime(dates.endsAt, dates.timeZone, i18n.language) })
                  : '…'}
            </Text>
            <Text size="sm" c="dark.4">
              {t('builder.audienceLine', { audience: audienceInWords(t, c) })}
            </Text>
            {c.status !== 'draft' && (
              <AnchorLink to="/campaigns/$campaignId/report" params={{ campaignId: c.id }} size="sm" fw={500}>
                {t('builder.report')} →
              </AnchorLink>
            )}
          </Stack>
          <Group gap="xs" wrap="wrap">
            <Button variant="default" onClick={() => setAmbassadors(true)}>
              {ta('dialog.button')} ({c.ambassadorIds.length})
            </Button>
            <Button variant="default" renderRoot={(props) => <Link {...props} to="/campaigns/$campaignId/poster" params={{ campaignId }} />}>
              {ta('poster.button')}
            </Button>
            {writer && (
              <>
                {actions.map((a) => (
                  <Button key={a} color={a === 'cancel' ? 'red' : a === 'pause' ? 'orange' : undefined} variant={a === 'launch' || a === 'resume' ? 'filled' : 'default'} onClick={() => setAction(a)}>
                    {t(`lifecycle.${a}.button`)}
                  </Button>
                ))}
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <Button variant="default">{t('builder.more')}</Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {!TERMINAL.has(c.status) && <Menu.Item onClick={() => setSettings(isEditable(c.status) ? 'plan' : 'goal')}>{t('builder.settings')}</Menu.Item>}
                    <Menu.Item onClick={() => setCloning(true)}>{t('clone.button')}</Menu.Item>
                    {c.status === 'draft' && (
                      <Menu.Item color="red" onClick={() => setDeleting(true)}>
                        {t('builder.delete')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </>
            )}
          </Group>
        </Group>
      </Stack>

      {c.statusReason && (
        <Alert color="orange" mb="md" title={t('builder.statusReason')}>
          {c.statusReason}
        </Alert>
      )}

      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="plan-title">
          <Group justify="space-between" gap="sm">
            <Title order={2} size="h3" id="plan-title">
              {t('builder.planTitle')}
            </Title>
            {editable && c.steps.length > 0 && <Button onClick={() => setEditing({})}>{t('builder.addStep')}</Button>}
          </Group>
          {writer && !isEditable(c.status) && !TERMINAL.has(c.status) && pendingStep && (
            <Alert color="blue" title={t('builder.followUpTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('builder.followUpPause')}</Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    loading={lifecycle.isPending}
                    onClick={() =>
                      lifecycle.mutate('pause', {
                        onSuccess: () => {
                          notify(t('builder.pausedForStep'));
                          setEditing({ segmentId: pendingStep.segmentId });
                          setPendingStep(null);
                        },
                        onError: (e) => notify(apiErrorMessage(tc, e), 'red'),
                      })
                    }
                  >
                    {t('builder.pauseAndAdd')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setPendingStep(null)}>
                    {tc('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {writer && !isEditable(c.status) && !TERMINAL.has(c.status) && !pendingStep && (
            <Text size="sm" c="dark.4">
              {t('builder.pauseToEdit')}
            </Text>
          )}
          {c.steps.length === 0 ? (
            <EmptyState
              title={t('builder.emptyTitle')}
              description={editable ? t('builder.emptyDescription') : undefined}
              action={editable ? <Button onClick={() => setEditing({})}>{t('builder.addStep')}</Button> : undefined}
            />
          ) : (
            <Paper withBorder p={phone ? 'sm' : 'md'} radius="md">
              <PlanTimeline steps={c.steps} plan={plan.data} session={dates} launchAt={launchAt} zone={zone} phone={phone} onOpen={(step) => setEditing({ step })} />
            </Paper>
          )}
        </Stack>

        {c.steps.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="dry-run-title">
            <Group justify="space-between" gap="sm">
              <Title order={2} size="h3" id="dry-run-title">
                {t('dryRun.title')}
              </Title>
              {plan.isFetching && <Loader size="xs" aria-label={t('dryRun.updating')} />}
            </Group>
            <Text size="sm" c="dark.4">
              {t(c.status === 'draft' ? 'dryRun.lead' : 'dryRun.leadLaunched')}
            </Text>
            {plan.isPending ? (
              <PageLoader />
            ) : plan.isError ? (
              <Alert color="red" role="alert" title={t('dryRun.error')}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{apiErrorMessage(tc, plan.error)}</Text>
                  <Button size="xs" variant="default" onClick={() => void plan.refetch()}>
                    {tc('common.retry')}
                  </Button>
                </Stack>
              </Alert>
            ) : (
              <>
                <PlanNumbers plan={plan.data} />
                <PlanWarnings lines={lines} />
                <LaunchReadiness campaign={c} />
              </>
            )}
          </Stack>
        )}
      </Stack>

      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.step ? t('stepForm.editTitle', { name: editing.step.name }) : t('stepForm.addTitle')} size="xl" fullScreen={phone}>
        {editing && (
          <StepForm
            key={editing.step?.id ?? 'new'}
            campaignId={c.id}
            step={editing.step}
            pinned={pinned}
            editable={editable}
            hasSession={Boolean(c.sessionId)}
            initialSegmentId={editing.segmentId}
            onDone={(removed) => {
              notify(removed ? t('builder.stepRemoved') : editing.step ? t('builder.stepSaved') : t('builder.stepAdded'));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </FormModal>
      <FormModal opened={settings !== null} onClose={() => setSettings(null)} title={t('builder.settings')} size="lg" fullScreen={phone}>
        {settings !== null && (
          <Tabs value={settings === 'plan' ? 'plan' : 'goal'} onChange={(v) => setSettings(v === 'plan' ? 'plan' : 'goal')} keepMounted={false}>
            <Tabs.List mb="md">
              {isEditable(c.status) && <Tabs.Tab value="plan">{t('builder.settingsPlan')}</Tabs.Tab>}
              <Tabs.Tab value="goal">{t('builder.settingsGoal')}</Tabs.Tab>
            </Tabs.List>
            {isEditable(c.status) && (
              <Tabs.Panel value="plan">
                <CampaignForm
                  campaign={c}
                  onDone={() => {
                    notify(t('builder.settingsSaved'));
                    setSettings(null);
                  }}
                  onCancel={() => setSettings(null)}
                />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="goal">
              <CampaignGoalForm
                campaign={c}
                section={settings}
                onDone={() => {
                  notify(t('builder.settingsSaved'));
                  setSettings(null);
                }}
                onCancel={() => setSettings(null)}
              />
            </Tabs.Panel>
          </Tabs>
        )}
      </FormModal>
      <LifecycleDialog action={action} campaign={c} plan={plan.data} zone={zone} onClose={() => setAction(null)} />
      <CloneDialog opened={cloning} campaign={c} onClose={() => setCloning(false)} />
      <CampaignAmbassadorsDialog
        campaignId={campaignId}
        opened={ambassadors}
        onClose={() => setAmbassadors(false)}
        canManage={writer}
        onManage={
          TERMINAL.has(c.status)
            ? undefined
            : () => {
                setAmbassadors(false);
                setSettings('ambassadors');
              }
        }
      />
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={t('builder.deleteTitle', { name: c.name })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('builder.deleteText', { count: c.steps.length })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDeleting(false)}>
              {tc('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    notify(t('builder.deleted', { name: c.name }));
                    void navigate({ to: '/campaigns' });
                  },
                  onError: (e) => notify(apiErrorMessage(tc, e), 'red'),
                })
              }
            >
              {t('builder.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
