import { Anchor } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CsvImportScreen } from '../../components/csv-import/csv-import-screen';
import { useWorkspace } from '../auth/workspace-context';
import { canImportLearners } from './learners-page';
import { learnerKeys } from './use-learners';

export function ImportLearnersPage() {
  const { t } = useTranslation('learners');
  const workspace = useWorkspace();
  const queryClient = useQueryClient();

  return (
    <CsvImportScreen
      back={
        <Anchor component={Link} to="/learners" size="sm">
          ← {t('importPage.back')}
        </Anchor>
      }
      title={t('importPage.title')}
      description={t('importPage.description')}
      allowed={canImportLearners(workspace.role)}
      readOnly={t('importPage.readOnly')}
      importPath="/v1/learners/import"
      previewPath="/v1/learners/import/preview"
      fieldLabel={(field) => t(`fields.${field}`, { defaultValue: field })}
      onImported={() => void queryClient.invalidateQueries({ queryKey: learnerKeys.all(workspace.id) })}
    />
  );
}
