import { Badge, Box, Group, ScrollArea, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message';
import { dayAndTime, shortDay, shortDayAndTime, timeOnly, whenInWords, zoneCity } from './campaign-format';
import classes from './plan-timeline.module.css';
import { axisTicks, type Lane, placeCards, type Scale, type SessionDates, stepInstant, timelineScale, zoneLanes } from './timeline-layout';
import type { Plan, Step, StepPlan } from './use-campaigns';

const CARD_PX = 196;
const ROW_PX = 92;

export interface TimelineProps {
  steps: Step[];
  plan: Plan | undefined;
  session: SessionDates | null;
  launchAt: number;
  /** The zone dates are written in when no lane says otherwise: the session's, else the workspace's. */
  zone: string;
  phone: boolean;
  onOpen: (step: Step) => void;
}

interface Dated {
  step: Step;
  at: number | null;
}

/**
 * The plan around the session: before, during and after as bands, the session's start and end on
 * the axis, each step as a card at the instant its anchor and offset give, then the dry run: a lane
 * per time zone of the audience with when each step lands there. On a phone, the same as a list.
 */
export function PlanTimeline({ steps, plan, session, launchAt, zone, phone, onOpen }: TimelineProps) {
  const dated: Dated[] = useMemo(() => steps.map((step) => ({ step, at: stepInstant(step, session, launchAt) })), [steps, session, launchAt]);
  const planById = useMemo(() => new Map((plan?.steps ?? []).map((p) => [p.stepId, p])), [plan]);
  const lanes = useMemo(() => zoneLanes(plan?.steps ?? []), [plan]);
  const fixed = dated.filter((d) => d.at !== null);
  const floating = dated.filter((d) => d.at === null);
  const laneTimes = lanes.flatMap((l) => l.marks.map((m) => m.sendAt));
  const scale = useMemo(
    () => timelineScale([...fixed.map((d) => d.at!), ...laneTimes], session ? { startsAt: session.startsAt, endsAt: session.endsAt } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify(fixed.map((d) => d.at)), JSON.stringify(laneTimes), session],
  );

  if (phone) return <TimelineList dated={dated} planById={planById} session={session} zone={zone} onOpen={onOpen} />;
  return (
    <Stack gap="lg">
      <HorizontalTimeline fixed={fixed} planById={planById} scale={scale} session={session} zone={zone} onOpen={onOpen} />
      {floating.length > 0 && <FloatingSteps steps={floating.map((d) => d.step)} planById={planById} onOpen={onOpen} />}
      {plan && <ZoneLanes lanes={lanes} scale={scale} steps={plan.steps} />}
    </Stack>
  );
}

function HorizontalTimeline({ fixed, planById, scale, session, zone, onOpen }: { fixed: Dated[]; planById: Map<string, StepPlan>; scale: Scale; session: SessionDates | null; zone: string; onOpen: (s: Step) => void }) {
  const { t, i18n } = useTranslation('campaigns');
  const { ref, width } = useElementSize();
  const placed = placeCards(
    fixed.map((d) => ({ id: d.step.id, x: scale.at(d.at!) })),
    width > 0 ? CARD_PX / width : 0.2,
  );
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  const byId = new Map(fixed.map((d) => [d.step.id, d]));
  const ticks = width > 0 ? axisTicks(scale, zone, Math.max(2, Math.floor(width / 120))) : [];
  const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
  const hasSession = scale.sessionFrom !== null && scale.sessionTo !== null;

  return (
    <div ref={ref} className={classes.timeline} role="group" aria-label={t('timeline.label')}>
      {hasSession && (
        <div className={classes.bands} aria-hidden>
          <div className={classes.band} data-phase="before" style={{ left: 0, width: pct(scale.sessionFrom!) }}>
            <span>{t('phases.before')}</span>
          </div>
          <div className={classes.band} data-phase="during" style={{ left: pct(scale.sessionFrom!), width: pct(scale.sessionTo! - scale.sessionFrom!) }}>
            <span>{t('phases.during')}</span>
          </div>
          <div className={classes.band} data-phase="after" style={{ left: pct(scale.sessionTo!), width: pct(1 - scale.sessionTo!) }}>
            <span>{t('phases.after')}</span>
          </div>
        </div>
      )}
      <ol className={classes.cards} style={{ height: rows * ROW_PX }} aria-label={t('timeline.steps')}>
        {placed
          .slice()
          .sort((a, b) => a.x - b.x)
          .map((p) => {
            const d = byId.get(p.id)!;
            return (
              <li key={p.id} className={classes.slot} style={{ left: pct(p.left), width: pct(p.width), top: p.row * ROW_PX }}>
                <span className={classes.stem} style={{ left: `calc(${pct((p.x - p.left) / p.width)} - 1px)`, height: (rows - p.row) * ROW_PX - 70 }} aria-hidden />
                <StepCard step={d.step} at={d.at} plan={planById.get(d.step.id)} zone={zone} onOpen={onOpen} />
              </li>
            );
          })}
      </ol>
      <div className={classes.axis} aria-hidden>
        {ticks.map((tick) => (
          <span key={tick.at} className={classes.tick} style={{ left: pct(tick.x) }}>
            {shortDay(tick.at, zone, i18n.language)}
          </span>
        ))}
        {hasSession && session && (
          <>
            <span className={classes.sessionMark} style={{ left: pct(scale.sessionFrom!) }} />
            <span className={classes.sessionMark} style={{ left: pct(scale.sessionTo!) }} />
          </>
        )}
      </div>
      {session && (
        <Group justify="space-between" gap="xs" mt={4}>
          <Text size="xs" c="dimmed">
            {t('timeline.sessionDates', { start: dayAndTime(session.startsAt, session.timeZone, i18n.language), end: dayAndTime(session.endsAt, session.timeZone, i18n.language), zone: zoneCity(session.timeZone) })}
          </Text>
        </Group>
      )}
    </div>
  );
}

export function StepCard({ step, at, plan, zone, onOpen, children }: { step: Step; at: number | null; plan: StepPlan | undefined; zone: string; onOpen: (s: Step) => void; children?: React.ReactNode }) {
  const { t, i18n } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const warnings = plan?.warnings.length ?? 0;
  return (
    <UnstyledButton className={classes.card} onClick={() => onOpen(step)} aria-label={t('timeline.openStep', { name: step.name })} data-phase={step.phase} data-auto={children ? true : undefined}>
      <Text size="sm" fw={600} truncate="end">
        {step.name}
      </Text>
      <Text size="xs" c="dimmed" truncate="end">
        {at !== null ? shortDayAndTime(at, zone, i18n.language) : whenInWords(t, step)}
      </Text>
      <Group gap={4} wrap="nowrap" mt={2}>
        <Badge size="xs" variant="light" color="gray" c="dark.6" style={{ flexShrink: 0 }}>
          {t(`channels.${step.channel}`)}
        </Badge>
        {step.notice ? (
          <Badge size="xs" variant="light" color="grape" c="dark.8" style={{ flexShrink: 0 }}>
            {t(`notices.${step.notice}`)}
          </Badge>
        ) : (
          step.effectiveMessageKind === 'service' && (
            <Badge size="xs" variant="light" color="teal" c="dark.8" style={{ flexShrink: 0 }} title={t('kinds.serviceHelp')}>
              {t('kinds.service')}
            </Badge>
          )
        )}
        {plan && (
          <Text size="xs" c="dark.4" truncate="end">
            {t('timeline.reaches', { count: plan.audience, n: number.format(plan.audience) })}
          </Text>
        )}
        {warnings > 0 && (
          <Badge size="xs" variant="light" color="orange" c="dark.8" style={{ flexShrink: 0 }}>
            {t('timeline.warningCount', { count: warnings })}
          </Badge>
        )}
        {step.problem && (
          <Badge size="xs" variant="light" color="red" c="dark.8" style={{ flexShrink: 0 }} title={problemMessage(tc, step.problem)}>
            {t(step.problem.blocking ? 'timeline.notPlanned' : 'timeline.caveat')}
          </Badge>
        )}
      </Group>
      {children}
    </UnstyledButton>
  );
}

function FloatingSteps({ steps, planById, onOpen }: { steps: Step[]; planById: Map<string, StepPlan>; onOpen: (s: Step) => void }) {
  const { t } = useTranslation('campaigns');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('timeline.floating')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('timeline.floatingHelp')}
      </Text>
      <Group gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {steps.map((step) => (
          <Box component="li" key={step.id} w={CARD_PX}>
            <StepCard step={step} at={null} plan={planById.get(step.id)} zone="UTC" onOpen={onOpen} />
          </Box>
        ))}
      </Group>
    </Stack>
  );
}

