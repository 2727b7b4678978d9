import { Alert, Anchor, Button, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { FormModal } from '../../components/form-modal';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { CardField, CardList, usePhone } from '../../components/phone-cards';
import { ZonedTime } from '../../components/zone-date-time-input/zone-date-time-input';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { CourseForm } from './course-form';
import { canPlan, type ListedCourse, useCourses } from './use-courses';

export function CoursesPage() {
  const { t } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const writer = canPlan(workspace.role);
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const courses = useCourses(q);
  const [creating, setCreating] = useState(false);
  const all = courses.data?.pages.flatMap((p) => p.items) ?? [];
  const phone = usePhone();

  return (
    <>
      <PageHeader
        title={t('title')}
        description={writer ? t('description') : t('descriptionReadOnly')}
        actions={writer && <Button onClick={() => setCreating(true)}>{t('newCourse')}</Button>}
      />
      <Stack gap="md">
        <TextInput
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={360}
        />
        {courses.isPending ? (
          <PageLoader />
        ) : courses.isError ? (
          <Alert color="red" role="alert" title={t('loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(tc, courses.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void courses.refetch()}>
                {tc('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : all.length === 0 ? (
          <EmptyState
            title={q ? t('noMatch') : t('emptyTitle')}
            description={q ? undefined : writer ? t('emptyDescription') : t('emptyReadOnly')}
            action={writer && !q && <Button onClick={() => setCreating(true)}>{t('newCourse')}</Button>}
          />
        ) : phone ? (
          <CardList label={t('table')} items={all} keyOf={(course) => course.id}>
            {(course) => <CourseCard course={course} />}
          </CardList>
        ) : (
          <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('table')}>
            <Table verticalSpacing="sm" miw={720} striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.title')}</Table.Th>
                  <Table.Th>{t('fields.modality')}</Table.Th>
                  <Table.Th>{t('sessionsColumn')}</Table.Th>
                  <Table.Th>{t('nextSession')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((course) => (
                  <CourseRow key={course.id} course={course} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        {courses.hasNextPage && (
          <Button variant="default" w="fit-content" loading={courses.isFetchingNextPage} onClick={() => void courses.fetchNextPage()}>
            {tc('common.loadMore')}
          </Button>
        )}
      </Stack>

      <FormModal opened={creating} onClose={() => setCreating(false)} title={t('newCourse')} size="lg">
        <CourseForm
          onDone={(course) => {
            setCreating(false);
            notifications.show({ message: t('created', { title: course.title }), color: 'green', closeButtonProps: { 'aria-label': tc('common.close') } });
            void navigate({ to: '/courses/$courseId', params: { courseId: course.id } });
          }}
        />
      </FormModal>
    </>
  );
}

function CourseTitle({ course }: { course: ListedCourse }) {
  return (
    <>
      <Anchor renderRoot={(props) => <Link {...props} to="/courses/$courseId" params={{ courseId: course.id }} />} fw={500} size="sm">
        {course.title}
      </Anchor>
      {course.code && (
        <Text size="xs" c="dimmed">
          {course.code}
        </Text>
      )}
    </>
  );
}

function NextSession({ course }: { course: ListedCourse }) {
  const { t } = useTranslation('courses');
  const next = course.nextSession;
  return next ? (
    <ZonedTime value={next.startsAt} zone={next.timeZone} />
  ) : (
    <Text size="sm" c="dimmed">
      {t('noUpcoming')}
    </Text>
  );
}

function CourseRow({ course }: { course: ListedCourse }) {
  const { t } = useTranslation('courses');
  return (
    <Table.Tr>
      <Table.Td>
        <CourseTitle course={course} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`modalities.${course.modality}`)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t('sessionCount', { count: course.scheduledSessions })}</Text>
      </Table.Td>
      <Table.Td>
        <NextSession course={course} />
      </Table.Td>
    </Table.Tr>
  );
}

/** A course on a phone: its title and code, modality and sessions on one line, then the next session. */
function CourseCard({ course }: { course: ListedCourse }) {
  const { t } = useTranslation('courses');
  return (
    <>
      <CourseTitle course={course} />
      <Text size="xs" c="dimmed" mt={2}>
        {t(`modalities.${course.modality}`)} · {t('sessionCount', { count: course.scheduledSessions })}
      </Text>
      <CardField label={t('nextSession')}>
        <NextSession course={course} />
      </CardField>
    </>
  );
}
