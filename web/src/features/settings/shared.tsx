import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { LoadMoreButton } from '../../components/paged-list';
import { PageLoader } from '../../shell/page-loader';

/** A settings section: its heading, what it is for, and its main action. */
export function SectionHeader({ title, description, action }: { title: string; description: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" mb="md">
      <Stack gap={4} maw={640}>
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      </Stack>
      {action}
    </Group>
  );
}

/** Loading and error states of a section's query, else its content (and "Load more" under it, for a paged list given as `more`). */
export function QueryState({
  query,
  errorTitle,
  children,
  more,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  errorTitle: string;
  children: () => ReactNode;
  more?: Parameters<typeof LoadMoreButton>[0]['list'];
}) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <Alert color="red" role="alert" title={errorTitle}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(t, query.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      {children()}
      {more && <LoadMoreButton list={more} />}
    </>
  );
}

/** A secret shown once: the warning, the value, a copy button. */
export function SecretOnce({ label, secret, warning, doneLabel, onDone }: { label: string; secret: string; warning: string; doneLabel: string; onDone: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <Stack gap="md">
      <Alert variant="default" title={t('secretOnce.title')}>
        {warning}
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
      </Stack>
      <Group justify="flex-end">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal.9' : undefined} onClick={copy}>
              {copied ? t('secretOnce.copied') : t('secretOnce.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{doneLabel}</Button>
      </Group>
    </Stack>
  );
}

export function useNotify() {
  const { t } = useTranslation();
  return (message: string, color: 'green' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': t('common.close') } });
}

export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown) => apiErrorMessage(t, error);
}

/** A date and time in the viewer's language, or a dash. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  return (value: string | null | undefined) => (value ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '—');
}