/** The dry run on the timeline's scale: one lane per zone, a mark where each step lands, at its local time. */
function ZoneLanes({ lanes, scale, steps }: { lanes: Lane[]; scale: Scale; steps: StepPlan[] }) {
  const { t, i18n } = useTranslation('campaigns');
  const { ref, width } = useElementSize();
  const number = new Intl.NumberFormat(i18n.language);
  const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
  // A time is written under its mark when it has room; the table below gives every one.
  const labelled = (marks: Lane['marks']) => {
    let last = -Infinity;
    return marks.map((m) => {
      const px = scale.at(m.sendAt) * width;
      const room = px - last >= 40;
      if (room) last = px;
      return room;
    });
  };
  if (lanes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('dryRun.noLanes')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('dryRun.lanesTitle')}
      </Title>
      <div className={classes.lanes} aria-hidden ref={ref}>
        {lanes.map((lane) => {
          const shown = labelled(lane.marks);
          return (
          <div key={lane.zone} className={classes.lane}>
            <Text size="xs" fw={500} className={classes.laneLabel}>
              {t('dryRun.laneLabel', { zone: zoneCity(lane.zone), count: lane.learners, n: number.format(lane.learners) })}
            </Text>
            <div className={classes.track}>
              {lane.marks.map((m, i) => (
                <span key={m.stepId} className={classes.mark} style={{ left: pct(scale.at(m.sendAt)) }} title={`${m.name} — ${dayAndTime(m.sendAt, lane.zone, i18n.language)}`}>
                  {shown[i] && <span className={classes.markTime}>{timeOnly(m.sendAt, lane.zone, i18n.language)}</span>}
                </span>
              ))}
            </div>
          </div>
          );
        })}
      </div>
      <LocalTimesTable lanes={lanes} steps={steps} />
    </Stack>
  );
}

