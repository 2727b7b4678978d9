import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

// A routed placeholder: the courses screens are built on top of it (their query keys go in a use-courses.ts beside this file).
export function CoursesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('courses.title')} description={t('courses.description')} />
      <EmptyState title={t('courses.emptyTitle')} description={t('courses.emptyDescription')} />
    </>
  );
}
