import { Alert, Button, Group, List, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { ZoneDateTimeInput, type ZoneDateTimeStatus } from '../../components/zone-date-time-input/zone-date-time-input';
import { ZonePicker } from '../../components/zone-date-time-input/zone-picker';
import {
  activeCampaigns,
  type Campaign,
  type CourseSession,
  type SessionChangePreview,
  type SessionInput,
  type SessionPatch,
  useCreateSession,
  useSessionCampaigns,
  useSessionChangePreview,
  useUpdateSession,
} from './use-courses';

type TimeField = 'startsAt' | 'endsAt' | 'enrolBy';
interface TimeValue {
  value: string | null;
  status: ZoneDateTimeStatus;
}

// Changes confirmed first: they move planned steps, or learners are told of them.
const SCHEDULE_FIELDS = ['startsAt', 'endsAt', 'enrolBy', 'timeZone', 'location', 'meetingUrl'] as const;

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const sameInstant = (a: string | null | undefined, b: string | null | undefined) => (a && b ? Date.parse(a) === Date.parse(b) : !a && !b);

/**
 * Schedules a session, or changes one. Dates are typed in the session's own zone. Changing the
 * dates of a session is a reschedule: it is confirmed first, naming the campaigns it moves.
 */
export function SessionForm({ courseId, session, defaultZone, onDone }: { courseId: string; session?: CourseSession; defaultZone: string; onDone: (s: CourseSession) => void }) {
  const { t } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const { t: tz } = useTranslation('zoneDateTime');
  const create = useCreateSession(courseId);
  const update = useUpdateSession();
  const campaigns = useSessionCampaigns(session?.id ?? '', Boolean(session));
  const [zone, setZone] = useState(session?.timeZone ?? defaultZone);
  // Text in the zone field that names no zone: nothing is saved until a zone is picked.
  const [zoneInvalid, setZoneInvalid] = useState(false);
  const [times, setTimes] = useState<Record<TimeField, TimeValue>>({
    startsAt: { value: session?.startsAt ?? null, status: session ? 'valid' : 'empty' },
    endsAt: { value: session?.endsAt ?? null, status: session ? 'valid' : 'empty' },
    enrolBy: { value: session?.enrolBy ?? null, status: session?.enrolBy ? 'valid' : 'empty' },
  });
  const [title, setTitle] = useState(session?.title ?? '');
  const [capacity, setCapacity] = useState<number | string>(session?.capacity ?? '');
  const [location, setLocation] = useState(session?.location ?? '');
  const [meetingUrl, setMeetingUrl] = useState(session?.meetingUrl ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<SessionPatch | null>(null);
  const impact = useSessionChangePreview(session?.id ?? '', session ? confirming : null);

  const timeError = (field: TimeField, required: boolean): string | null => {
    const { status } = times[field];
    if (status === 'empty') return required ? tc('validation.required') : null;
    if (status === 'incomplete') return t('validation.dateTime');
    if (status === 'nonexistent') return t('validation.nonexistent');
    return null;
  };

  const validate = (): boolean => {
    const next: Record<string, string> = {};
    const put = (field: string, message: string | null) => message && (next[field] = message);
    put('title', title.length > 300 ? t('validation.max', { max: 300 }) : null);
    put('timeZone', zoneInvalid ? tz('zoneRequired') : null);
    put('startsAt', timeError('startsAt', true));
    put('endsAt', timeError('endsAt', true));
    put('enrolBy', timeError('enrolBy', false));
    const { startsAt, endsAt, enrolBy } = times;
    if (!next.endsAt && startsAt.value && endsAt.value && Date.parse(endsAt.value) <= Date.parse(startsAt.value)) next.endsAt = t('validation.endsAfterStart');
    if (!next.enrolBy && startsAt.value && enrolBy.value && Date.parse(enrolBy.value) > Date.parse(startsAt.value)) next.enrolBy = t('validation.enrolByBeforeStart');
    put('capacity', capacity === '' || (Number.isInteger(Number(capacity)) && Number(capacity) >= 1) ? null : t('validation.capacity'));
    put('meetingUrl', !meetingUrl.trim() || isHttpUrl(meetingUrl.trim()) ? null : t('validation.url'));
    setErrors(next);
    return Object.keys(next).length === 0;
  };

  const fail = (error: unknown) => {
    setConfirming(null);
    if (!isApiError(error)) return setFormError(tc('errors.network'));
    const known = ['title', 'startsAt', 'endsAt', 'enrolBy', 'capacity', 'location', 'meetingUrl', 'timeZone'];
    const placed: Record<string, string> = {};
    for (const d of error.details) if (known.includes(d.path.split('.')[0]!)) placed[d.path.split('.')[0]!] ??= d.message;
    setErrors(placed);
    setFormError(error.details.length && error.details.every((d) => known.includes(d.path.split('.')[0]!)) ? null : error.message);
  };

  const submit = () => {
    setFormError(null);
    if (!validate()) return;
    const body: SessionInput = {
      title: title.trim() || null,
      startsAt: times.startsAt.value!,
      endsAt: times.endsAt.value!,
      enrolBy: times.enrolBy.value,
      capacity: capacity === '' ? null : Number(capacity),
      location: location.trim() || null,
      meetingUrl: meetingUrl.trim() || null,
      timeZone: zone,
    };
    if (!session) return create.mutate(body, { onSuccess: onDone, onError: fail });
    const patch: SessionPatch = {};
    if ((session.title ?? null) !== body.title) patch.title = body.title;
    if (!sameInstant(session.startsAt, body.startsAt)) patch.startsAt = body.startsAt;
    if (!sameInstant(session.endsAt, body.endsAt)) patch.endsAt = body.endsAt;
    if (!sameInstant(session.enrolBy, body.enrolBy)) patch.enrolBy = body.enrolBy;
    if (session.timeZone !== zone) patch.timeZone = zone;
    if (session.capacity !== body.capacity) patch.capacity = body.capacity;
    if ((session.location ?? null) !== body.location) patch.location = body.location;
    if ((session.meetingUrl ?? null) !== body.meetingUrl) patch.meetingUrl = body.meetingUrl;
    if (Object.keys(patch).length === 0) return onDone(session);
    if (SCHEDULE_FIELDS.some((f) => f in patch)) return setConfirming(patch);
    update.mutate({ id: session.id, body: patch }, { onSuccess: onDone, onError: fail });
  };

  if (confirming && session) {
    return (
      <RescheduleConfirmation
        campaigns={campaigns.data?.items ?? null}
        impact={impact.isSuccess ? impact.data : impact.isError ? null : undefined}
        pending={update.isPending}
        onBack={() => setConfirming(null)}
        onConfirm={() => update.mutate({ id: session.id, body: confirming }, { onSuccess: onDone, onError: fail })}
      />
    );
  }

  // The end and the enrolment deadline open their calendar on the start's month, not today's.
  const startDate = times.startsAt.value?.slice(0, 10);
  const timeInput = (field: TimeField, label: string, required: boolean, extra?: { description?: string }) => (
    <ZoneDateTimeInput
      label={label}
      defaultDate={field === 'startsAt' ? undefined : startDate}
      withAsterisk={required}
      value={times[field].value}
      zone={zone}
      description={extra?.description}
      error={errors[field]}
      onChange={(value, status) => {
        setTimes((all) => ({ ...all, [field]: { value, status } }));
        setErrors(({ [field]: _, ...rest }) => rest);
      }}
    />
  );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('sessionFields.title')} description={t('sessionFields.titleHelp')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} data-autofocus />
        <ZonePicker
          label={t('sessionFields.timeZone')}
          value={zone}
          onChange={(next) => {
            setZone(next);
            setErrors(({ timeZone: _, ...rest }) => rest);
          }}
          onInvalidChange={setZoneInvalid}
          error={errors.timeZone}
        />
        {timeInput('startsAt', t('sessionFields.startsAt'), true)}
        {timeInput('endsAt', t('sessionFields.endsAt'), true)}
        {timeInput('enrolBy', t('sessionFields.enrolBy'), false, { description: t('sessionFields.enrolByHelp') })}
        <NumberInput
          label={t('sessionFields.capacity')}
          description={session ? t('sessionFields.capacityTaken', { count: session.seatsTaken }) : t('sessionFields.capacityHelp')}
          min={1}
          value={capacity}
          onChange={setCapacity}
          error={errors.capacity}
          maw={240}
        />
        <TextInput label={t('sessionFields.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={errors.location} />
        <TextInput label={t('sessionFields.meetingUrl')} type="url" placeholder="https://" value={meetingUrl} onChange={(e) => setMeetingUrl(e.currentTarget.value)} error={errors.meetingUrl} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {session ? tc('common.save') : t('scheduleSession')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CampaignNames({ campaigns }: { campaigns: Campaign[] }) {
  const { t } = useTranslation('courses');
  return (
    <List size="sm" spacing={2}>
      {campaigns.map((c) => (
        <List.Item key={c.id}>
          {c.name} <Text span size="xs" c="dimmed">({t(`campaignStatuses.${c.status}`)})</Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The numbers of a change, as the api counts them (`POST /v1/sessions/:id/change-preview`): who is
 * told by email, which posts are corrected, which steps move or are skipped. `undefined` while it
 * is counted, null when it could not be.
 */
export function ChangeImpact({ impact, kind }: { impact: SessionChangePreview | null | undefined; kind: 'reschedule' | 'cancel' }) {
  const { t } = useTranslation('courses');
  const labelId = useId();
  if (impact === undefined) return <Text size="sm" c="dimmed">{t('impact.counting')}</Text>;
  if (impact === null) return <Text size="sm">{t('impact.countFailed')}</Text>;
  if (impact.campaigns === 0) return null;
  const steps = kind === 'cancel' ? t('impact.stepsSkipped', { count: impact.stepsSkipped }) : t('impact.stepsMoved', { count: impact.stepsMoved });
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={600}>
        {t('impact.label')}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{impact.change === 'none' ? t('impact.nobodyTold') : t(kind === 'cancel' ? 'impact.toldCancel' : 'impact.toldChange', { count: impact.toldByEmail })}</List.Item>
        {impact.change !== 'none' && impact.postsToCorrect > 0 && <List.Item>{t('impact.posts', { count: impact.postsToCorrect })}</List.Item>}
        <List.Item>{steps}</List.Item>
      </List>
      {impact.missingNoticeTemplates.length > 0 && (
        <Alert color="orange" p="xs">
          <Text size="sm">{t('impact.missingTemplates', { channels: impact.missingNoticeTemplates.map((c) => t(`impact.channels.${c}`)).join(t('cancel.and')) })}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** What a reschedule does to the campaigns built on the session, and to whom it is told, before it is done. */
export function RescheduleConfirmation({
  campaigns,
  impact,
  pending,
  onBack,
  onConfirm,
}: {
  campaigns: Campaign[] | null;
  impact: SessionChangePreview | null | undefined;
  pending: boolean;
  onBack: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('courses');
  const active = campaigns ? activeCampaigns(campaigns) : [];
  const drafts = campaigns?.filter((c) => c.status === 'draft') ?? [];
  return (
    <Stack gap="md">
      <Text fw={600}>{t('reschedule.title')}</Text>
      {campaigns === null ? (
        <Text size="sm">{t('impact.unknown')}</Text>
      ) : active.length === 0 ? (
        <Text size="sm">{t('impact.noActive')}</Text>
      ) : (
        <>
          <Text size="sm">{t('reschedule.moves', { count: active.length })}</Text>
          <CampaignNames campaigns={active} />
          <ChangeImpact impact={impact} kind="reschedule" />
          <Text size="sm">{t('reschedule.sent')}</Text>
        </>
      )}
      {drafts.length > 0 && <Text size="sm">{t('reschedule.drafts', { count: drafts.length })}</Text>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {t('back')}
        </Button>
        <Button onClick={onConfirm} loading={pending}>
          {t('reschedule.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Who is in a session, in words: « 2 apprenants inscrits et 1 invité ». Null when nobody is. */
export function sessionLearners(t: (key: string, values?: Record<string, unknown>) => string, session: Pick<CourseSession, 'seatsTaken' | 'invited'>): string | null {
  const parts = [session.seatsTaken ? t('cancel.enrolled', { count: session.seatsTaken }) : null, session.invited ? t('cancel.invited', { count: session.invited }) : null].filter(Boolean);
  return parts.length ? parts.join(t('cancel.and')) : null;
}

/**
 * What cancelling does, before it is done, as the api does it: the enrolments stay as they are;
 * launched campaigns are cancelled with their unsent messages, and tell those invited or enrolled
 * (the api's count); without a launched campaign nobody is told; drafts can no longer be launched.
 * The reason goes with it.
 */
export function CancelSessionConfirmation({
  session,
  campaigns,
  impact,
  pending,
  onBack,
  onConfirm,
}: {
  session: Pick<CourseSession, 'seatsTaken' | 'invited'>;
  campaigns: Campaign[] | null;
  impact: SessionChangePreview | null | undefined;
  pending: boolean;
  onBack: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation('courses');
  const [reason, setReason] = useState('');
  const active = campaigns ? activeCampaigns(campaigns) : [];
  const drafts = campaigns?.filter((c) => c.status === 'draft') ?? [];
  const who = sessionLearners(t, session);
  return (
    <Stack gap="md">
      <Text size="sm">{t('cancel.irreversible')}</Text>
      <Text size="sm">{who ? t(active.length ? 'cancel.learnersTold' : 'cancel.learners', { who }) : t('cancel.noLearners')}</Text>
      {campaigns === null ? (
        <Text size="sm">{t('impact.unknown')}</Text>
      ) : active.length === 0 ? (
        <Text size="sm">{t('impact.noActive')}</Text>
      ) : (
        <>
          <Text size="sm">{t('cancel.stops', { count: active.length })}</Text>
          <CampaignNames campaigns={active} />
          <ChangeImpact impact={impact} kind="cancel" />
        </>
      )}
      {drafts.length > 0 && <Text size="sm">{t('cancel.drafts', { count: drafts.length })}</Text>}
      <TextInput label={t('cancel.reason')} description={t('cancel.reasonHelp')} value={reason} maxLength={1000} onChange={(e) => setReason(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {t('cancel.keep')}
        </Button>
        <Button color="red" onClick={() => onConfirm(reason)} loading={pending}>
          {t('cancel.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
