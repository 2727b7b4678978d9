import { Alert, Button, Stack, Text } from '@mantine/core';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

export function RouteError({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  // A lazy chunk missing after a redeploy: only a reload fetches the new index.
  const staleBuild = error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Stack p="xl" maw={640}>
      <Alert color="red" title={t('errors.pageTitle')} role="alert">
        <Text size="sm">{staleBuild ? t('errors.staleBuild') : isApiError(error) ? error.message : t('errors.generic')}</Text>
      </Alert>
      <Button variant="default" w="fit-content" onClick={() => (staleBuild ? window.location.reload() : void router.invalidate())}>
        {t('common.retry')}
      </Button>
    </Stack>
  );
}
