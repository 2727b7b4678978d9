import { Alert, Anchor, Badge, Button, Chip, Grid, Group, Modal, Paper, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { applyApiError } from '../../components/api-form-error';
import { CreateForbidden } from '../../components/create-forbidden';
import { PageHeader } from '../../components/page-header';
import { TimeField } from '../../components/time-field';
import { RuleBuilder, useRuleDraft } from '../../components/rule-builder';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { SegmentLiveCount } from '../segments/segment-live-count';
import { canManageAudiences } from '../segments/segment-permissions';
import { useSegmentPreview } from '../segments/use-segments';
import { ChannelRanking } from './channel-ranking';
import { type TextItem, textItem, TextRanking, textsOf } from './text-ranking';
import {
  type Channel,
  type Persona,
  type PersonaInput,
  useAssignmentPreview,
  useAssignPersona,
  useCreatePersona,
  useDeletePersona,
  usePersona,
  useUpdatePersona,
  type Weekday,
  WEEKDAYS,
} from './use-personas';

export function NewPersonaPage() {
  const { t } = useTranslation('personas');
  const workspace = useWorkspace();
  if (!canManageAudiences(workspace.role))
    return <CreateForbidden backTo="/personas" backLabel={t('back')} title={t('newTitle')} reason={t('createForbiddenTitle')} explanation={t('createForbidden')} />;
  return <PersonaCanvas persona={null} />;
}

export function PersonaCanvasPage() {
  const { t } = useTranslation('personas');
  const { personaId } = useParams({ strict: false }) as { personaId: string };
  const workspace = useWorkspace();
  const persona = usePersona(workspace.id, personaId);
  if (persona.isPending) return <PageLoader />;
  if (persona.isError)
    return (
      <Alert color="red" role="alert" title={t('loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(t, persona.error)}</Text>
          <Anchor component={Link} to="/personas" size="sm">
            {t('back')}
          </Anchor>
        </Stack>
      </Alert>
    );
  return <PersonaCanvas key={`${persona.data.id}:${persona.data.updatedAt}`} persona={persona.data} />;
}

const LIST_FIELDS = ['shortTermGoals', 'longTermGoals', 'needs', 'objections', 'ambitions'] as const;
type ListField = (typeof LIST_FIELDS)[number];
const TEXT_LIMITS = { summary: 5000, behaviouralModel: 5000, socialModel: 5000, tone: 500 } as const;
const LIST_LIMITS = { items: 50, length: 500 };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type CanvasValues = {
  name: string;
  summary: string;
  behaviouralModel: string;
  socialModel: string;
  shortTermGoals: TextItem[];
  longTermGoals: TextItem[];
  needs: TextItem[];
  objections: TextItem[];
  ambitions: TextItem[];
  preferredChannels: Channel[];
  preferredDays: Weekday[];
  preferredTime: string;
  tone: string;
  useRule: boolean;
};

function valuesOf(p: Persona | null): CanvasValues {
  return {
    name: p?.name ?? '',
    summary: p?.summary ?? '',
    behaviouralModel: p?.behaviouralModel ?? '',
    socialModel: p?.socialModel ?? '',
    ...(Object.fromEntries(LIST_FIELDS.map((f) => [f, (p?.[f] ?? []).map(textItem)])) as Record<ListField, TextItem[]>),
    preferredChannels: p?.preferredChannels ?? [],
    preferredDays: p?.preferredDays ?? [],
    preferredTime: p?.preferredTime ?? '',
    tone: p?.tone ?? '',
    useRule: p ? p.assignmentRule !== null : false,
  };
}

function PersonaCanvas({ persona }: { persona: Persona | null }) {
  const { t, i18n } = useTranslation('personas');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const manage = canManageAudiences(workspace.role);
  const navigate = useNavigate();
  const create = useCreatePersona(workspace.id);
  const update = useUpdatePersona(workspace.id);
  const assign = useAssignPersona(workspace.id);
  const draft = useRuleDraft(persona?.assignmentRule ?? { all: [] }, 'assignmentRule');
  const [formError, setFormError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [confirmingAssign, setConfirmingAssign] = useState(false);
  const ruleSection = useRef<HTMLDivElement>(null);
  const number = new Intl.NumberFormat(i18n.language);

  const listCheck = (v: TextItem[]) => {
    const items = textsOf(v);
    if (items.length > LIST_LIMITS.items) return t('validation.tooMany', { max: LIST_LIMITS.items });
    if (items.some((l) => l.length > LIST_LIMITS.length)) return t('validation.lineTooLong', { max: LIST_LIMITS.length });
    return null;
  };
  const textCheck = (max: number) => (v: string) => (v.length > max ? t('validation.tooLong', { max }) : null);
  const form: UseFormReturnType<CanvasValues> = useForm<CanvasValues>({
    initialValues: valuesOf(persona),
    validate: {
      name: (v) => (v.trim() === '' ? tr('validation.required') : v.trim().length > 200 ? t('validation.tooLong', { max: 200 }) : null),
      summary: textCheck(TEXT_LIMITS.summary),
      behaviouralModel: textCheck(TEXT_LIMITS.behaviouralModel),
      socialModel: textCheck(TEXT_LIMITS.socialModel),
      tone: textCheck(TEXT_LIMITS.tone),
      preferredTime: (v) => (v === '' || TIME.test(v) ? null : t('validation.time')),
      ...Object.fromEntries(LIST_FIELDS.map((f) => [f, listCheck])),
    },
  });

  const values = form.values;
  const savedRule = persona?.assignmentRule ?? null;
  // The rule's members as it is being edited, as the segment editor counts them.
  const preview = useSegmentPreview(workspace.id, values.useRule && draft.complete ? draft.rule : null);
  // Switching the rule on or off is a form change; the rule itself is compared as the builder writes it.
  const dirty = form.isDirty() || (values.useRule && draft.changed);
  const notify = (message: string, color: 'green' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': tr('common.close') } });

  const save = form.onSubmit(
    (v) => {
      setFormError(null);
      if (v.useRule) {
        draft.markSubmitted();
        if (!draft.complete) {
          setFormError(t('fixRule'));
          return focusFirst([ruleSection.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? ruleSection.current]);
        }
      }
      const body: PersonaInput = {
        name: v.name.trim(),
        summary: v.summary.trim() || null,
        behaviouralModel: v.behaviouralModel.trim() || null,
        socialModel: v.socialModel.trim() || null,
        ...(Object.fromEntries(LIST_FIELDS.map((f) => [f, textsOf(v[f])])) as Record<ListField, string[]>),
        preferredChannels: v.preferredChannels,
        preferredDays: WEEKDAYS.filter((d) => v.preferredDays.includes(d)),
        preferredTime: v.preferredTime || null,
        tone: v.tone.trim() || null,
        assignmentRule: v.useRule ? draft.rule : null,
      };
      const onError = (error: unknown) => {
        const ruleProblems = draft.takeApiError(error);
        const onlyRule = ruleProblems && isApiError(error) && error.details.every((d) => d.path.startsWith('assignmentRule'));
        setFormError(onlyRule ? t('fixRule') : applyApiError(form, error, tr));
      };
      if (persona === null) {
        create.mutate(body, {
          onSuccess: (created) => {
            notify(t('created', { name: created.name }));
            void navigate({ to: '/personas/$personaId', params: { personaId: created.id } });
          },
          onError,
        });
      } else {
        update.mutate({ id: persona.id, ...body }, { onSuccess: (saved) => notify(t('saved', { name: saved.name })), onError });
      }
    },
    (errors) => {
      setFormError(t('fixErrors'));
      // The message is at the top; the first field it is about may be far below.
      focusFirst(Object.keys(errors).map((path) => form.getInputNode(path)));
    },
  );

  const assignedCount = assign.data?.assigned;
  const canAssign = persona !== null && savedRule !== null && !dirty;

  return (
    <>
      <Anchor component={Link} to="/personas" size="sm" mb="xs" display="inline-block">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={persona ? persona.name : t('newTitle')}
        actions={
          persona &&
          manage && (
            <Button variant="default" c="red.9" onClick={() => setDeleting(true)}>
              {t('delete.action')}
            </Button>
          )
        }
      />
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
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <CanvasSection title={t('sections.identity')}>
                <TextInput label={t('fields.name')} withAsterisk={manage} readOnly={!manage} {...form.getInputProps('name')} />
                <Textarea label={t('fields.summary')} description={t('hints.summary')} autosize minRows={3} maxRows={10} readOnly={!manage} {...form.getInputProps('summary')} />
              </CanvasSection>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <CanvasSection title={t('sections.members')}>
                <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('membersNow', { count: persona?.learnerCount ?? 0, formatted: number.format(persona?.learnerCount ?? 0) })}
                </Text>
                {persona && (
                  <Text size="xs" c="dimmed">
                    {t('membersHelp')}
                  </Text>
                )}
                {manage && persona && (
                  <Stack gap={6} align="flex-start">
                    <Button disabled={!canAssign} loading={assign.isPending} onClick={() => setConfirmingAssign(true)}>
                      {t('assign')}
                    </Button>
                    <Text size="xs" c="dimmed" role="status" aria-live="polite">
                      {assignedCount !== undefined
                        ? t('assigned', { count: assignedCount, formatted: number.format(assignedCount) })
                        : savedRule === null
                          ? t('assignNoRule')
                          : dirty
                            ? t('assignSaveFirst')
                            : ''}
                    </Text>
                  </Stack>
                )}
              </CanvasSection>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <CanvasSection title={t('sections.behaviour')}>
                <Textarea label={t('fields.behaviouralModel')} description={t('hints.behaviouralModel')} autosize minRows={3} readOnly={!manage} {...form.getInputProps('behaviouralModel')} />
                <Textarea label={t('fields.socialModel')} description={t('hints.socialModel')} autosize minRows={2} readOnly={!manage} {...form.getInputProps('socialModel')} />
              </CanvasSection>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <CanvasSection title={t('sections.goals')}>
                <ListField form={form} field="shortTermGoals" readOnly={!manage} />
                <ListField form={form} field="longTermGoals" readOnly={!manage} />
              </CanvasSection>
            </Grid.Col>
            {(['needs', 'objections', 'ambitions'] as const).map((f) => (
              <Grid.Col key={f} span={{ base: 12, sm: 6, md: 4 }}>
                <CanvasSection title={t(`sections.${f}`)}>
                  <ListField form={form} field={f} readOnly={!manage} />
                </CanvasSection>
              </Grid.Col>
            ))}
            <Grid.Col span={12}>
              <CanvasSection title={t('sections.habits')}>
                <Grid gap="lg">
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <Stack gap={4}>
                      <Text size="sm" fw={500} id="channels-label">
                        {t('fields.preferredChannels')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(manage ? 'hints.preferredChannels' : 'hints.preferredChannelsReadOnly')}
                      </Text>
                      <div role="group" aria-labelledby="channels-label">
                        <ChannelRanking value={values.preferredChannels} readOnly={!manage} onChange={(v) => form.setFieldValue('preferredChannels', v)} />
                      </div>
                      {form.errors.preferredChannels && (
                        <Text size="xs" c="red.8">
                          {form.errors.preferredChannels}
                        </Text>
                      )}
                    </Stack>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <Stack gap="sm">
                      <Stack gap={4}>
                        <Text size="sm" fw={500} id="days-label">
                          {t('fields.preferredDays')}
                        </Text>
                        <Chip.Group multiple value={values.preferredDays} onChange={(v) => manage && form.setFieldValue('preferredDays', v as Weekday[])}>
                          <Group gap={6} role="group" aria-labelledby="days-label">
                            {WEEKDAYS.map((d) => (
                              <Chip key={d} value={d} size="sm" disabled={!manage} aria-label={t(`daysLong.${d}`)}>
                                {t(`days.${d}`)}
                              </Chip>
                            ))}
                          </Group>
                        </Chip.Group>
                      </Stack>
                      <TimeField
                        w={160}
                        label={t('fields.preferredTime')}
                        description={t('hints.preferredTime')}
                        readOnly={!manage}
                        value={form.values.preferredTime}
                        onChange={(value) => form.setFieldValue('preferredTime', value)}
                        error={form.errors.preferredTime}
                      />
                      <TextInput label={t('fields.tone')} placeholder={t('hints.tone')} readOnly={!manage} {...form.getInputProps('tone')} />
                    </Stack>
                  </Grid.Col>
                </Grid>
              </CanvasSection>
            </Grid.Col>
            <Grid.Col span={12}>
              <CanvasSection title={t('sections.rule')}>
                <Switch label={t('useRule')} disabled={!manage} {...form.getInputProps('useRule', { type: 'checkbox' })} />
                {values.useRule ? (
                  <>
                    <Text size="xs" c="dimmed">
                      {t('ruleHelp')}
                    </Text>
                    <Grid gap="md">
                      <Grid.Col span={{ base: 12, lg: 8 }} ref={ruleSection}>
                        <RuleBuilder label={t('ruleLabel')} rootPath="assignmentRule" value={draft.model} onChange={draft.setModel} problems={draft.problems()} showMissing={draft.submitted} readOnly={!manage} />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, lg: 4 }}>
                        <SegmentLiveCount ready={draft.complete} data={preview.data} updating={preview.updating} error={preview.error} />
                      </Grid.Col>
                    </Grid>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('noRule')}
                  </Text>
                )}
              </CanvasSection>
            </Grid.Col>
          </Grid>
          {manage && (
            <Group justify="flex-end" gap="sm">
              {persona && dirty && (
                <Badge variant="light" color="yellow" c="yellow.9">
                  {t('unsaved')}
                </Badge>
              )}
              <Button type="submit" loading={create.isPending || update.isPending}>
                {persona ? t('save') : t('create')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {persona && <DeletePersonaDialog persona={persona} opened={deleting} onClose={() => setDeleting(false)} onDone={() => void navigate({ to: '/personas' })} />}
      {persona && (
        <AssignDialog
          persona={persona}
          opened={confirmingAssign}
          pending={assign.isPending}
          onClose={() => setConfirmingAssign(false)}
          onConfirm={() =>
            assign.mutate(
              { id: persona.id },
              {
                onSuccess: ({ assigned }) => notify(t('assigned', { count: assigned, formatted: number.format(assigned) })),
                onError: (error) => notify(apiErrorMessage(tr, error), 'red'),
                onSettled: () => setConfirmingAssign(false),
              },
            )
          }
        />
      )}
    </>
  );
}

/** Scrolls to the first of these elements in the page's order and puts the focus there. */
function focusFirst(nodes: Array<HTMLElement | null | undefined>) {
  const [first] = nodes.filter((n): n is HTMLElement => Boolean(n)).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (!first) return;
  first.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  first.focus({ preventScroll: true });
}

/** "Assign now", asked first: how many learners this persona takes, and from which personas. */
function AssignDialog({ persona, opened, pending, onClose, onConfirm }: { persona: Persona; opened: boolean; pending: boolean; onClose: () => void; onConfirm: () => void }) {
  const { t, i18n } = useTranslation('personas');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const preview = useAssignmentPreview(workspace.id, persona.id, opened);
  const number = new Intl.NumberFormat(i18n.language);
  const data = preview.data;
  return (
    <Modal opened={opened} onClose={onClose} title={t('assignConfirm.title', { name: persona.name })} closeButtonProps={{ 'aria-label': tr('common.close') }}>
      <Stack gap="md">
        {preview.isPending ? (
          <Text size="sm" c="dimmed">
            {t('assignConfirm.counting')}
          </Text>
        ) : preview.isError ? (
          <Alert color="red" role="alert" p="xs">
            {apiErrorMessage(tr, preview.error)}
          </Alert>
        ) : (
          data && (
            <>
              <Text size="sm">
                {t('assignConfirm.matched', { count: data.matched, formatted: number.format(data.matched) })}
                {data.matched > data.assigned && ` ${t('assignConfirm.already', { count: data.matched - data.assigned, formatted: number.format(data.matched - data.assigned) })}`}
              </Text>
              {data.assigned === 0 ? (
                <Text size="sm">{t('assignConfirm.none')}</Text>
              ) : (
                <>
                  <Text size="sm">{t('assignConfirm.takes', { count: data.assigned, formatted: number.format(data.assigned) })}</Text>
                  <Stack component="ul" gap={4} m={0} pl="md">
                    {data.from.map((group) => (
                      <Text component="li" size="sm" key={group.personaId ?? 'none'}>
                        {group.personaName
                          ? t('assignConfirm.fromPersona', { count: group.count, formatted: number.format(group.count), name: group.personaName })
                          : t('assignConfirm.fromNone', { count: group.count, formatted: number.format(group.count) })}
                      </Text>
                    ))}
                  </Stack>
                </>
              )}
              {data.keptWithoutMatch > 0 && <Text size="sm">{t('assignConfirm.kept', { count: data.keptWithoutMatch, formatted: number.format(data.keptWithoutMatch) })}</Text>}
              <Text size="sm" fw={600}>
                {t('assignConfirm.after', { count: data.membersAfter, formatted: number.format(data.membersAfter) })}
              </Text>
            </>
          )
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tr('common.cancel')}
          </Button>
          <Button loading={pending} disabled={!data || data.assigned === 0} onClick={onConfirm}>
            {data ? t('assignConfirm.confirm', { count: data.assigned, formatted: number.format(data.assigned) }) : t('assign')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CanvasSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" h="100%" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function ListField({ form, field, readOnly }: { form: UseFormReturnType<CanvasValues>; field: ListField; readOnly: boolean }) {
  const { t } = useTranslation('personas');
  return (
    <TextRanking
      label={t(`fields.${field}`)}
      description={t(readOnly ? 'hints.rankedListReadOnly' : 'hints.rankedList')}
      value={form.getValues()[field]}
      onChange={(items) => form.setFieldValue(field, items)}
      readOnly={readOnly}
      error={form.errors[field]}
    />
  );
}

function DeletePersonaDialog({ persona, opened, onClose, onDone }: { persona: Persona; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('personas');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const remove = useDeletePersona(workspace.id);
  return (
    <Modal opened={opened} onClose={onClose} title={t('delete.title', { name: persona.name })} closeButtonProps={{ 'aria-label': tr('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('delete.body')}</Text>
        {remove.error && (
          <Alert color="red" role="alert" p="xs">
            {apiErrorMessage(tr, remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tr('common.cancel')}
          </Button>
          <Button
            color="red.8"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: persona.id },
                {
                  onSuccess: () => {
                    notifications.show({ message: t('delete.done', { name: persona.name }), color: 'green', closeButtonProps: { 'aria-label': tr('common.close') } });
                    onDone();
                  },
                },
              )
            }
          >
            {t('delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
