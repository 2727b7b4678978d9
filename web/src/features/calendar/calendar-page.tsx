import { Alert, Badge, Box, Button, Group, Paper, Popover, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { BlackoutDatesManager } from './blackout-dates-manager';
import { byDate, campaignColour, covers, dayMs, shiftAnchor, today, type CalendarView, viewDays, weeksOf } from './calendar-days';
import { type BlackoutDate, type Calendar, type CalendarEntry, type Collision, useCalendar } from './use-calendar';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The shared comms calendar: every campaign's steps by day, their volume, collisions and blackout days. */
export function CalendarPage() {
  const { t, i18n } = useTranslation('calendar');
  const workspace = useWorkspace();
  const phone = useMediaQuery('(max-width: 48em)');
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(today);
  const [threshold, setThreshold] = useState(1);
  const days = useMemo(() => viewDays(view, anchor), [view, anchor]);
  const from = days[0]!.day;
  const to = days[days.length - 1]!.day;
  const calendar = useCalendar(workspace.id, from, to, threshold);
  // French writes the first of the month as an ordinal: « 1er décembre ».
  const format = (day: string, options: Intl.DateTimeFormatOptions) => {
    const text = new Intl.DateTimeFormat(i18n.language, { ...options, timeZone: 'UTC' }).format(new Date(dayMs(day)));
    return i18n.language.startsWith('fr') && options.day && options.month ? text.replace(/(^|\s)1(?=\s)/, '$11er') : text;
  };
  // « décembre 2026 » and « jeudi 10 décembre » start a line: their first letter only is capitalised.
  const heading = (text: string) => text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
  const period = heading(view === 'month' ? format(anchor, { month: 'long', year: 'numeric' }) : t('weekOf', { day: format(from, { day: 'numeric', month: 'long', year: 'numeric' }) }));

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Group gap="xs" wrap="wrap">
            <Button variant="default" size="sm" onClick={() => setAnchor((a) => shiftAnchor(view, a, -1))} aria-label={t(view === 'month' ? 'previousMonth' : 'previousWeek')}>
              ‹
            </Button>
            <Button variant="default" size="sm" onClick={() => setAnchor(today())}>
              {t('today')}
            </Button>
            <Button variant="default" size="sm" onClick={() => setAnchor((a) => shiftAnchor(view, a, 1))} aria-label={t(view === 'month' ? 'nextMonth' : 'nextWeek')}>
              ›
            </Button>
            <Title order={2} size="h4" aria-live="polite">
              {period}
            </Title>
          </Group>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('threshold')}
              size="sm"
              w={200}
              allowDeselect={false}
              value={String(threshold)}
              onChange={(value) => setThreshold(Number(value ?? 1))}
              data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('thresholdOption', { count: n }) }))}
            />
            <SegmentedControl
              aria-label={t('view')}
              value={view}
              onChange={(value) => setView(value as CalendarView)}
              data={[
                { value: 'month', label: t('month') },
                { value: 'week', label: t('week') },
              ]}
            />
          </Group>
        </Group>

        {calendar.isPending ? (
          <PageLoader />
        ) : calendar.isError ? (
          <Alert color="red" role="alert" title={t('loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(t, calendar.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void calendar.refetch()}>
                {t('common.retry', { ns: 'translation' })}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <CalendarBody calendar={calendar.data} days={days} view={view} phone={phone ?? false} format={format} heading={heading} loading={calendar.isPlaceholderData} />
        )}
        <BlackoutDatesManager />
      </Stack>
    </>
  );
}

type Format = (day: string, options: Intl.DateTimeFormatOptions) => string;

