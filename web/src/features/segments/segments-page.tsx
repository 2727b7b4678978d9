import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

// A routed placeholder: the segments screens are built on top of it (their query keys go in a use-segments.ts beside this file).
export function SegmentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('segments.title')} description={t('segments.description')} />
      <EmptyState title={t('segments.emptyTitle')} description={t('segments.emptyDescription')} />
    </>
  );
}
