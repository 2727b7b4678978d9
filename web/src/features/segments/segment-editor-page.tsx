import { Alert, Anchor, Badge, Button, Grid, Group, Modal, Paper, SegmentedControl, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { CreateForbidden } from '../../components/create-forbidden';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { applyApiError } from '../../components/api-form-error';
import { PageHeader } from '../../components/page-header';
import { RuleBuilder, useRuleDraft } from '../../components/rule-builder';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { SegmentLearnersPanel } from './segment-learners-panel';
import { SegmentLiveCount } from './segment-live-count';
import { canManageAudiences } from './segment-permissions';
import {
  type Segment,
  type SegmentKind,
  useCreateSegment,
  useDeleteSegment,
  useFreezeSegment,
  useSegment,
  useSegmentPreview,
  useUpdateSegment,
} from './use-segments';
import { dayjs } from '../../i18n/dates';

export function NewSegmentPage() {
  const { t } = useTranslation('segments');
  const workspace = useWorkspace();
  // Reached by its address by someone who may not create one: say so rather than offer an empty form that cannot be saved.
  if (!canManageAudiences(workspace.role))
    return <CreateForbidden backTo="/segments" backLabel={t('back')} title={t('newTitle')} reason={t('createForbiddenTitle')} explanation={t('createForbidden')} />;
  return <SegmentEditor segment={null} />;
}

export function SegmentEditorPage() {
  const { t } = useTranslation('segments');
  const { segmentId } = useParams({ strict: false }) as { segmentId: string };
  const workspace = useWorkspace();
  const segment = useSegment(workspace.id, segmentId);
  if (segment.isPending) return <PageLoader />;
  if (segment.isError)
    return (
      <Alert color="red" role="alert" title={t('loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(t, segment.error)}</Text>
          <Anchor component={Link} to="/segments" size="sm">
            {t('back')}
          </Anchor>
        </Stack>
      </Alert>
    );
  // Keyed: another segment (or the same one saved elsewhere) starts a fresh form.
  return <SegmentEditor key={`${segment.data.id}:${segment.data.updatedAt}`} segment={segment.data} />;
}

type FormValues = {
  name: string;
  description: string;
  kind: SegmentKind;
};

const EMPTY_RULE = { all: [] };

function SegmentEditor({ segment }: { segment: Segment | null }) {
  const { t } = useTranslation('segments');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const manage = canManageAudiences(workspace.role);
  const navigate = useNavigate();
  const create = useCreateSegment(workspace.id);
  const update = useUpdateSegment(workspace.id);
  const draft = useRuleDraft(segment?.rule ?? EMPTY_RULE, 'rule');
  const preview = useSegmentPreview(workspace.id, draft.complete ? draft.rule : null);
  const [formError, setFormError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'freeze' | 'delete' | null>(null);

  const initial: FormValues = { name: segment?.name ?? '', description: segment?.description ?? '', kind: segment?.kind ?? 'dynamic' };
  const form = useForm<FormValues>({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() === '' ? tr('validation.required') : v.trim().length > 200 ? t('nameTooLong', { defaultValue: 'At most 200 characters' }) : null),
      description: (v) => (v.length > 2000 ? t('descriptionTooLong', { defaultValue: 'At most 2,000 characters' }) : null),
    },
  });
  const ruleChanged = segment === null || draft.changed;
  const dirty = form.isDirty() || ruleChanged;
  const previewProblems = previewRuleProblems(preview.error);

  const notify = (message: string, color: 'green' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': tr('common.close') } });

  const save = form.onSubmit((values) => {
    setFormError(null);
    draft.markSubmitted();
    if (!draft.complete) {
      setFormError(t('fixRule'));
      return;
    }
    const onError = (error: unknown) => {
      const ruleProblems = draft.takeApiError(error);
      const onlyRule = ruleProblems && isApiError(error) && error.details.every((d) => d.path.startsWith('rule'));
      setFormError(onlyRule ? t('fixRule') : applyApiError(form, error, tr));
    };
    const body = { name: values.name.trim(), description: values.description.trim() || null, rule: draft.rule, kind: values.kind };
    if (segment === null) {
      create.mutate(body, {
        onSuccess: (created) => {
          notify(t('created', { name: created.name }));
          void navigate({ to: '/segments/$segmentId', params: { segmentId: created.id } });
        },
        onError,
      });
    } else {
      update.mutate(
        {
          id: segment.id,
          ...(values.name.trim() !== segment.name && { name: body.name }),
          ...(body.description !== segment.description && { description: body.description }),
          ...(ruleChanged && { rule: body.rule }),
          ...(values.kind !== segment.kind && { kind: values.kind }),
        },
        { onSuccess: (saved) => notify(t('saved', { name: saved.name })), onError },
      );
    }
  });

  const actions = segment && manage && (
    <Group gap="xs">
      <Button variant="default" onClick={() => setDialog('freeze')}>
        {segment.kind === 'static' ? t('freeze.refreeze') : t('freeze.action')}
      </Button>
      <Button variant="default" c="red.9" onClick={() => setDialog('delete')}>
        {t('delete.action')}
      </Button>
    </Group>
  );

  const editor = (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form noValidate onSubmit={save}>
          <Stack gap="md">
            {!manage && (
              <Alert color="gray" p="xs">
                {t('readOnly')}
              </Alert>
            )}
            {formError && (
              <Alert color="red" role="alert">
                {formError}
              </Alert>
            )}
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <TextInput label={t('name')} withAsterisk={manage} readOnly={!manage} {...form.getInputProps('name')} />
                <Textarea label={t('descriptionField')} autosize minRows={2} maxRows={6} readOnly={!manage} {...form.getInputProps('description')} />
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="segment-kind-label">
                    {t('kind')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="segment-kind-label"
                    readOnly={!manage}
                    w="fit-content"
                    data={(['dynamic', 'static'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                    {...form.getInputProps('kind')}
                  />
                  <Text size="xs" c="dimmed">
                    {t(`kindHelp.${form.values.kind}`)}
                  </Text>
                </Stack>
              </Stack>
            </Paper>
            {segment?.kind === 'static' && ruleChanged && (
              <Alert color="yellow" p="xs">
                {t('staticRuleNote')}
              </Alert>
            )}
            <RuleBuilder label={t('rule')} value={draft.model} onChange={draft.setModel} problems={draft.problems(previewProblems)} showMissing={draft.submitted} readOnly={!manage} />
            {manage && (
              <Group justify="flex-end" gap="sm">
                {segment && dirty && (
                  <Badge variant="light" color="yellow" c="yellow.9">
                    {t('unsaved')}
                  </Badge>
                )}
                <Button type="submit" loading={create.isPending || update.isPending}>
                  {segment ? t('save') : t('create')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <SegmentLiveCount ready={draft.complete} data={preview.data} updating={preview.updating} error={preview.error} />
        </div>
      </Grid.Col>
    </Grid>
  );

  return (
    <>
      <Anchor component={Link} to="/segments" size="sm" mb="xs" display="inline-block">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={segment ? segment.name : t('newTitle')}
        description={segment ? (segment.description ?? undefined) : undefined}
        actions={
          <Group gap="sm">
            {segment && (
              <Badge variant="light" size="lg" color={segment.kind === 'static' ? 'grape' : 'blue'} c={segment.kind === 'static' ? 'grape.9' : 'blue.9'}>
                {t(`kinds.${segment.kind}`)}
              </Badge>
            )}
            {actions}
          </Group>
        }
      />
      {segment ? (
        <Tabs defaultValue="rule" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="rule">{t('tabs.rule')}</Tabs.Tab>
            <Tabs.Tab value="learners">{t('tabs.learners')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="rule">{editor}</Tabs.Panel>
          <Tabs.Panel value="learners">
            <SegmentLearnersPanel segment={segment} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        editor
      )}
      {segment && (
        <>
          <FreezeDialog segment={segment} opened={dialog === 'freeze'} dirty={dirty} onClose={() => setDialog(null)} onDone={(count) => notify(t('freeze.done', { count }))} />
          <DeleteDialog
            segment={segment}
            opened={dialog === 'delete'}
            onClose={() => setDialog(null)}
            onDone={() => {
              notify(t('delete.done', { name: segment.name }));
              void navigate({ to: '/segments' });
            }}
          />
        </>
      )}
    </>
  );
}

/** A preview refused for the rule (400 / 422) names the bad conditions like a save does. */
function previewRuleProblems(error: unknown) {
  return isApiError(error) && (error.status === 400 || error.status === 422) ? error.details.filter((d) => d.path.startsWith('rule')) : [];
}

function FreezeDialog({ segment, opened, dirty, onClose, onDone }: { segment: Segment; opened: boolean; dirty: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useTranslation('segments');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const freeze = useFreezeSegment(workspace.id);
  return (
    <Modal opened={opened} onClose={onClose} title={t('freeze.title', { name: segment.name })} closeButtonProps={{ 'aria-label': tr('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('freeze.body')}</Text>
        {dirty && (
          <Alert color="yellow" p="xs">
            {t('freeze.saveFirst')}
          </Alert>
        )}
        {freeze.error && (
          <Alert color="red" role="alert" p="xs">
            {apiErrorMessage(tr, freeze.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tr('common.cancel')}
          </Button>
          <Button
            disabled={dirty}
            loading={freeze.isPending}
            onClick={() =>
              freeze.mutate(
                { id: segment.id },
                {
                  onSuccess: (frozen) => {
                    onClose();
                    onDone(frozen.memberCount ?? 0);
                  },
                },
              )
            }
          >
            {t('freeze.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeleteDialog({ segment, opened, onClose, onDone }: { segment: Segment; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('segments');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const remove = useDeleteSegment(workspace.id);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('delete.title', { name: segment.name })} closeButtonProps={{ 'aria-label': tr('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('delete.body')}</Text>
        {remove.error && (
          // 409 SEGMENT.IN_USE names the campaigns that use it: the api's own message says which.
          <Alert color="red" role="alert" p="xs">
            {apiErrorMessage(tr, remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tr('common.cancel')}
          </Button>
          <Button color="red.8" loading={remove.isPending} onClick={() => remove.mutate({ id: segment.id }, { onSuccess: onDone })}>
            {t('delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export const segmentFrozenLabel = (segment: Segment) => (segment.frozenAt ? dayjs(segment.frozenAt).format('LLL') : '');
