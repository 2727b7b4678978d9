import { Alert, Anchor, Badge, Button, Chip, Group, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { FormModal } from '../../components/form-modal';
import { applyApiError } from '../../components/api-form-error';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { CardList, FULL_BADGE, usePhone } from '../../components/phone-cards';
import { ZonedTime } from '../../components/zone-date-time-input/zone-date-time-input';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { useForm } from '@mantine/form';
import { useErrorMessage, useNotify } from './notify';
import { allowedEnrollmentStatuses } from './enrollment-transitions';
import { sessionLearners } from './session-form';
import { LearnerPicker, learnerName } from './learner-picker';
import type { Learner } from '../learners/use-learners';
import {
  canPlan,
  ENROLLMENT_STATUSES,
  type Enrollment,
  type EnrollmentResult,
  type EnrollmentStatus,
  useChangeEnrollment,
  useCourse,
  useEnrol,
  useEnrollments,
  useSession,
} from './use-courses';

const STATUS_COLORS: Record<EnrollmentStatus, string> = { invited: 'gray.8', enrolled: 'indigo.9', started: 'blue.9', completed: 'teal.9', dropped: 'red.9' };

/** A session's enrolments: filter by status, change a status, enrol someone. */
export function EnrolmentsPage() {
  const { t, i18n } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const { courseId, sessionId } = useParams({ strict: false }) as { courseId: string; sessionId: string };
  const workspace = useWorkspace();
  const writer = canPlan(workspace.role);
  const course = useCourse(courseId);
  const session = useSession(sessionId);
  const [statuses, setStatuses] = useState<EnrollmentStatus[]>([]);
  const enrollments = useEnrollments(sessionId, statuses);
  const [enrolling, setEnrolling] = useState(false);
  const notify = useNotify();
  const all = enrollments.data?.pages.flatMap((p) => p.items) ?? [];
  const s = session.data;
  const open = s?.status === 'scheduled';
  const phone = usePhone();

  if (session.isError) {
    return (
      <Alert color="red" role="alert" title={t('loadSessionError')}>
        <Text size="sm">{apiErrorMessage(tc, session.error)}</Text>
      </Alert>
    );
  }

  return (
    <>
      <Anchor renderRoot={(props) => <Link {...props} to="/courses/$courseId" params={{ courseId }} />} size="sm" mb="xs" display="inline-block">
        ← {course.data?.title ?? t('backToCourse')}
      </Anchor>
      <PageHeader
        title={s ? s.title || t('untitledSession') : t('enrolments')}
        actions={
          writer &&
          open && (
            <Group gap="sm">
              <Button onClick={() => setEnrolling(true)}>{t('enrol.button')}</Button>
              <Button variant="default" renderRoot={(props) => <Link {...props} to="/courses/$courseId/sessions/$sessionId/import" params={{ courseId, sessionId }} />}>
                {t('importPage.button')}
              </Button>
            </Group>
          )
        }
      />
      {s ? (
        <Group gap="xl" mb="lg" wrap="wrap" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('sessionFields.startsAt')}
            </Text>
            <ZonedTime value={s.startsAt} zone={s.timeZone} />
          </Stack>
          {open ? (
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('seatsLeft')}
              </Text>
              <Text size="sm">{s.seatsLeft === null ? t('unlimited') : t('seatsLeftOf', { left: s.seatsLeft, capacity: s.capacity })}</Text>
            </Stack>
          ) : (
            // A cancelled session has no seats left to offer: who was in it, rather.
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('learnersLabel')}
              </Text>
              <Text size="sm">{sessionLearners(t, s) ?? '0'}</Text>
            </Stack>
          )}
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('status')}
            </Text>
            <Badge variant="filled" color={s.status === 'cancelled' ? 'red.9' : 'teal.9'} styles={FULL_BADGE}>
              {t(`sessionStatuses.${s.status}`)}
            </Badge>
          </Stack>
          {s.status === 'cancelled' && (
            <Stack gap={2} maw={480}>
              <Text size="xs" c="dimmed">
                {t('cancellationReason')}
              </Text>
              <Text size="sm" fs={s.cancellationReason ? undefined : 'italic'} style={{ overflowWrap: 'anywhere' }}>
                {s.cancellationReason || t('noReason')}
              </Text>
              {s.cancelledAt && (
                <Text size="xs" c="dimmed">
                  {t('cancelledOn')} {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(s.cancelledAt))}
                </Text>
              )}
            </Stack>
          )}
        </Group>
      ) : (
        <PageLoader />
      )}

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('enrolments')}
        </Title>
        <Chip.Group multiple value={statuses} onChange={(v) => setStatuses(v as EnrollmentStatus[])}>
          <Group gap="xs" role="group" aria-label={t('filterByStatus')}>
            {ENROLLMENT_STATUSES.map((status) => (
              <Chip key={status} value={status} size="sm" variant="outline">
                {t(`enrolmentStatuses.${status}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {enrollments.isPending ? (
          <PageLoader />
        ) : enrollments.isError ? (
          <Alert color="red" role="alert" title={t('loadEnrolmentsError')}>
            <Button size="xs" variant="default" onClick={() => void enrollments.refetch()}>
              {tc('common.retry')}
            </Button>
          </Alert>
        ) : all.length === 0 ? (
          <EmptyState title={statuses.length ? t('noEnrolmentsMatch') : t('noEnrolments')} />
        ) : phone ? (
          <CardList label={t('enrolmentsTable')} items={all} keyOf={(e) => e.id}>
            {(e) => <EnrolmentRow enrollment={e} writer={writer && open} onNotify={notify} card />}
          </CardList>
        ) : (
          <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('enrolmentsTable')}>
            <Table verticalSpacing="sm" miw={680} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('learner')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                  <Table.Th>{t('source')}</Table.Th>
                  <Table.Th>{t('updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((e) => (
                  <EnrolmentRow key={e.id} enrollment={e} writer={writer && open} onNotify={notify} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        {enrollments.hasNextPage && (
          <Button variant="default" w="fit-content" loading={enrollments.isFetchingNextPage} onClick={() => void enrollments.fetchNextPage()}>
            {tc('common.loadMore')}
          </Button>
        )}
      </Stack>

      <FormModal opened={enrolling} onClose={() => setEnrolling(false)} title={t('enrol.title')}>
        <EnrolForm
          sessionId={sessionId}
          onDone={(message, color) => {
            setEnrolling(false);
            notify(message, color);
          }}
        />
      </FormModal>
    </>
  );
}

/** One enrolment: a table row, or on a phone (`card`) the content of its card. */
function EnrolmentRow({ enrollment: e, writer, onNotify, card }: { enrollment: Enrollment; writer: boolean; onNotify: (m: string, c?: 'green' | 'red') => void; card?: boolean }) {
  const { t, i18n } = useTranslation('courses');
  const change = useChangeEnrollment();
  const message = useErrorMessage();
  const name = [e.learner.firstName, e.learner.lastName].filter(Boolean).join(' ');
  const learner = (
    <>
      <Text size="sm" fw={500}>
        {name || e.learner.email}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {name ? `${e.learner.email} · ` : ''}
        {e.learner.externalId}
      </Text>
    </>
  );
  const source = t(`sources.${e.source}`, { defaultValue: e.source });
  const updated = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(e.updatedAt));
  const status = writer ? (
    <Select
      size="xs"
      w={150}
      aria-label={t('statusOf', { name: name || e.learner.email })}
      data={allowedEnrollmentStatuses(e.status, ENROLLMENT_STATUSES).map((s) => ({ value: s, label: t(`enrolmentStatuses.${s}`) }))}
      value={e.status}
      allowDeselect={false}
      disabled={change.isPending}
      onChange={(status) =>
        status &&
        status !== e.status &&
        change.mutate(
          { id: e.id, status: status as EnrollmentStatus },
          {
            onSuccess: () => onNotify(t('statusChanged', { name: name || e.learner.email, status: t(`enrolmentStatuses.${status}`) })),
            onError: (error) => onNotify(message(error), 'red'),
          },
        )
      }
    />
  ) : (
    <Badge variant="filled" color={STATUS_COLORS[e.status]} styles={FULL_BADGE}>
      {t(`enrolmentStatuses.${e.status}`)}
    </Badge>
  );
  if (card) {
    return (
      <>
        {learner}
        <Group justify="space-between" align="center" gap="xs" mt="xs" wrap="wrap">
          {status}
          <Text size="xs" c="dimmed">
            {source} · {updated}
          </Text>
        </Group>
      </>
    );
  }
  return (
    <Table.Tr>
      <Table.Td>{learner}</Table.Td>
      <Table.Td>{status}</Table.Td>
      <Table.Td>
        <Text size="sm">{source}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{updated}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** What an enrolment request did, as the api says it (outcome, previousStatus), in words. */
export function enrolmentOutcomeMessage(t: (key: string, values?: Record<string, unknown>) => string, who: string, result: Pick<EnrollmentResult, 'outcome' | 'status' | 'previousStatus'>): string {
  const status = t(`enrolmentStatuses.${result.status}`);
  if (result.outcome === 'created') return t('enrol.created', { who, status });
  if (result.outcome === 'changed') {
    const from = t(`enrolmentStatuses.${result.previousStatus}`);
    // French elides « de » before a vowel (« passe d’« Abandon » »); elsewhere the context falls back to `changed`.
    return t('enrol.changed', { who, from, to: status, context: startsWithVowel(from) ? 'elided' : undefined });
  }
  return t('enrol.unchanged', { who, status });
}

const startsWithVowel = (word: string): boolean => /^[aeiouyàâéèêëîïôûüœh]/i.test(word);

function EnrolForm({ sessionId, onDone }: { sessionId: string; onDone: (message: string, color: 'green' | 'blue') => void }) {
  const { t } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const enrol = useEnrol(sessionId);
  const [formError, setFormError] = useState<string | null>(null);
  // Already in the session with that status: nothing happened, which is said here rather than as a success.
  const [unchanged, setUnchanged] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { learner: null as Learner | null, status: 'enrolled' as EnrollmentStatus },
    validate: { learner: (v) => (v ? null : t('picker.required')) },
  });
  const learner = form.values.learner;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        setUnchanged(null);
        const chosen = values.learner!;
        const who = learnerName(chosen);
        enrol.mutate(
          { learnerId: chosen.id, status: values.status },
          {
            onSuccess: (result) => {
              const message = enrolmentOutcomeMessage(t, who, result);
              if (result.outcome === 'unchanged') setUnchanged(message);
              else onDone(message, result.outcome === 'created' ? 'green' : 'blue');
            },
            onError: (error) => {
              // The api names the learner by the field it read: that is the picker here.
              if (isApiError(error)) for (const d of error.details) if (LEARNER_PATHS.includes(d.path)) form.setFieldError('learner', d.message);
              const rest = isApiError(error) ? error.details.filter((d) => !LEARNER_PATHS.includes(d.path)) : [];
              setFormError(isApiError(error) && error.details.length && rest.length === 0 ? null : applyApiError(form, error, tc));
            },
          },
        );
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        {unchanged && (
          <Alert color="yellow" role="status" title={t('enrol.unchangedTitle')}>
            {unchanged}
          </Alert>
        )}
        <LearnerPicker
          label={t('enrol.learner')}
          description={t('enrol.learnerHelp')}
          value={learner}
          error={form.errors.learner as string | undefined}
          onChange={(l) => {
            setUnchanged(null);
            form.setFieldValue('learner', l);
          }}
        />
        <Select
          label={t('status')}
          allowDeselect={false}
          data={ENROLLMENT_STATUSES.map((s) => ({ value: s, label: t(`enrolmentStatuses.${s}`) }))}
          {...form.getInputProps('status')}
          onChange={(v) => {
            setUnchanged(null);
            if (v) form.setFieldValue('status', v as EnrollmentStatus);
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={enrol.isPending}>
            {t('enrol.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const LEARNER_PATHS = ['email', 'externalId', 'learnerId'];