function CalendarBody({
  calendar,
  days,
  view,
  phone,
  format,
  heading,
  loading,
}: {
  calendar: Calendar;
  days: { day: string; inMonth: boolean }[];
  view: CalendarView;
  phone: boolean;
  format: Format;
  heading: (text: string) => string;
  loading: boolean;
}) {
  const { t } = useTranslation('calendar');
  const entries = useMemo(() => byDate(calendar.entries), [calendar.entries]);
  const collisions = useMemo(() => new Map(calendar.collisions.map((c) => [c.date, c])), [calendar.collisions]);
  const campaigns = useMemo(() => new Map(calendar.campaigns.map((c) => [c.id, c])), [calendar.campaigns]);
  const steps = useMemo(() => new Map(calendar.entries.map((e) => [e.stepId, e])), [calendar.entries]);
  const context: DayContext = { campaigns, steps, threshold: calendar.threshold, format, heading };
  const cell = (day: string) => ({ day, entries: entries.get(day) ?? [], collision: collisions.get(day) ?? null, blackouts: calendar.blackouts.filter((b) => covers(b, day)) });

  const { i18n } = useTranslation();
  const computedAt = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(calendar.computedAt));
  return (
    <Stack gap="sm" aria-busy={loading}>
      <Text size="xs" c="dimmed">
        {t('computedAt', { time: computedAt, zone: calendar.timeZone })}
      </Text>
      {calendar.campaigns.length > 0 ? (
        <Group gap="xs" wrap="wrap" aria-label={t('legend')} role="list">
          {calendar.campaigns.map((c) => (
            <Badge key={c.id} role="listitem" color={campaignColour(c.colour)} variant="filled" autoContrast tt="none" radius="sm">
              {c.name}
            </Badge>
          ))}
        </Group>
      ) : (
        <Alert variant="light" color="gray" title={t('emptyTitle')}>
          {t('emptyDescription')}
        </Alert>
      )}
      {phone ? (
        <DayList days={days.filter((d) => d.inMonth).map((d) => cell(d.day))} context={context} />
      ) : (
        <Box style={{ overflowX: 'auto' }}>
          <Table withTableBorder withColumnBorders layout="fixed" miw={720} aria-label={t('grid')}>
            <Table.Thead>
              <Table.Tr>
                {WEEKDAYS.map((d) => (
                  <Table.Th key={d} ta="center">
                    {t(`weekdays.${d}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weeksOf(days).map((week) => (
                <Table.Tr key={week[0]!.day}>
                  {week.map(({ day, inMonth }) => {
                    const c = cell(day);
                    return (
                      <Table.Td key={day} valign="top" p={6} h={view === 'week' ? 280 : 112} bg={c.blackouts.length ? 'gray.1' : undefined} aria-label={format(day, { weekday: 'long', day: 'numeric', month: 'long' })}>
                        <Text size="sm" fw={600} c={inMonth ? undefined : 'gray.7'} mb={4}>
                          {format(day, view === 'week' || day.endsWith('-01') ? { day: 'numeric', month: 'short' } : { day: 'numeric' })}
                        </Text>
                        <DayContent {...c} context={context} />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}

interface DayContext {
  campaigns: Map<string, Calendar['campaigns'][number]>;
  steps: Map<string, CalendarEntry>;
  threshold: number;
  format: Format;
  heading: (text: string) => string;
}

interface DayCell {
  day: string;
  entries: CalendarEntry[];
  collision: Collision | null;
  blackouts: BlackoutDate[];
}

/** Phones: the days with something on them, one under the other. */
function DayList({ days, context }: { days: DayCell[]; context: DayContext }) {
  const { t } = useTranslation('calendar');
  const busy = days.filter((d) => d.entries.length || d.blackouts.length || d.collision);
  if (!busy.length) return null;
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('dayList')}>
      {busy.map((c) => (
        <Paper key={c.day} component="li" withBorder p="sm" bg={c.blackouts.length ? 'gray.1' : undefined}>
          <Text size="sm" fw={600} mb={4}>
            {context.heading(context.format(c.day, { weekday: 'long', day: 'numeric', month: 'long' }))}
          </Text>
          <DayContent {...c} context={context} />
        </Paper>
      ))}
    </Stack>
  );
}

function DayContent({ entries, collision, blackouts, context }: DayCell & { context: DayContext }) {
  const { t, i18n } = useTranslation('calendar');
  return (
    <Stack gap={4}>
      {blackouts.map((b) => (
        <Text key={b.id} size="xs" fw={500} c="gray.8">
          {t('blackoutLabel', { label: b.label })}
          {b.country ? ` (${new Intl.DisplayNames([i18n.language], { type: 'region' }).of(b.country) ?? b.country})` : b.site ? ` (${b.site})` : ''}
        </Text>
      ))}
      {collision && <CollisionPopover collision={collision} context={context} />}
      {entries.map((e) => {
        const campaign = context.campaigns.get(e.campaignId);
        const volume = e.volume === null ? t('notPlanned') : String(e.volume);
        const label = t('chipLabel', { campaign: campaign?.name ?? '', step: e.stepName, volume, status: t(`status.${e.status}`) });
        return (
          <Badge
            key={e.stepId}
            color={campaignColour(campaign?.colour ?? 0)}
            variant={e.status === 'unplanned' ? 'outline' : 'filled'}
            autoContrast
            tt="none"
            radius="sm"
            fullWidth
            title={label}
            aria-label={label}
            // Not planned yet: the campaign's colour as a border, the text dark on white whatever the colour.
            styles={{ root: e.status === 'unplanned' ? { color: 'var(--mantine-color-dark-7)', background: 'var(--mantine-color-white)' } : undefined, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
          >
            {e.stepName} · {volume}
          </Badge>
        );
      })}
    </Stack>
  );
}

function CollisionPopover({ collision, context }: { collision: Collision; context: DayContext }) {
  const { t } = useTranslation('calendar');
  const more = collision.learners - collision.sample.length;
  return (
    <Popover width={300} position="bottom-start" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button size="compact-xs" color="red.9" variant="filled" fullWidth h="auto" py={2} styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}>
          {t('collision', { count: collision.learners })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('collisionTitle', { day: context.format(collision.date, { day: 'numeric', month: 'long' }) })}
          </Text>
          <Text size="sm">{t('collisionSummary', { count: collision.learners, threshold: context.threshold, max: collision.maxMessages })}</Text>
          <Text size="xs" fw={600} tt="uppercase" c="gray.8">
            {t('collisionSteps')}
          </Text>
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {collision.steps.map((s) => {
              const entry = context.steps.get(s.stepId);
              return (
                <Text key={s.stepId} component="li" size="sm">
                  {t('collisionStep', { campaign: context.campaigns.get(s.campaignId)?.name ?? '', step: entry?.stepName ?? '', learners: t('learnerCount', { count: s.learners }) })}
                </Text>
              );
            })}
          </Stack>
          <Text size="xs" fw={600} tt="uppercase" c="gray.8">
            {t('collisionWho')}
          </Text>
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {collision.sample.map((l) => (
              <Text key={l.id} component="li" size="sm">
                {[l.firstName, l.lastName].filter(Boolean).join(' ') || t('unnamed')}
              </Text>
            ))}
            {more > 0 && (
              <Text component="li" size="sm" c="gray.8">
                {t('andMore', { count: more })}
              </Text>
            )}
          </Stack>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
