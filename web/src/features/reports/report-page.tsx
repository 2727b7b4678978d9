import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, ColorSwatch, Group, Paper, Progress, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { usePhone } from '../../components/phone-cards';
import { StatusDot } from '../../components/status-dot';
import { NotFoundPage } from '../../shell/not-found-page';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { STATUS_COLORS } from '../campaigns/campaign-format';
import { canPlanCampaigns } from '../campaigns/use-campaigns';
import { BreakdownTable, channelOrVariant, ScrollCue } from './breakdown-table';
import { DrilldownDrawer } from './drilldown-drawer';
import { Explained } from './explained';
import { count, everyDay, money, percent, slugOf, verdictSentence } from './report-format';
import classes from './report.module.css';
import { BREAKDOWNS, downloadCsv, FUNNEL_STAGES, type Report, type Selection, useReport } from './use-report';

/**
 * A campaign's report: the goal, the funnel, the rates, the daily series, the breakdowns, the A/B
 * verdicts, the ROI, the ambassadors and the network posts. Every figure says what it counts, and
 * every count opens the learners behind it.
 */
export function ReportPage() {
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const report = useReport(campaignId);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  if (report.isPending) return <PageLoader />;
  // A failed refresh keeps the last figures on screen (with a banner below); only a first load that fails replaces them.
  if (report.isError && report.data === undefined) {
    if (isApiError(report.error) && report.error.status === 404) return <NotFoundPage />;
    return (
      <Alert color="red" role="alert" title={t('loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, report.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void report.refetch()}>
            {tc('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const r = report.data!;
  const aggregate = r.openTracking === 'aggregate';
  const empty = r.funnel.targeted === 0 && r.funnel.enrolled === 0 && r.posts.length === 0;
  const lang = i18n.language;

  const exportReport = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await downloadCsv('/v1/campaigns/{id}/report.csv', campaignId, { locale: lang.startsWith('fr') ? 'fr' : 'en' }, `${slugOf(r.campaign.name)}-${t('exportFile')}.csv`);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Stack gap={4} mb="lg">
        <AnchorLink to="/campaigns/$campaignId" params={{ campaignId }} size="sm">
          ← {r.campaign.name}
        </AnchorLink>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={4} miw={0} style={{ flex: '1 1 320px' }}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
                {t('title', { name: r.campaign.name })}
              </Title>
              <StatusDot color={STATUS_COLORS[r.campaign.status as keyof typeof STATUS_COLORS] ?? 'gray'} label={t(`status.${r.campaign.status}`, { defaultValue: r.campaign.status })} />
            </Group>
            <Text size="sm" c="dimmed">
              {t('generatedAt', { at: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(r.generatedAt)) })}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button variant="default" onClick={() => void report.refetch()} loading={report.isRefetching}>
              {t('refresh')}
            </Button>
            {!empty && (
              <Button variant="default" onClick={() => void exportReport()} loading={exporting}>
                {t('exportReport')}
              </Button>
            )}
          </Group>
        </Group>
        {report.isRefetchError && (
          <Alert color="red" role="alert" title={t('refetchError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(tc, report.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void report.refetch()} loading={report.isRefetching}>
                {tc('common.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
        {exportError !== null && (
          <Alert color="red" role="alert">
            {apiErrorMessage(tc, exportError)}
          </Alert>
        )}
      </Stack>

      {empty ? (
        <Stack gap="lg">
          <GoalCard report={r} />
          <EmptyState
            title={r.campaign.status === 'draft' || r.campaign.status === 'scheduled' ? t('empty.notLaunchedTitle') : t('empty.noDataTitle')}
            description={r.campaign.status === 'draft' || r.campaign.status === 'scheduled' ? t('empty.notLaunched') : t('empty.noData')}
            action={
              <AnchorLink to="/campaigns/$campaignId" params={{ campaignId }} size="sm">
                {t('empty.toBuilder')}
              </AnchorLink>
            }
          />
        </Stack>
      ) : (
        <Stack gap="xl">
          {aggregate && (
            <Alert color="blue" title={t('aggregate.title')}>
              {t('aggregate.body')}
            </Alert>
          )}
          <GoalCard report={r} />
          <FunnelSection report={r} onDrill={setSelection} />
          <EnrolledFigures report={r} onDrill={setSelection} />
          <RatesSection report={r} />
          <DailySection report={r} />
          <section aria-labelledby="breakdowns">
            <Title order={2} size="h4" id="breakdowns" mb={4}>
              {t('breakdown.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('breakdown.help')}
            </Text>
            <Tabs defaultValue="step" keepMounted={false}>
              <Tabs.List>
                {BREAKDOWNS.map((b) => (
                  <Tabs.Tab key={b} value={b}>
                    {t(`breakdown.${b}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {BREAKDOWNS.map((b) => (
                <Tabs.Panel key={b} value={b} pt="sm">
                  {r.breakdowns[b].length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('breakdown.empty')}
                    </Text>
                  ) : (
                    <BreakdownTable dimension={b} rows={r.breakdowns[b]} aggregate={aggregate} attributionWindowDays={r.attributionWindowDays} onDrill={setSelection} />
                  )}
                </Tabs.Panel>
              ))}
            </Tabs>
          </section>
          <AbSection report={r} />
          <RoiSection report={r} />
          <AmbassadorsSection report={r} onDrill={setSelection} />
          <PostsSection report={r} />
        </Stack>
      )}
      <DrilldownDrawer
        campaignId={campaignId}
        campaignName={r.campaign.name}
        selection={selection}
        onClose={() => setSelection(null)}
        onChange={setSelection}
        canRetarget={canPlanCampaigns(workspace.role)}
        aggregate={aggregate}
      />
    </>
  );
}

type Drill = (selection: Selection) => void;

function SectionTitle({ id, children }: { id: string; children: string }) {
  return (
    <Title order={2} size="h4" id={id} mb="sm">
      {children}
    </Title>
  );
}

function GoalCard({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const { goal } = r;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="goal">
      <Title order={2} size="h4" id="goal" mb="xs">
        {t('goal.title')}
      </Title>
      {goal.enrolments === null ? (
        <Text size="sm" c="dimmed">
          {t('goal.none', { enrolled: count(goal.enrolled, i18n.language) })}{' '}
          <AnchorLink to="/campaigns/$campaignId" params={{ campaignId: r.campaign.id }} search={{ settings: 'goal' }} fw={500}>
            {t('goal.set')}
          </AnchorLink>
        </Text>
      ) : (
        <Stack gap={6}>
          <Explained explanation={t('goal.explain', { days: r.attributionWindowDays })}>
            <Text span size="lg" fw={700}>
              {t('goal.progress', { enrolled: count(goal.enrolled, i18n.language), goal: count(goal.enrolments, i18n.language), percent: percent(goal.progress, i18n.language) })}
            </Text>
          </Explained>
          <Progress value={Math.min(100, (goal.progress ?? 0) * 100)} size="lg" color={(goal.progress ?? 0) >= 1 ? 'green' : 'blue'} aria-label={t('goal.title')} />
          <Text size="sm" c="dimmed">
            {(goal.progress ?? 0) >= 1 ? t('goal.reached') : t('goal.remaining', { count: goal.enrolments - goal.enrolled })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}

function FunnelSection({ report: r, onDrill }: { report: Report; onDrill: Drill }) {
  const { t, i18n } = useTranslation('reports');
  const phone = usePhone();
  const aggregate = r.openTracking === 'aggregate';
  const explain = (stage: string) =>
    `${stage === 'opened' && aggregate ? t('aggregate.openedExplain') : t(`stage.${stage}.explain`, { days: r.attributionWindowDays })}${stage === 'targeted' || (stage === 'opened' && aggregate) ? '' : ` ${t('funnel.ofTargetedExplain')}`}`;
  const data = FUNNEL_STAGES.map((s) => ({ stage: t(`stage.${s}.label`), [t('learners')]: r.funnel[s] }));
  return (
    <section aria-labelledby="funnel">
      <SectionTitle id="funnel">{t('funnel.title')}</SectionTitle>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs" mb="md">
        {FUNNEL_STAGES.map((s) => {
          const drillable = !(aggregate && s === 'opened');
          const tile = (
            <div className={classes.tile}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`stage.${s}.label`)}
              </Text>
              <Text size="xl" fw={700}>
                {count(r.funnel[s], i18n.language)}
              </Text>
              <Text size="xs" c="dimmed">
                {s === 'targeted' ? '\u00a0' : aggregate && s === 'opened' ? t('aggregate.opens') : t('funnel.ofTargeted', { percent: percent(r.funnel.targeted ? r.funnel[s] / r.funnel.targeted : null, i18n.language) })}
              </Text>
            </div>
          );
          return (
            <Explained
              key={s}
              explanation={explain(s)}
              onClick={drillable ? () => onDrill({ stage: s }) : undefined}
              label={drillable ? t('drill.stageLabel', { stage: t(`stage.${s}.label`), count: r.funnel[s] }) : undefined}
            >
              {tile}
            </Explained>
          );
        })}
      </SimpleGrid>
      {r.funnel.machineOpened > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          <Explained explanation={t('stage.machineOpened.explain')} onClick={aggregate ? undefined : () => onDrill({ stage: 'machineOpened' })}>
            {t('funnel.machine', { count: r.funnel.machineOpened })}
          </Explained>
        </Text>
      )}
      <Paper withBorder p="sm" radius="md" style={{ overflow: 'hidden' }}>
        <BarChart
          h={phone ? 260 : 300}
          data={data}
          dataKey="stage"
          orientation="vertical"
          yAxisProps={{ width: phone ? 90 : 110 }}
          series={[{ name: t('learners'), color: 'blue.7' }]}
          withBarValueLabel
          barProps={{ isAnimationActive: false }}
          valueFormatter={(v) => count(v, i18n.language)}
          gridAxis="x"
          aria-label={t('funnel.chartLabel')}
          role="img"
        />
      </Paper>
      <Group gap="xs" mt="sm" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('questions.title')}
        </Text>
        <Button size="xs" variant="light" onClick={() => onDrill({ stage: 'clicked', notStage: 'enrolled' })}>
          {t('questions.clickedNotEnrolled')}
        </Button>
        <Button size="xs" variant="light" onClick={() => onDrill({ stage: 'enrolled', notStage: 'started' })}>
          {t('questions.enrolledNotStarted')}
        </Button>
        <Button size="xs" variant="light" onClick={() => onDrill({ stage: 'delivered', notStage: 'clicked' })}>
          {t('questions.deliveredNotClicked')}
        </Button>
      </Group>
    </section>
  );
}

/** The two enrolled figures, each named for what it counts, and the learners that make them differ. */
function EnrolledFigures({ report: r, onDrill }: { report: Report; onDrill: Drill }) {
  const { t, i18n } = useTranslation('reports');
  const n = (v: number) => count(v, i18n.language);
  return (
    <section aria-labelledby="enrolled-figures">
      <SectionTitle id="enrolled-figures">{t('enrolled.title')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Paper withBorder p="md" radius="md">
          <Explained explanation={t('stage.enrolled.explain', { days: r.attributionWindowDays })} onClick={() => onDrill({ stage: 'enrolled' })} label={t('drill.stageLabel', { stage: t('enrolled.attributed'), count: r.funnel.enrolled })}>
            <Text size="sm">{t('enrolled.attributed')}</Text>
            <Text size="xl" fw={700}>
              {n(r.funnel.enrolled)}
            </Text>
          </Explained>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Explained explanation={t('stage.reachedEnrolled.explain')} onClick={() => onDrill({ stage: 'reachedEnrolled' })} label={t('drill.stageLabel', { stage: t('enrolled.reached'), count: r.reached.enrolled })}>
            <Text size="sm">{t('enrolled.reached')}</Text>
            <Text size="xl" fw={700}>
              {n(r.reached.enrolled)}
            </Text>
          </Explained>
        </Paper>
      </SimpleGrid>
      <Stack gap={2} mt="sm" align="flex-start">
        <Text size="sm">{t('enrolled.overlap', { both: n(r.enrolledOverlap.both) })}</Text>
        {(
          [
            ['attributedOnly', r.enrolledOverlap.attributedOnly, { stage: 'enrolled', notStage: 'reachedEnrolled' }],
            ['reachedOnly', r.enrolledOverlap.reachedOnly, { stage: 'reachedEnrolled', notStage: 'enrolled' }],
          ] as const
        ).map(([key, value, selection]) =>
          value === 0 ? (
            <Text key={key} size="sm">
              {t(`enrolled.${key}`, { count: value })}
            </Text>
          ) : (
            <Anchor key={key} component="button" type="button" size="sm" ta="left" onClick={() => onDrill({ ...selection })}>
              {t(`enrolled.${key}`, { count: value })}
            </Anchor>
          ),
        )}
      </Stack>
      <Text size="xs" c="dimmed" mt={4}>
        {t('enrolled.why', { days: r.attributionWindowDays })}
      </Text>
    </section>
  );
}

const RATES = ['open', 'clickThrough', 'clickToOpen', 'participation', 'conversion', 'completion'] as const;

function RatesSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const aggregate = r.openTracking === 'aggregate';
  return (
    <section aria-labelledby="rates">
      <SectionTitle id="rates">{t('rate.title')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t('funnel.ratesNote')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
        {RATES.map((rate) => (
          <div key={rate} className={classes.tile}>
            <Text size="xs" c="dimmed" fw={600}>
              {t(`rate.${rate}.label`)}
            </Text>
            <Explained explanation={`${t(`rate.${rate}.explain`)}${aggregate && (rate === 'open' || rate === 'clickToOpen') ? ` ${t('aggregate.rateExplain')}` : ''}`}>
              <Text span size="lg" fw={700}>
                {percent(r.rates[rate], i18n.language)}
              </Text>
            </Explained>
          </div>
        ))}
      </SimpleGrid>
    </section>
  );
}

const DAILY_SERIES = [
  ['sent', 'gray.6'],
  ['opened', 'blue.7'],
  ['clicked', 'orange.8'],
  ['enrolled', 'green.8'],
] as const;

function DailySection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const phone = usePhone();
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const data = everyDay(r.daily).map((p) => ({
    date: day.format(new Date(`${p.date}T00:00:00Z`)),
    [t('daily.sent')]: p.sent,
    [t('daily.opened')]: p.opened,
    [t('daily.clicked')]: p.clicked,
    [t('daily.enrolled')]: p.enrolled,
  }));
  return (
    <section aria-labelledby="daily">
      <SectionTitle id="daily">{t('daily.title')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t('daily.help', { zone: r.campaign.timeZone })}
      </Text>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('daily.empty')}
        </Text>
      ) : (
        <Paper withBorder p="sm" radius="md" style={{ overflow: 'hidden' }}>
          <BarChart
            h={phone ? 200 : 260}
            data={data}
            dataKey="date"
            series={DAILY_SERIES.map(([key, color]) => ({ name: t(`daily.${key}`), color }))}
            gridAxis="y"
            maxBarWidth={18}
            valueFormatter={(v) => count(v, i18n.language)}
            barProps={{ isAnimationActive: false }}
            aria-label={t('daily.chartLabel')}
            role="img"
          />
          <Group gap="md" justify="center" mt="xs" aria-hidden>
            {DAILY_SERIES.map(([key, color]) => (
              <Group key={key} gap={6}>
                <ColorSwatch color={`var(--mantine-color-${color.replace('.', '-')})`} size={12} withShadow={false} />
                <Text size="sm">{t(`daily.${key}`)}</Text>
              </Group>
            ))}
          </Group>
        </Paper>
      )}
    </section>
  );
}

function AbSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  if (r.abTests.length === 0) return null;
  return (
    <section aria-labelledby="ab">
      <SectionTitle id="ab">{t('ab.title')}</SectionTitle>
      <Stack gap="sm">
        {r.abTests.map((test) => (
          <Paper key={test.stepId} withBorder p="md" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
              <Text fw={600}>{test.stepName}</Text>
              {test.winner && <Badge color="green" variant="light" styles={{ label: { textTransform: 'none' } }}>{t('ab.winner', { variant: test.winner })}</Badge>}
            </Group>
            <Explained explanation={t('ab.explain')}>
              <Text span size="sm" fw={500}>
                {verdictSentence(t, test)}
              </Text>
            </Explained>
            <ScrollCue label={t('ab.tableLabel', { step: test.stepName })}>
              <Table mt="xs" miw={480} verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ab.variant')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('stage.targeted.short')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('stage.delivered.short')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('stage.clicked.short')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('rate.clickThrough.short')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('stage.enrolled.short')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {test.variants.map((v) => (
                    <Table.Tr key={v.variant}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('variantName', { key: v.variant })}</Table.Td>
                      <Table.Td className={classes.numeric}>{count(v.targeted, i18n.language)}</Table.Td>
                      <Table.Td className={classes.numeric}>{count(v.delivered, i18n.language)}</Table.Td>
                      <Table.Td className={classes.numeric}>{count(v.clicked, i18n.language)}</Table.Td>
                      <Table.Td className={classes.numeric}>{percent(v.rate, i18n.language)}</Table.Td>
                      <Table.Td className={classes.numeric}>{count(v.enrolled, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollCue>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

function RoiSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const { roi } = r;
  const m = (v: number | null) => money(v, roi.currency, i18n.language);
  return (
    <section aria-labelledby="roi">
      <SectionTitle id="roi">{t('roi.title')}</SectionTitle>
      {roi.cost === null ? (
        <Text size="sm" c="dimmed">
          {t('roi.none')}{' '}
          <AnchorLink to="/campaigns/$campaignId" params={{ campaignId: r.campaign.id }} search={{ settings: 'costs' }} fw={500}>
            {t('roi.set')}
          </AnchorLink>
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          {(
            [
              ['cost', roi.cost, t('roi.costExplain', { production: m(roi.production), hours: roi.hours ?? 0, rate: m(roi.hourlyRate) })],
              ['perEnrolment', roi.costPerEnrolment, t('roi.perEnrolmentExplain', { count: r.funnel.enrolled })],
              ['perCompletion', roi.costPerCompletion, t('roi.perCompletionExplain', { count: r.funnel.completed })],
            ] as const
          ).map(([key, value, explanation]) => (
            <div key={key} className={classes.tile}>
              <Text size="xs" c="dimmed" fw={600}>
                {t(`roi.${key}`)}
              </Text>
              <Explained explanation={explanation}>
                <Text span size="lg" fw={700}>
                  {m(value)}
                </Text>
              </Explained>
            </div>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

function AmbassadorsSection({ report: r, onDrill }: { report: Report; onDrill: Drill }) {
  const { t, i18n } = useTranslation('reports');
  return (
    <section aria-labelledby="ambassadors">
      <SectionTitle id="ambassadors">{t('ambassadors.title')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        <Explained explanation={t('ambassadors.posterExplain')}>{t('ambassadors.posterScans', { count: r.posterScans, formatted: count(r.posterScans, i18n.language) })}</Explained>
      </Text>
      {r.ambassadors.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ambassadors.none')}
        </Text>
      ) : (
        <ScrollCue label={t('ambassadors.title')}>
          <Table striped miw={600} verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ambassadors.rank')}</Table.Th>
                <Table.Th>{t('ambassadors.name')}</Table.Th>
                <Table.Th className={classes.numeric}>
                  <Explained explanation={t('ambassadors.sharedExplain')}>{t('ambassadors.shared')}</Explained>
                </Table.Th>
                <Table.Th className={classes.numeric}>
                  <Explained explanation={t('ambassadors.clicksExplain')}>{t('ambassadors.clicks')}</Explained>
                </Table.Th>
                <Table.Th className={classes.numeric}>
                  <Explained explanation={t('ambassadors.explain')}>{t('stage.enrolled.short')}</Explained>
                </Table.Th>
                <Table.Th className={classes.numeric}>{t('stage.completed.short')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.ambassadors.map((a) => (
                <Table.Tr key={a.learnerId}>
                  <Table.Td>{a.rank}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {a.name}
                    </Text>
                    {a.department && (
                      <Text size="xs" c="dimmed">
                        {a.department}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className={classes.numeric}>{count(a.relayCount, i18n.language)}</Table.Td>
                  <Table.Td className={classes.numeric}>{count(a.clicks, i18n.language)}</Table.Td>
                  <Table.Td className={classes.numeric}>
                    {a.enrolled > 0 ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => onDrill({ stage: 'enrolled', dimension: 'ambassador', key: a.learnerId, label: a.name })}
                        aria-label={t('drill.cellLabel', { stage: t('stage.enrolled.label'), group: a.name, count: a.enrolled })}
                      >
                        {count(a.enrolled, i18n.language)}
                      </Button>
                    ) : (
                      '0'
                    )}
                  </Table.Td>
                  <Table.Td className={classes.numeric}>{count(a.completed, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollCue>
      )}
    </section>
  );
}

function PostsSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: r.campaign.timeZone });
  return (
    <section aria-labelledby="posts">
      <SectionTitle id="posts">{t('posts.title')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t('posts.help')}
      </Text>
      {r.posts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('posts.none')}
        </Text>
      ) : (
        <ScrollCue label={t('posts.title')}>
          <Table striped miw={560} verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('posts.step')}</Table.Th>
                <Table.Th>{t('posts.channel')}</Table.Th>
                <Table.Th>{t('posts.status')}</Table.Th>
                <Table.Th>{t('posts.sentAt')}</Table.Th>
                <Table.Th className={classes.numeric}>
                  <Explained explanation={t('posts.clicksExplain')}>{t('posts.clicks')}</Explained>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.posts.map((p) => (
                <Table.Tr key={p.deliveryId}>
                  <Table.Td>{p.stepName}</Table.Td>
                  <Table.Td>
                    {p.channelName ?? t('posts.channelGone')}
                    {p.channelKind && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {channelOrVariant(t, 'channel', p.channelKind)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`posts.statuses.${p.status}`, { defaultValue: p.status })}</Table.Td>
                  <Table.Td>{p.sentAt ? when.format(new Date(p.sentAt)) : '—'}</Table.Td>
                  <Table.Td className={classes.numeric}>{count(p.clicks, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollCue>
      )}
    </section>
  );
}
