import { Alert, Button, Group, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { StatusDot } from '../../components/status-dot';
import { type TimelineEntry, useLearnerTimeline } from './use-learners';
import { dayjs } from '../../i18n/dates';

const KIND_COLORS: Record<string, string> = {
  sent: 'green',
  completed: 'green',
  enrolled: 'blue',
  started: 'blue',
  opened: 'teal',
  clicked: 'teal',
  failed: 'red',
  bounced: 'red',
  skipped: 'orange',
  unsubscribed: 'orange',
  dropped: 'orange',
};

/** What happened to a learner, newest first: enrolments, messages and events on one line of time. */
export function LearnerTimeline({ workspaceId, learnerId }: { workspaceId: string; learnerId: string }) {
  const { t } = useTranslation('learners');
  const { t: tc } = useTranslation();
  const timeline = useLearnerTimeline(workspaceId, learnerId);

  if (timeline.isPending) {
    return (
      <Stack gap="sm" aria-busy="true">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={48} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (timeline.isError) {
    return (
      <Alert color="red" role="alert" title={t('timeline.loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, timeline.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void timeline.refetch()}>
            {tc('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const entries = timeline.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text c="dimmed" size="sm">{t('timeline.empty')}</Text>;

  return (
    <Stack gap="md">
      <Timeline bulletSize={14} lineWidth={2} aria-label={t('timeline.label')} component="ol" style={{ paddingInlineStart: 0, listStyle: 'none', margin: 0 }}>
        {entries.map((entry) => (
          <Timeline.Item key={`${entry.type}-${entry.id}`} title={<EntryTitle entry={entry} />} component="li">
            <EntryDetails entry={entry} />
          </Timeline.Item>
        ))}
      </Timeline>
      {timeline.hasNextPage && (
        <Button variant="default" w="fit-content" loading={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
          {t('timeline.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation('learners');
  const name = (ref: { name: string | null } | null) => ref?.name ?? t('timeline.deleted');
  let title: string;
  if (entry.type === 'enrolment') title = t('timeline.enrolment', { course: name(entry.course) });
  else if (entry.type === 'delivery') {
    // What it is, in words ("Email sent"), then the campaign step it belongs to.
    const status = t(`timeline.kinds.${entry.kind}`, { defaultValue: entry.kind });
    const channel = t(`timeline.channels.${entry.channel}`, { defaultValue: entry.channel ?? '' });
    const what = t(`timeline.deliveryWhat.${entry.channel}.${entry.kind}`, { defaultValue: t('timeline.deliveryOther', { channel, status }) });
    title = t('timeline.delivery', { what, step: name(entry.step) });
  }
  else title = [t(`timeline.kinds.${entry.kind}`, { defaultValue: entry.kind }), entry.step?.name ?? entry.course?.name].filter(Boolean).join(' · ');

  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Text>
      {entry.type === 'enrolment' && (
        <StatusDot color={KIND_COLORS[entry.kind] ?? 'gray'} label={t(`timeline.kinds.${entry.kind}`, { defaultValue: entry.kind })} />
      )}
    </Group>
  );
}

function EntryDetails({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation('learners');
  const lines: string[] = [];
  if (entry.campaign) lines.push(t('timeline.campaign', { campaign: entry.campaign.name ?? t('timeline.deleted') }));
  if (entry.type === 'enrolment' && entry.session) {
    lines.push(
      entry.session.name
        ? t('timeline.session', { session: entry.session.name })
        : t('timeline.sessionOn', { date: entry.session.startsAt ? dayjs(entry.session.startsAt).format('LL') : '—' }),
    );
  }
  if (entry.reason) lines.push(t('timeline.reason', { reason: t(`timeline.reasons.${entry.reason}`, { defaultValue: entry.reason }) }));
  if (entry.machine) lines.push(t('timeline.machine'));
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        <time dateTime={entry.at}>{dayjs(entry.at).format('LLL')}</time>
        {/* A delivery's title already says what it is. */}
        {entry.type !== 'delivery' && ` · ${t(`timeline.types.${entry.type}`)}`}
      </Text>
      {lines.map((line) => (
        <Text key={line} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}
