import { Alert, Anchor, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { FormModal } from '../../components/form-modal';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { countryName, fullName, languageName } from './display-names';
import { LearnerForm } from './learner-form';
import { EmailStatus } from './learner-list';
import { validateLearnerSearch } from './learner-search';
import { LearnerTimeline } from './learner-timeline';
import { canWriteLearners } from './learners-page';
import { type Learner, useEraseLearner, useLearner, useLearnerFacets } from './use-learners';
import { dayjs } from '../../i18n/dates';

export function LearnerPage() {
  const { t } = useTranslation('learners');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const { learnerId } = useParams({ strict: false }) as { learnerId: string };
  // The list's filters this page was opened from: the way back keeps them.
  const listSearch = validateLearnerSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const learner = useLearner(workspace.id, learnerId);

  return (
    <Stack gap="lg">
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/learners" search={listSearch} />}>
        ← {t('detail.back')}
      </Anchor>
      {learner.isPending ? (
        <PageLoader />
      ) : learner.isError ? (
        <Alert color="red" role="alert" title={t('detail.loadError')}>
          {isApiError(learner.error) && learner.error.status === 404
            ? t('detail.notFound')
            : apiErrorMessage(tc, learner.error)}
        </Alert>
      ) : (
        <LearnerProfile learner={learner.data} workspaceId={workspace.id} writer={canWriteLearners(workspace.role)} />
      )}
    </Stack>
  );
}

function LearnerProfile({ learner, workspaceId, writer }: { learner: Learner; workspaceId: string; writer: boolean }) {
  const { t, i18n } = useTranslation('learners');
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const facets = useLearnerFacets(workspaceId);
  const persona = learner.personaId ? (facets.data?.personaId.find((p) => p.value === learner.personaId)?.label ?? null) : null;
  const notSet = t('detail.notSet');
  const yesNo = (value: boolean) => (value ? t('detail.yes') : t('detail.no'));
  const attributes = Object.entries(learner.attributes ?? {});
  // true / false (JSON, or text from a CSV) read as yes / no.
  const attributeText = (value: unknown) =>
    value === null || value === undefined ? notSet : value === true || value === 'true' ? yesNo(true) : value === false || value === 'false' ? yesNo(false) : String(value);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {fullName(learner) ?? learner.email}
          </Title>
          <Text c="dimmed" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {learner.email} · {learner.externalId}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <EmailStatus learner={learner} />
          {writer && (
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('edit.button')}
              </Button>
              <Button variant="default" color="red" c="red.8" onClick={() => setErasing(true)}>
                {t('erase.button')}
              </Button>
            </Group>
          )}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Facts title={t('detail.identity')}>
          <Fact label={t('fields.externalId')} value={learner.externalId} />
          <Fact label={t('fields.email')} value={learner.email} />
          <Fact label={t('fields.locale')} value={languageName(learner.locale, i18n.language)} />
          <Fact label={t('fields.timeZone')} value={learner.timeZone} />
          <Fact label={t('fields.networkHandle')} value={learner.networkHandle ?? notSet} />
        </Facts>
        <Facts title={t('detail.work')}>
          <Fact label={t('fields.jobTitle')} value={learner.jobTitle ?? notSet} />
          <Fact label={t('fields.department')} value={learner.department ?? notSet} />
          <Fact label={t('fields.site')} value={learner.site ?? notSet} />
          <Fact label={t('fields.country')} value={learner.country ? countryName(learner.country, i18n.language) : notSet} />
          <Fact label={t('fields.managerExternalId')} value={learner.managerExternalId ?? notSet} />
          <Fact label={t('fields.hireDate')} value={learner.hireDate ? dayjs(learner.hireDate).format('LL') : notSet} />
        </Facts>
        <Facts title={t('detail.consent')}>
          <Fact label={t('fields.consentEmail')} value={yesNo(learner.consentEmail)} />
          <Fact label={t('fields.consentNetwork')} value={yesNo(learner.consentNetwork)} />
          <Text size="sm">
            {learner.unsubscribedAt ? t('detail.unsubscribedAt', { date: dayjs(learner.unsubscribedAt).format('LL') }) : t('detail.subscribed')}
          </Text>
        </Facts>
        <Facts title={t('detail.persona')}>
          {persona ? <Text size="sm" fw={600}>{persona}</Text> : <Text size="sm" c="dimmed">{t('detail.noPersona')}</Text>}
          <Text size="xs" c="dimmed">
            {t('detail.createdAt', { date: dayjs(learner.createdAt).format('LL') })}
          </Text>
        </Facts>
      </SimpleGrid>

      <section aria-labelledby="learner-attributes">
        <Title id="learner-attributes" order={2} size="h4" mb="sm">
          {t('detail.attributes')}
        </Title>
        {attributes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noAttributes')}
          </Text>
        ) : (
          <Paper withBorder radius="md">
            <Table verticalSpacing="xs" layout="fixed">
              <Table.Tbody>
                {attributes.map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th w="40%" scope="row" style={{ overflowWrap: 'anywhere' }}>
                      {key}
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{attributeText(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </section>

      <section aria-labelledby="learner-timeline">
        <Title id="learner-timeline" order={2} size="h4" mb="sm">
          {t('timeline.title')}
        </Title>
        <LearnerTimeline workspaceId={workspaceId} learnerId={learner.id} />
      </section>

      {writer && (
        <>
          <FormModal opened={editing} onClose={() => setEditing(false)} title={t('edit.title', { name: fullName(learner) ?? learner.email })} size="lg">
            <LearnerForm
              learner={learner}
              workspaceId={workspaceId}
              onDone={() => {
                setEditing(false);
                notifications.show({ message: t('edit.saved'), color: 'green', closeButtonProps: { 'aria-label': tc('common.close') } });
              }}
            />
          </FormModal>
          <EraseLearnerModal learner={learner} workspaceId={workspaceId} opened={erasing} onClose={() => setErasing(false)} />
        </>
      )}
    </Stack>
  );
}

/**
 * The right to erasure, asked once more: what goes (the DELETE removes the learner's row, and the
 * database its enrolments, static segment memberships and waiting sends with it), what stays
 * anonymous in the reports, and that it cannot be undone. Then back to the list.
 */
function EraseLearnerModal({ learner, workspaceId, opened, onClose }: { learner: Learner; workspaceId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('learners');
  const { t: tc } = useTranslation();
  const erase = useEraseLearner(workspaceId);
  const navigate = useNavigate();
  const listSearch = validateLearnerSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const [problem, setProblem] = useState<string | null>(null);
  const name = fullName(learner) ?? learner.email;
  const close = () => {
    setProblem(null);
    onClose();
  };
  const run = () =>
    erase.mutate(learner.id, {
      onSuccess: () => {
        notifications.show({ message: t('erase.done', { name }), color: 'green', closeButtonProps: { 'aria-label': tc('common.close') } });
        onClose();
        void navigate({ to: '/learners', search: listSearch });
      },
      onError: (error) => setProblem(apiErrorMessage(tc, error)),
    });

  return (
    <Modal opened={opened} onClose={close} title={t('erase.title', { name })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('erase.intro', { name, externalId: learner.externalId })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('erase.profile')}</List.Item>
          <List.Item>{t('erase.enrolments')}</List.Item>
          <List.Item>{t('erase.sends')}</List.Item>
        </List>
        <Text size="sm">{t('erase.kept')}</Text>
        <Text size="sm" fw={600}>
          {t('erase.final')}
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('common.cancel')}
          </Button>
          <Button color="red" loading={erase.isPending} onClick={run}>
            {t('erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Facts({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      <Stack gap={6}>{children}</Stack>
    </Paper>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}
