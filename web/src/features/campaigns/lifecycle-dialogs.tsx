import { Alert, Button, Group, List, Loader, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage, problemMessage } from '../../api/problem-message';
import { useNotify } from '../courses/notify';
import { dateOnly, dayAndTime, zoneCity } from './campaign-format';
import { type CampaignWithSteps, type LifecycleAction, type Plan, useCloneCampaign, useDeliverySummary, useLifecycle, useSessionOptions } from './use-campaigns';

/** Where a launch problem's path points: « Step 3 “Reminder” », or the campaign itself. */
export function problemPlace(t: (k: string, o?: Record<string, unknown>) => string, path: string, campaign: CampaignWithSteps): string {
  const match = /^steps\[(\d+)\]/.exec(path);
  if (match) {
    const step = campaign.steps[Number(match[1])];
    return step ? t('launch.atStep', { name: step.name }) : path;
  }
  return t('launch.atCampaign');
}

/**
 * Asks before a launch, pause, resume or cancellation, saying what will happen with the api's
 * numbers: the dry run's for a launch, the deliveries waiting for the others.
 */
export function LifecycleDialog({ action, campaign, plan, zone, onClose }: { action: LifecycleAction | null; campaign: CampaignWithSteps; plan: Plan | undefined; zone: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const notify = useNotify();
  const lifecycle = useLifecycle(campaign.id);
  const summary = useDeliverySummary(campaign.id, action !== null && action !== 'launch');
  const [problems, setProblems] = useState<Array<{ place: string; text: string }> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const number = new Intl.NumberFormat(i18n.language);

  const close = () => {
    setProblems(null);
    setError(null);
    lifecycle.reset();
    onClose();
  };

  const waiting = (summary.data?.byStatus.pending ?? 0) + (summary.data?.byStatus.queued ?? 0);
  const sent = summary.data?.byStatus.sent ?? 0;
  // Steps whose messages are not planned yet (they are, shortly before they go): the waiting count leaves them out.
  const unplanned = campaign.steps.filter((s) => !s.notice && !s.materializedAt).length;
  const messages = plan?.steps.reduce((n, s) => n + s.audience, 0) ?? 0;
  const skipped = plan?.steps.reduce((n, s) => n + s.wouldSkip.unsubscribed + s.wouldSkip.suppressed + s.wouldSkip.noConsent + s.wouldSkip.frequencyCap, 0) ?? 0;
  const warnings = plan?.steps.reduce((n, s) => n + s.warnings.length, 0) ?? 0;
  const firsts = (plan?.steps ?? []).map((s) => s.firstSendAt).filter((x): x is string => Boolean(x)).sort();
  const lasts = (plan?.steps ?? []).map((s) => s.lastSendAt).filter((x): x is string => Boolean(x)).sort();

  const run = () => {
    if (!action) return;
    setError(null);
    lifecycle.mutate(action, {
      onSuccess: () => {
        notify(t(`lifecycle.done.${action}`, { name: campaign.name }));
        close();
      },
      onError: (e) => {
        if (isApiError(e) && e.code === 'CAMPAIGN.NOT_LAUNCHABLE' && e.details.length) {
          setProblems(e.details.map((d) => ({ place: problemPlace(t, d.path, campaign), text: problemMessage(tc, d) })));
        } else setError(apiErrorMessage(tc, e));
      },
    });
  };

  const numbersLoading = action === 'launch' ? !plan : summary.isPending;
  let body: React.ReactNode = null;
  if (action === 'launch' && plan) {
    body = (
      <Stack gap="xs">
        <Text size="sm">{t('lifecycle.launch.lead')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('lifecycle.launch.audience', { count: plan.audience, n: number.format(plan.audience) })}</List.Item>
          <List.Item>{t('lifecycle.launch.messages', { count: messages, n: number.format(messages), steps: plan.steps.length })}</List.Item>
          {firsts.length > 0 && <List.Item>{t('lifecycle.launch.span', { from: dayAndTime(firsts[0]!, zone, i18n.language), to: dayAndTime(lasts[lasts.length - 1] ?? firsts[firsts.length - 1]!, zone, i18n.language), zone: zoneCity(zone) })}</List.Item>}
          <List.Item>{t('lifecycle.launch.skipped', { count: skipped, n: number.format(skipped) })}</List.Item>
          {warnings > 0 && <List.Item>{t('lifecycle.launch.warnings', { count: warnings })}</List.Item>}
        </List>
        <Text size="sm">{t('lifecycle.launch.after')}</Text>
      </Stack>
    );
  } else if (action && action !== 'launch' && summary.data) {
    body = (
      <Stack gap={4}>
        <Text size="sm">{t(`lifecycle.${action}.text`, { count: waiting, n: number.format(waiting), sent: number.format(sent) })}</Text>
        {unplanned > 0 && <Text size="sm">{t(`lifecycle.${action}.unplanned`, { count: unplanned })}</Text>}
      </Stack>
    );
  } else if (action && action !== 'launch' && summary.isError) {
    body = <Text size="sm">{t(`lifecycle.${action}.textUnknown`)}</Text>;
  }

  return (
    <Modal opened={action !== null} onClose={close} title={action ? t(`lifecycle.${action}.title`, { name: campaign.name }) : ''} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        {numbersLoading ? <Loader size="sm" aria-label={tc('common.loading')} /> : body}
        {problems && (
          <Alert color="red" role="alert" title={t('launch.problemsTitle', { count: problems.length })}>
            <List size="sm" spacing={4}>
              {problems.map((p, i) => (
                <List.Item key={i}>
                  <Text span fw={600} size="sm">
                    {p.place}
                  </Text>{' '}
                  {p.text}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {action ? t(`lifecycle.${action}.keep`) : tc('common.cancel')}
          </Button>
          <Button color={action === 'cancel' ? 'red' : action === 'pause' ? 'orange' : undefined} loading={lifecycle.isPending} disabled={numbersLoading} onClick={run}>
            {action ? t(`lifecycle.${action}.confirm`) : ''}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Copies the campaign onto another session of its course: a new draft, the same steps and offsets. */
export function CloneDialog({ opened, campaign, onClose }: { opened: boolean; campaign: CampaignWithSteps; onClose: () => void }) {
  const { t, i18n } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const sessions = useSessionOptions(opened ? campaign.courseId : null);
  const clone = useCloneCampaign(campaign.id);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ sessionId?: string; name?: string; form?: string }>({});

  const submit = () => {
    if (!sessionId) return setErrors({ sessionId: t('clone.pickSession') });
    setErrors({});
    clone.mutate(
      // Named in the reader's language when left blank (the api's own default is English).
      { sessionId, name: name.trim() || t('clone.namePlaceholder', { name: campaign.name }).slice(0, 200) },
      {
        onSuccess: (copy) => {
          notify(t('clone.done', { name: copy.name }));
          onClose();
          void navigate({ to: '/campaigns/$campaignId', params: { campaignId: copy.id } });
        },
        onError: (e) => {
          if (isApiError(e) && e.details.some((d) => d.path === 'sessionId' || d.path === 'name')) {
            const at = (p: string) => e.details.find((d) => d.path === p);
            setErrors({ sessionId: at('sessionId') && problemMessage(tc, at('sessionId')!), name: at('name') && problemMessage(tc, at('name')!) });
          } else setErrors({ form: apiErrorMessage(tc, e) });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('clone.title', { name: campaign.name })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('clone.lead', { count: campaign.steps.length })}</Text>
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Select
          label={t('clone.session')}
          withAsterisk
          data={(sessions.data?.items ?? []).map((s) => ({
            value: s.id,
            label: `${dateOnly(s.startsAt, s.timeZone, i18n.language)}${s.title ? ` — ${s.title}` : ''}${s.id === campaign.sessionId ? ` (${t('clone.current')})` : ''}`,
            disabled: s.status === 'cancelled',
          }))}
          value={sessionId}
          onChange={setSessionId}
          error={errors.sessionId}
          nothingFoundMessage={t('clone.noSession')}
        />
        <TextInput label={t('clone.name')} placeholder={t('clone.namePlaceholder', { name: campaign.name })} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button loading={clone.isPending} onClick={submit}>
            {t('clone.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
