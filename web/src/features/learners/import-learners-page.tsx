import { Alert, Anchor, Radio, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvImportScreen } from '../../components/csv-import/csv-import-screen';
import type { ImportPreview } from '../../components/csv-import/types';
import { useWorkspace } from '../auth/workspace-context';
import { canImportLearners } from './learners-page';
import { learnerKeys } from './use-learners';

type Consent = 'true' | 'false';

export function ImportLearnersPage() {
  const { t } = useTranslation('learners');
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  // The import's own default: learners it creates without a consent value consent.
  const [consent, setConsent] = useState<Consent>('true');

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
      importPath={consent === 'false' ? '/v1/learners/import?defaultConsent=false' : '/v1/learners/import'}
      previewPath="/v1/learners/import/preview"
      fieldLabel={(field) => t(`fields.${field}`, { defaultValue: field })}
      headerExamples={(field) => t(`importPage.headerExamples.${field}`, { defaultValue: '' }) || undefined}
      previewOptions={(preview) => <ConsentChoice preview={preview} value={consent} onChange={setConsent} />}
      onImported={() => void queryClient.invalidateQueries({ queryKey: learnerKeys.all(workspace.id) })}
    />
  );
}

/**
 * When the file has no consent column, what the import will do about consent, and the choice of
 * it for the learners the file creates (those already there keep theirs, as the api does).
 */
export function ConsentChoice({ preview, value, onChange }: { preview: ImportPreview; value: Consent; onChange: (value: Consent) => void }) {
  const { t } = useTranslation('learners');
  const has = (field: string) => preview.columns.some((column) => column.field === field);
  const email = has('consentEmail');
  const network = has('consentNetwork');
  if (email && network) return null;
  const title = !email && !network ? t('importPage.consent.titleNone') : !email ? t('importPage.consent.titleEmail') : t('importPage.consent.titleNetwork');

  return (
    <Alert color="blue" role="note" title={title}>
      <Stack gap="sm">
        <Text size="sm">{value === 'true' ? t('importPage.consent.granted') : t('importPage.consent.withheld')}</Text>
        <Radio.Group label={t('importPage.consent.label')} value={value} onChange={(next) => onChange(next as Consent)}>
          <Stack gap={6} mt={6}>
            <Radio value="true" label={t('importPage.consent.yes')} />
            <Radio value="false" label={t('importPage.consent.no')} />
          </Stack>
        </Radio.Group>
      </Stack>
    </Alert>
  );
}