/** The same as the lanes, readable by everyone: each step's local time in each zone. */
function LocalTimesTable({ lanes, steps }: { lanes: Lane[]; steps: StepPlan[] }) {
  const { t, i18n } = useTranslation('campaigns');
  // In the order they land (a plan's order follows its editing, not the calendar).
  const shown = steps.filter((s) => s.zones.some((z) => z.count > 0)).sort((a, b) => (a.firstSendAt ?? '').localeCompare(b.firstSendAt ?? ''));
  if (shown.length === 0) return null;
  return (
    <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('dryRun.tableLabel')}>
      <Table withTableBorder verticalSpacing={6} fz="xs" miw={Math.max(480, 160 + lanes.length * 150)}>
        <Table.Caption>{t('dryRun.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dryRun.step')}</Table.Th>
            {lanes.map((l) => (
              <Table.Th key={l.zone}>{zoneCity(l.zone)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((s) => (
            <Table.Tr key={s.stepId}>
              <Table.Th scope="row" fw={500}>
                {s.name}
              </Table.Th>
              {lanes.map((l) => {
                const z = s.zones.find((x) => x.zone === l.zone && x.count > 0);
                return <Table.Td key={l.zone}>{z ? (z.sendAt ? dayAndTime(z.sendAt, l.zone, i18n.language) : t('dryRun.onEvent')) : '—'}</Table.Td>;
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** On a phone: the steps in time order under their phase, each with where and when it lands. */
function TimelineList({ dated, planById, session, zone, onOpen }: { dated: Dated[]; planById: Map<string, StepPlan>; session: SessionDates | null; zone: string; onOpen: (s: Step) => void }) {
  const { t, i18n } = useTranslation('campaigns');
  const ordered = [...dated].sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.step.position - b.step.position);
  const groups = new Map<string, Dated[]>();
  for (const d of ordered) {
    // Under the phase the DLM gave it: a welcome at 08:30 before a 09:00 start is still « during ».
    const key = d.at === null ? 'floating' : d.step.phase;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const order = ['before', 'during', 'after', 'floating'].filter((k) => groups.has(k));
  return (
    <Stack gap="md" role="group" aria-label={t('timeline.label')}>
      {order.map((key) => (
        <Stack key={key} gap="xs">
          <Group gap="xs" justify="space-between">
            <Title order={3} size="h5">
              {key === 'floating' ? t('timeline.floating') : t(`phases.${key}`)}
            </Title>
            {key === 'during' && session && (
              <Text size="xs" c="dimmed">
                {dayAndTime(session.startsAt, session.timeZone, i18n.language)}
              </Text>
            )}
          </Group>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {groups.get(key)!.map((d) => {
              const plan = planById.get(d.step.id);
              const zones = plan?.zones.filter((z) => z.count > 0 && z.sendAt) ?? [];
              return (
                <li key={d.step.id}>
                  <StepCard step={d.step} at={d.at} plan={plan} zone={zone} onOpen={onOpen}>
                    {zones.length > 0 && (
                      <Text size="xs" c="dark.4" mt={4}>
                        {zones.map((z) => `${zoneCity(z.zone)} ${dayAndTime(z.sendAt!, z.zone, i18n.language)}`).join(' · ')}
                      </Text>
                    )}
                  </StepCard>
                </li>
              );
            })}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
