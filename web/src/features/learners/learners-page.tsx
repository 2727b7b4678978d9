import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

// A routed placeholder: the learners screens are built on top of it (their query keys go in a use-learners.ts beside this file).
export function LearnersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('learners.title')} description={t('learners.description')} />
      <EmptyState title={t('learners.emptyTitle')} description={t('learners.emptyDescription')} />
    </>
  );
}
