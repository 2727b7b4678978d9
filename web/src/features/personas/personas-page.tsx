import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { canManageAudiences } from '../segments/segment-permissions';
import { type Persona, usePersonas } from './use-personas';

export function PersonasPage() {
  const { t } = useTranslation('personas');
  const workspace = useWorkspace();
  const manage = canManageAudiences(workspace.role);
  const personas = usePersonas(workspace.id);
  const items = personas.data?.pages.flatMap((p) => p.items) ?? [];

  const newButton = manage && (
    <Button component={Link} to="/personas/new">
      {t('new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={personas.isSuccess && items.length === 0 ? undefined : newButton} />
      {personas.isPending ? (
        <PageLoader />
      ) : personas.isError ? (
        <Alert color="red" role="alert" title={t('loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(t, personas.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void personas.refetch()}>
              {t('common.retry', { ns: 'translation' })}
            </Button>
          </Stack>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={manage ? t('emptyDescription') : t('emptyViewer')} action={newButton} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('title')}>
            {items.map((persona) => (
              <PersonaCard key={persona.id} persona={persona} />
            ))}
          </SimpleGrid>
          {personas.hasNextPage && (
            <Button variant="default" w="fit-content" loading={personas.isFetchingNextPage} onClick={() => void personas.fetchNextPage()}>
              {t('common.loadMore', { ns: 'translation' })}
            </Button>
          )}
        </Stack>
      )}
    </>
  );
}

function PersonaCard({ persona }: { persona: Persona }) {
  const { t, i18n } = useTranslation('personas');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Card withBorder radius="md" padding="md" component="li" h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <AnchorLink to="/personas/$personaId" params={{ personaId: persona.id }} fw={600} size="lg" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {persona.name}
          </AnchorLink>
          <Badge variant="light" color="blue" c="blue.9" style={{ flexShrink: 0 }}>
            {t('members', { count: persona.learnerCount, formatted: number.format(persona.learnerCount) })}
          </Badge>
        </Group>
        <Text size="sm" c={persona.summary ? undefined : 'dimmed'} lineClamp={3}>
          {persona.summary ?? t('noSummary')}
        </Text>
        <Group gap={6} mt="auto">
          {persona.preferredChannels.map((c, i) => (
            <Badge key={c} variant="outline" color="gray.8" size="sm">
              {i + 1}. {t(`channels.${c}`)}
            </Badge>
          ))}
          {persona.assignmentRule !== null && (
            <Badge variant="light" color="grape" c="grape.9" size="sm">
              {t('byRule')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
