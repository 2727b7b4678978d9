import { Alert, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dayAndTime, zoneCity } from './campaign-format';
import { stepsInThePast } from './timeline-layout';
import { problemMessage } from '../../api/problem-message';
import { problemPlace } from './lifecycle-dialogs';
import { type CampaignWithSteps, type Plan, type PlanWarning, type StepPlan, useLaunchCheck } from './use-campaigns';

export interface WarningLine {
  stepId: string;
  code: string;
  text: string;
}

/** One warning of the dry run in the DLM's words, by its code; the api's text when the console does not know it. */
export function warningText(t: TFunction, w: PlanWarning, step: StepPlan, plan: Plan, locale: string): string {
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => t('quoted', { name: plan.steps.find((s) => s.stepId === id)?.name ?? '?' })).join(', ');
  const n = new Intl.NumberFormat(locale).format(w.count ?? 0);
  const values = {
    step: step.name,
    count: w.count ?? 0,
    n,
    cap: plan.frequencyCap,
    others: names(w.stepIds),
    zones: (w.zones ?? []).map(zoneCity).join(', '),
  };
  return t(`warnings.${w.code.replace(/^PLAN\./, '')}`, { ...values, defaultValue: `${t('quoted', { name: step.name })}: ${w.message}` });
}

/** Every warning of the plan, step by step in plan order, and the steps that would go in the past (not yet launched). */
export function planWarningLines(t: TFunction, plan: Plan, locale: string, now: number, zone: string): WarningLine[] {
  const lines: WarningLine[] = [];
  const past = new Set(plan.status === 'draft' ? stepsInThePast(plan.steps, now) : []);
  for (const step of plan.steps) {
    if (past.has(step.stepId)) lines.push({ stepId: step.stepId, code: 'IN_THE_PAST', text: t('warnings.IN_THE_PAST', { step: step.name, when: dayAndTime(step.firstSendAt!, zone, locale) }) });
    for (const w of step.warnings) lines.push({ stepId: step.stepId, code: w.code, text: warningText(t, w, step, plan, locale) });
  }
  return lines;
}

/** The dry run's numbers: the audience, the messages it would send, and who would be skipped and why. */
export function PlanNumbers({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('campaigns');
  const number = new Intl.NumberFormat(i18n.language);
  const sum = (pick: (s: StepPlan) => number) => plan.steps.reduce((n, s) => n + pick(s), 0);
  const messages = sum((s) => s.audience);
  const skipped = {
    unsubscribed: sum((s) => s.wouldSkip.unsubscribed),
    suppressed: sum((s) => s.wouldSkip.suppressed),
    noConsent: sum((s) => s.wouldSkip.noConsent),
    frequencyCap: sum((s) => s.wouldSkip.frequencyCap),
  };
  const skippedTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
  const stat = (label: string, value: number, detail?: string) => (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dark.4">
        {label}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {number.format(value)}
      </Text>
      {detail && (
        <Text size="xs" c="dark.4">
          {detail}
        </Text>
      )}
    </Paper>
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {stat(t('dryRun.audience'), plan.audience, t('dryRun.audienceHelp'))}
      {stat(t('dryRun.messages'), messages, t('dryRun.messagesHelp', { count: plan.steps.length }))}
      {stat(
        t('dryRun.skipped'),
        skippedTotal,
        skippedTotal
          ? t('dryRun.skippedDetail', { unsubscribed: number.format(skipped.unsubscribed + skipped.suppressed), noConsent: number.format(skipped.noConsent), cap: number.format(skipped.frequencyCap) })
          : t('dryRun.nobodySkipped'),
      )}
      {stat(t('dryRun.cap'), plan.frequencyCap, plan.frequencyCap ? t('dryRun.capHelp') : t('dryRun.noCap'))}
    </SimpleGrid>
  );
}

export function PlanWarnings({ lines }: { lines: WarningLine[] }) {
  const { t } = useTranslation('campaigns');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={3} size="h5">
          {t('warnings.title')}
        </Title>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dark.4">
          {t('warnings.none')}
        </Text>
      ) : (
        <Alert color="orange" variant="light" p="sm">
          <List spacing={6} size="sm" c="dark.8">
            {lines.map((line, i) => (
              <List.Item key={`${line.stepId}-${line.code}-${i}`}>{line.text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** Before a launch: what it would refuse, at the step it is about, in the reader's language where the api gives a code. */
export function LaunchReadiness({ campaign }: { campaign: CampaignWithSteps }) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const check = useLaunchCheck(campaign.id, campaign.status === 'draft' && campaign.steps.length > 0);
  if (campaign.status !== 'draft' || !check.data) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('readiness.title')}
      </Title>
      {check.data.launchable ? (
        <Text size="sm" c="dark.4">
          {t('readiness.ready')}
        </Text>
      ) : (
        <Alert color="red" variant="light" p="sm">
          <List spacing={6} size="sm" c="dark.8">
            {check.data.problems.map((p, i) => (
              <List.Item key={`${p.path}-${i}`}>
                <Text span fw={600} size="sm">
                  {problemPlace(t, p.path, campaign)}
                </Text>{' '}
                {problemMessage(tc, p as { code?: string; message: string; params?: Record<string, string | number> })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
