import { Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';

/**
 * Where the template editor (code editor and live preview) goes. Until it is built, this says so
 * and leads back to the template; new versions can be saved through the api meanwhile.
 */
export function TemplateEditPlaceholder() {
  const { templateId } = useParams({ strict: false }) as { templateId: string };
  const { t } = useTranslation('templates');
  return (
    <>
      <PageHeader title={t('editor.comingTitle')} />
      <Stack gap="sm" maw={640}>
        <Text size="sm">{t('editor.comingBody')}</Text>
        <AnchorLink to="/templates/$templateId" params={{ templateId }} size="sm">
          {t('editor.back')}
        </AnchorLink>
      </Stack>
    </>
  );
}
