import { Alert, Anchor, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CsvImport } from '../../components/csv-import/csv-import';
import { PageHeader } from '../../components/page-header';
import { useWorkspace } from '../auth/workspace-context';
import { canImportLearners } from './learners-page';
import { learnerKeys } from './use-learners';

export function ImportLearnersPage() {
  const { t } = useTranslation('learners');
  const workspace = useWorkspace();
  const queryClient = useQueryClient();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/learners" size="sm">
        ← {t('importPage.back')}
      </Anchor>
      <PageHeader title={t('importPage.title')} description={t('importPage.description')} />
      {canImportLearners(workspace.role) ? (
        <CsvImport
          importPath="/v1/learners/import"
          previewPath="/v1/learners/import/preview"
          fieldLabel={(field) => t(`fields.${field}`, { defaultValue: field })}
          onImported={() => void queryClient.invalidateQueries({ queryKey: learnerKeys.all(workspace.id) })}
        />
      ) : (
        <Alert color="gray" role="note">{t('importPage.readOnly')}</Alert>
      )}
    </Stack>
  );
}
