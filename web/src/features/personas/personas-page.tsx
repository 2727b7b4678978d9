import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

// A routed placeholder: the personas screens are built on top of it (their query keys go in a use-personas.ts beside this file).
export function PersonasPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('personas.title')} description={t('personas.description')} />
      <EmptyState title={t('personas.emptyTitle')} description={t('personas.emptyDescription')} />
    </>
  );
}
