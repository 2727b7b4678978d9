import { Alert, Anchor, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { FormModal } from '../../components/form-modal';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { CardField, CardList, FULL_BADGE, usePhone } from '../../components/phone-cards';
import { ZonedTime } from '../../components/zone-date-time-input/zone-date-time-input';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { useWorkspaceRules } from '../settings/use-settings';
import { languageName } from '../../components/translations-editor/translations-editor';
import { CourseForm } from './course-form';
import { useErrorMessage, useNotify } from './notify';
import { CancelSessionConfirmation, SessionForm } from './session-form';
import { canPlan, type Course, type CourseSession, useCancelSession, useCourse, useDeleteCourse, useSessionCampaigns, useSessionChangePreview, useSessions } from './use-courses';

/** One course: what it is, and its sessions (schedule, reschedule, cancel, enrolments). */
export function CoursePage() {
  const { t } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const { courseId } = useParams({ strict: false }) as { courseId: string };
  const workspace = useWorkspace();
  const writer = canPlan(workspace.role);
  const course = useCourse(courseId);
  const sessions = useSessions(courseId);
  const rules = useWorkspaceRules();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [sessionForm, setSessionForm] = useState<{ session?: CourseSession } | null>(null);
  const [cancelling, setCancelling] = useState<CourseSession | null>(null);

  if (course.isPending) return <PageLoader />;
  if (course.isError) {
    return (
      <Alert color="red" role="alert" title={t('loadCourseError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, course.error)}</Text>
          <Anchor component={Link} to="/courses" size="sm">
            {t('backToCourses')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  const c = course.data;
  const items = sessions.data?.items ?? [];

  return (
    <>
      <Anchor component={Link} to="/courses" size="sm" mb="xs" display="inline-block">
        ← {t('backToCourses')}
      </Anchor>
      <PageHeader
        title={c.title}
        description={[c.code, t(`modalities.${c.modality}`), c.durationMinutes ? formatDuration(t, c.durationMinutes) : null].filter(Boolean).join(' · ')}
        actions={
          writer && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('editCourse')}
              </Button>
              <Button variant="default" color="red" onClick={() => setDeleting(true)}>
                {t('deleteCourse')}
              </Button>
            </Group>
          )
        }
      />
      <CourseDetails course={c} />

      <Stack gap="sm" mt="xl">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3">
            {t('sessions')}
          </Title>
          {writer && <Button onClick={() => setSessionForm({})}>{t('scheduleSession')}</Button>}
        </Group>
        {sessions.isPending ? (
          <PageLoader />
        ) : sessions.isError ? (
          <Alert color="red" role="alert" title={t('loadSessionsError')}>
            <Button size="xs" variant="default" onClick={() => void sessions.refetch()}>
              {tc('common.retry')}
            </Button>
          </Alert>
        ) : items.length === 0 ? (
          <EmptyState title={t('noSessions')} description={writer ? t('noSessionsHelp') : undefined} />
        ) : (
          <SessionsList
            sessions={items}
            courseId={courseId}
            writer={writer}
            onEdit={(session) => setSessionForm({ session })}
            onCancel={setCancelling}
          />
        )}
      </Stack>

      <FormModal opened={editing} onClose={() => setEditing(false)} title={t('editCourse')} size="lg">
        <CourseForm
          course={c}
          onDone={() => {
            setEditing(false);
            notify(t('saved'));
          }}
        />
      </FormModal>
      <DeleteCourseModal course={c} opened={deleting} onClose={() => setDeleting(false)} />
      <FormModal opened={sessionForm !== null} onClose={() => setSessionForm(null)} title={sessionForm?.session ? t('editSessionTitle') : t('scheduleSession')} size="lg">
        {sessionForm && (
          <SessionForm
            courseId={courseId}
            session={sessionForm.session}
            defaultZone={rules.data?.timeZone ?? 'UTC'}
            onDone={() => {
              notify(sessionForm.session ? t('sessionSaved') : t('sessionScheduled'));
              setSessionForm(null);
            }}
          />
        )}
      </FormModal>
      <Modal opened={cancelling !== null} onClose={() => setCancelling(null)} title={t('cancel.title')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {cancelling && <CancelSession session={cancelling} onDone={() => setCancelling(null)} />}
      </Modal>
    </>
  );
}

/** The languages a course is written in: the workspace's (its base values), then its translations. */
function CourseLanguages({ course }: { course: Course }) {
  const { t, i18n } = useTranslation('courses');
  const rules = useWorkspaceRules();
  const base = rules.data?.defaultLocale;
  const name = (locale: string) => {
    const text = languageName(locale, i18n.language);
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  };
  return (
    <Group gap={6} wrap="wrap" role="group" aria-label={t('languages')}>
      <Text size="sm" c="dimmed">
        {t('languages')}
      </Text>
      {base && (
        <Badge variant="filled" color="blue.8" title={t('defaultLanguageHelp')}>
          {t('defaultLanguage', { language: name(base.slice(0, 2)) })}
        </Badge>
      )}
      {course.translations.map((entry) => (
        <Badge key={entry.locale} variant="default">
          {name(entry.locale)}
        </Badge>
      ))}
    </Group>
  );
}

/** A course's length as people say it: « 45 min », « 3 h », « 3 h 30 ». */
export function formatDuration(t: (key: string, values?: Record<string, unknown>) => string, totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return t('durationShort', { minutes });
  if (minutes === 0) return t('durationHours', { hours });
  return t('durationHoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') });
}

/** A course's sessions: a table, or one card per session on a phone. */
function SessionsList({
  sessions,
  courseId,
  writer,
  onEdit,
  onCancel,
}: {
  sessions: CourseSession[];
  courseId: string;
  writer: boolean;
  onEdit: (session: CourseSession) => void;
  onCancel: (session: CourseSession) => void;
}) {
  const { t } = useTranslation('courses');
  const phone = usePhone();
  const nameOf = (s: CourseSession) => s.title || t('untitledSession');
  const name = (s: CourseSession) => (
    <>
      <Text size="sm" fw={500}>
        {nameOf(s)}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {s.location || s.meetingUrl || s.timeZone}
      </Text>
    </>
  );
  // A cancelled session offers no seats: no count of them as if it were open.
  const seats = (s: CourseSession) =>
    s.status === 'cancelled' ? (
      <Text size="sm" c="dimmed">
        —
      </Text>
    ) : (
      <Text size="sm">{s.seatsLeft === null ? t('unlimited') : t('seatsLeftOf', { left: s.seatsLeft, capacity: s.capacity })}</Text>
    );
  const status = (s: CourseSession) => (
    <Badge variant="filled" color={s.status === 'cancelled' ? 'red.9' : 'teal.9'} styles={FULL_BADGE}>
      {t(`sessionStatuses.${s.status}`)}
    </Badge>
  );
  const actions = (s: CourseSession) => (
    <Group gap={4} justify={phone ? 'flex-start' : 'flex-end'} wrap={phone ? 'wrap' : 'nowrap'}>
      <Button
        size="xs"
        variant="subtle"
        renderRoot={(props) => <Link {...props} to="/courses/$courseId/sessions/$sessionId" params={{ courseId, sessionId: s.id }} />}
        aria-label={t('enrolmentsOf', { name: nameOf(s) })}
      >
        {t('enrolments')}
      </Button>
      {writer && s.status === 'scheduled' && (
        <>
          <Button size="xs" variant="subtle" onClick={() => onEdit(s)} aria-label={t('editSessionOf', { name: nameOf(s) })}>
            {t('editSession')}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => onCancel(s)} aria-label={t('cancelSessionOf', { name: nameOf(s) })}>
            {t('cancelSession')}
          </Button>
        </>
      )}
    </Group>
  );

  if (phone) {
    return (
      <CardList label={t('sessionsTable')} items={sessions} keyOf={(s) => s.id}>
        {(s) => (
          <>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>{name(s)}</div>
              {status(s)}
            </Group>
            <CardField label={t('sessionFields.startsAt')}>
              <ZonedTime value={s.startsAt} zone={s.timeZone} />
            </CardField>
            {s.enrolBy && (
              <CardField label={t('sessionFields.enrolBy')}>
                <ZonedTime value={s.enrolBy} zone={s.timeZone} />
              </CardField>
            )}
            {s.status !== 'cancelled' && <CardField label={t('seatsLeft')}>{seats(s)}</CardField>}
            <div style={{ marginTop: 6, marginLeft: -10 }}>{actions(s)}</div>
          </>
        )}
      </CardList>
    );
  }
  return (
    <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('sessionsTable')}>
      <Table verticalSpacing="sm" miw={880} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('session')}</Table.Th>
            <Table.Th>{t('sessionFields.startsAt')}</Table.Th>
            <Table.Th>{t('sessionFields.enrolBy')}</Table.Th>
            <Table.Th>{t('seatsLeft')}</Table.Th>
            <Table.Th>{t('status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{name(s)}</Table.Td>
              <Table.Td>
                <ZonedTime value={s.startsAt} zone={s.timeZone} />
              </Table.Td>
              <Table.Td>{s.enrolBy ? <ZonedTime value={s.enrolBy} zone={s.timeZone} /> : <Text size="sm">—</Text>}</Table.Td>
              <Table.Td>{seats(s)}</Table.Td>
              <Table.Td>{status(s)}</Table.Td>
              <Table.Td>{actions(s)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function CourseDetails({ course }: { course: Course }) {
  const { t } = useTranslation('courses');
  return (
    <Stack gap="xs" maw={760}>
      <CourseLanguages course={course} />
      {course.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {course.description}
        </Text>
      )}
      {course.lmsUrl && (
        <Text size="sm">
          {t('lmsLinkLabel')}{' '}
          <Anchor href={course.lmsUrl} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
            {course.lmsUrl}
          </Anchor>
        </Text>
      )}
      {course.skills.length > 0 && (
        <Group gap={6} aria-label={t('fields.skills')}>
          {course.skills.map((s) => (
            <Badge key={s} variant="default">
              {s}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

const CANCELLING = { status: 'cancelled' } as const;

function CancelSession({ session, onDone }: { session: CourseSession; onDone: () => void }) {
  const { t } = useTranslation('courses');
  const campaigns = useSessionCampaigns(session.id);
  const impact = useSessionChangePreview(session.id, CANCELLING);
  const cancel = useCancelSession();
  const notify = useNotify();
  const message = useErrorMessage();
  return (
    <CancelSessionConfirmation
      session={session}
      campaigns={campaigns.isSuccess ? campaigns.data.items : null}
      impact={impact.isSuccess ? impact.data : impact.isError ? null : undefined}
      pending={cancel.isPending}
      onBack={onDone}
      onConfirm={(reason) =>
        cancel.mutate(
          { id: session.id, reason },
          {
            onSuccess: () => notify(t('cancel.done')),
            onError: (error) => notify(message(error), 'red'),
            onSettled: onDone,
          },
        )
      }
    />
  );
}

function DeleteCourseModal({ course, opened, onClose }: { course: Course; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const remove = useDeleteCourse();
  const navigate = useNavigate();
  const notify = useNotify();
  const message = useErrorMessage();
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const run = (force: boolean) =>
    remove.mutate(
      { id: course.id, force },
      {
        onSuccess: () => {
          notify(t('deleted', { title: course.title }));
          close();
          void navigate({ to: '/courses' });
        },
        onError: (error) => (isApiError(error) && error.status === 409 ? setProblem({ code: error.code, message: error.message }) : setProblem({ code: 'OTHER', message: message(error) })),
      },
    );
  return (
    <Modal opened={opened} onClose={close} title={t('deleteCourse')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('deleteConfirm', { title: course.title })}</Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem.code === 'COURSE.HAS_ENROLLMENTS' ? t('deleteHasEnrolments') : problem.code === 'COURSE.IN_USE' ? t('deleteInUse') : problem.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('common.cancel')}
          </Button>
          {problem?.code === 'COURSE.HAS_ENROLLMENTS' ? (
            <Button color="red" loading={remove.isPending} onClick={() => run(true)}>
              {t('deleteForce')}
            </Button>
          ) : (
            <Button color="red" loading={remove.isPending} disabled={problem?.code === 'COURSE.IN_USE'} onClick={() => run(false)}>
              {t('deleteCourse')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
