import { Anchor } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CsvImportScreen } from '../../components/csv-import/csv-import-screen';
import { useWorkspace } from '../auth/workspace-context';
import { canPlan, courseKeys, useSession } from './use-courses';

/** A session's enrolments from a CSV file (an LMS or a sign-up sheet export): one row per learner. */
export function ImportEnrolmentsPage() {
  const { t } = useTranslation('courses');
  const { courseId, sessionId } = useParams({ strict: false }) as { courseId: string; sessionId: string };
  const workspace = useWorkspace();
  const session = useSession(sessionId);
  const queryClient = useQueryClient();

  return (
    <CsvImportScreen
      back={
        <Anchor renderRoot={(props) => <Link {...props} to="/courses/$courseId/sessions/$sessionId" params={{ courseId, sessionId }} />} size="sm">
          ← {session.data ? session.data.title || t('untitledSession') : t('enrolments')}
        </Anchor>
      }
      title={t('importPage.title')}
      description={t('importPage.description')}
      allowed={canPlan(workspace.role)}
      readOnly={t('importPage.readOnly')}
      importPath={`/v1/sessions/${sessionId}/enrollments/import`}
      previewPath={`/v1/sessions/${sessionId}/enrollments/import/preview`}
      fieldLabel={(field) => t(`importPage.fields.${field}`, { defaultValue: field })}
      onImported={() => {
        // Seats left, the course's session list, the enrolments: all moved.
        for (const queryKey of [courseKeys.session(sessionId), courseKeys.sessions(courseId), courseKeys.sessionEnrollments(sessionId)]) {
          void queryClient.invalidateQueries({ queryKey });
        }
      }}
    />
  );
}
