import { ActionIcon, Alert, Button, Fieldset, Group, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { apiErrorMessage, problemMessage } from '../../api/problem-message';
import { TimeField } from '../../components/time-field';
import { useWorkspaceRules } from '../settings/use-settings';
import { fieldOf } from './step-fields';
import { offsetParts, toOffset } from './timeline-layout';
import {
  ENROLLMENT_CONDITIONS,
  type Step,
  type StepAnchor,
  type StepChannel,
  type StepInput,
  type StepPhase,
  STEP_ANCHORS,
  STEP_CHANNELS,
  STEP_PHASES,
  templateChannelOf,
  useAddStep,
  usePersonaOptions,
  usePickableTemplates,
  useRemoveStep,
  useSegmentOptions,
  useUpdateStep,
} from './use-campaigns';

const LINKS = ['enrol', 'survey', 'certificate'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface VariantValue {
  templateId: string;
  versionId: string;
  weight: number | string;
}

interface Values {
  name: string;
  channel: StepChannel;
  templateId: string;
  versionId: string;
  phase: StepPhase;
  anchor: StepAnchor;
  direction: 'before' | 'after';
  days: number | string;
  hours: number | string;
  exactTime: boolean;
  localTime: string;
  personaIds: string[];
  segmentId: string;
  enrollmentCondition: string;
  essential: boolean;
  /** '' = as the template's purpose says. */
  messageKind: '' | 'service' | 'promotional';
  /** '' = as the template's purpose says (invitations, welcomes, change notices). */
  attachInvite: '' | 'yes' | 'no';
  abEnabled: boolean;
  variants: VariantValue[];
  abTestPercent: number | string;
  abDecideHours: number | string;
  links: Record<(typeof LINKS)[number], string>;
}

/** Where a phase's steps usually go: before the start, at the start, after the end. */
const PHASE_DEFAULTS: Record<StepPhase, Pick<Values, 'anchor' | 'direction' | 'days' | 'hours' | 'localTime'>> = {
  before: { anchor: 'session_start', direction: 'before', days: 7, hours: 0, localTime: '09:00' },
  during: { anchor: 'session_start', direction: 'after', days: 0, hours: 0, localTime: '08:30' },
  after: { anchor: 'session_end', direction: 'after', days: 1, hours: 0, localTime: '09:00' },
};

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** A template's versions a step may pin: approved ones where the workspace asks for a review, else any; newest first. */
function pinnable(versions: Array<{ id: string; version: number; status: string }>, reviewed: boolean) {
  return versions.filter((v) => !reviewed || v.status === 'approved').sort((a, b) => b.version - a.version);
}

/**
 * The templates (with their versions) this campaign's steps pin, found through the templates' "used
 * by": a step names only its version, and the form shows the template it belongs to.
 */
export function usePinnedTemplates(campaignId: string) {
  const templates = usePickableTemplates();
  const used = (templates.data ?? []).filter((tpl) => tpl.usedBy.some((u) => u.id === campaignId));
  const details = useQueries({
    queries: used.map((tpl) => ({
      queryKey: ['templates', 'template', tpl.id],
      queryFn: async () => (await api.GET('/v1/templates/{id}', { params: { path: { id: tpl.id } } })).data!,
    })),
  });
  return useMemo(() => {
    const byVersion = new Map<string, { templateId: string; name: string; version: number }>();
    for (const d of details) for (const v of d.data?.versions ?? []) byVersion.set(v.id, { templateId: d.data!.id, name: d.data!.name, version: v.version });
    return byVersion;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [details.map((d) => d.dataUpdatedAt).join()]);
}

function useVersions(templateIds: string[]) {
  const results = useQueries({
    queries: [...new Set(templateIds.filter(Boolean))].map((id) => ({
      queryKey: ['templates', 'template', id],
      queryFn: async () => (await api.GET('/v1/templates/{id}', { params: { path: { id } } })).data!,
    })),
  });
  const map = new Map<string, Array<{ id: string; version: number; status: string }>>();
  for (const r of results) if (r.data) map.set(r.data.id, r.data.versions);
  return map;
}

/**
 * A step of the plan: from which approved template, through which channel, when (anchor, offset,
 * local send time), to whom (personas, a segment, an enrolment condition), A/B variants, essential,
 * and links over the campaign's. The api's own problems come back at the field they name.
 */
export function StepForm({
  campaignId,
  step,
  pinned,
  editable,
  hasSession,
  initialSegmentId,
  onDone,
  onCancel,
}: {
  campaignId: string;
  step?: Step;
  pinned: Map<string, { templateId: string; name: string; version: number }>;
  editable: boolean;
  hasSession: boolean;
  /** A new step narrowed to this segment from the start (a follow-up made from the report). */
  initialSegmentId?: string;
  /** After a save (`removed` after a removal). */
  onDone: (removed?: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const add = useAddStep(campaignId);
  const update = useUpdateStep(campaignId);
  const remove = useRemoveStep(campaignId);
  const templates = usePickableTemplates();
  const personas = usePersonaOptions();
  const segments = useSegmentOptions();
  const rules = useWorkspaceRules();
  const reviewed = rules.data?.templateApproval ?? true;
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const parts = step ? offsetParts(step.offset) : null;
  const phase = step?.phase ?? 'before';
  const defaults = PHASE_DEFAULTS[phase];
  const form = useForm<Values>({
    initialValues: {
      name: step?.name ?? '',
      channel: step?.channel ?? 'email',
      templateId: step ? (pinned.get(step.templateVersionId)?.templateId ?? '') : '',
      versionId: step?.templateVersionId ?? '',
      phase,
      anchor: step?.anchor ?? defaults.anchor,
      direction: parts ? (parts.direction === 'before' ? 'before' : 'after') : defaults.direction,
      days: parts ? parts.days : defaults.days,
      hours: parts ? parts.hours : defaults.hours,
      exactTime: step ? step.localTime === null : false,
      localTime: step?.localTime?.slice(0, 5) ?? defaults.localTime,
      personaIds: step?.personaIds ?? [],
      segmentId: step ? (step.segmentId ?? '') : (initialSegmentId ?? ''),
      enrollmentCondition: step?.enrollmentCondition ?? '',
      essential: step?.essential ?? false,
      messageKind: step?.messageKind ?? '',
      attachInvite: step?.attachInvite == null ? '' : step.attachInvite ? 'yes' : 'no',
      abEnabled: (step?.variants.length ?? 0) > 1,
      variants: (step?.variants ?? []).map((v) => ({ templateId: pinned.get(v.templateVersionId)?.templateId ?? '', versionId: v.templateVersionId, weight: v.weight })),
      abTestPercent: step?.abTestFraction != null ? Math.round(step.abTestFraction * 1000) / 10 : '',
      abDecideHours: step?.abDecideAfter ? (Number(/PT(\d+)H/.exec(step.abDecideAfter)?.[1]) || '') : '',
      links: { enrol: step?.links.enrol ?? '', survey: step?.links.survey ?? '', certificate: step?.links.certificate ?? '' },
    },
    validate: {
      name: (v) => (!v.trim() ? tc('validation.required') : v.length > 200 ? t('validation.max', { max: 200 }) : null),
      templateId: (v, values) => (!values.abEnabled && !v ? t('validation.template') : null),
      versionId: (v, values) => (!values.abEnabled && values.templateId && !v ? t('validation.noApprovedVersion') : null),
      days: (v) => (v === '' || (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 365) ? null : t('validation.days')),
      hours: (v) => (v === '' || (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 23) ? null : t('validation.hours')),
      localTime: (v, values) => (values.exactTime || /^\d{2}:\d{2}$/.test(v) ? null : t('validation.time')),
      anchor: (v) => (!hasSession && ['session_start', 'session_end', 'enrol_by'].includes(v) ? t('validation.anchorNeedsSession') : null),
      variants: (v, values) => (values.abEnabled && v.length < 2 ? t('validation.twoVariants') : null),
      abTestPercent: (v, values) => (!values.abEnabled || v === '' || (Number(v) >= 0.1 && Number(v) <= 99.9) ? null : t('validation.percent')),
      links: {
        enrol: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
        survey: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
        certificate: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
      },
    },
  });

  const v = form.values;
  const channelTemplates = (templates.data ?? []).filter((tpl) => tpl.channel === templateChannelOf(v.channel) && !tpl.archivedAt);
  const versions = useVersions([v.templateId, ...v.variants.map((x) => x.templateId)]);
  const choices = (templateId: string) => pinnable(versions.get(templateId) ?? [], reviewed);

  // A template picked: its newest pinnable version, and its name and phase for a new step.
  useEffect(() => {
    const list = choices(v.templateId);
    if (v.templateId && list.length && !list.some((x) => x.id === v.versionId)) form.setFieldValue('versionId', list[0]!.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [v.templateId, versions.get(v.templateId)?.length]);
  useEffect(() => {
    v.variants.forEach((variant, i) => {
      const list = choices(variant.templateId);
      if (variant.templateId && list.length && !list.some((x) => x.id === variant.versionId)) form.setFieldValue(`variants.${i}.versionId`, list[0]!.id);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(v.variants.map((x) => [x.templateId, versions.get(x.templateId)?.length]))]);

  // The templates of an existing step's versions, once known (they are looked up through "used by").
  useEffect(() => {
    if (!step) return;
    const values = form.getValues();
    const own = pinned.get(step.templateVersionId);
    if (own && !values.templateId && values.versionId === step.templateVersionId) form.setFieldValue('templateId', own.templateId);
    values.variants.forEach((variant, i) => {
      const found = pinned.get(variant.versionId);
      if (found && !variant.templateId) form.setFieldValue(`variants.${i}.templateId`, found.templateId);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pinned]);

  const pickTemplate = (templateId: string | null) => {
    // The select may say again what is already picked: nothing typed since is reset.
    if ((templateId ?? '') === form.getValues().templateId) return;
    form.setFieldValue('templateId', templateId ?? '');
    form.setFieldValue('versionId', '');
    const tpl = templates.data?.find((x) => x.id === templateId);
    if (tpl && !step) {
      if (!form.values.name.trim()) form.setFieldValue('name', tpl.name);
      // The template's phase places a new step, unless its timing was already set by hand: that stays.
      const timed = (['phase', 'anchor', 'direction', 'days', 'hours', 'localTime'] as const).some((field) => form.isDirty(field));
      if (!timed) {
        form.setFieldValue('phase', tpl.phase);
        form.setValues(PHASE_DEFAULTS[tpl.phase]);
      }
    }
  };

  const fail = (error: unknown) => {
    if (!isApiError(error)) return setFormError(tc('errors.network'));
    let unplaced = error.details.length === 0;
    for (const detail of error.details) {
      const field = fieldOf(detail.path);
      if (field) form.setFieldError(field, problemMessage(tc, detail));
      else unplaced = true;
    }
    setFormError(unplaced ? apiErrorMessage(tc, error) : null);
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const body: StepInput = {
      name: values.name.trim(),
      channel: values.channel,
      phase: values.phase,
      anchor: values.anchor,
      offset: toOffset(values.direction, Number(values.days || 0), Number(values.hours || 0)),
      localTime: values.exactTime ? null : values.localTime,
      personaIds: values.personaIds,
      segmentId: values.segmentId || null,
      enrollmentCondition: (values.enrollmentCondition || null) as StepInput['enrollmentCondition'],
      essential: values.essential,
      messageKind: values.messageKind || null,
      attachInvite: values.attachInvite === '' ? null : values.attachInvite === 'yes',
      links: Object.fromEntries(LINKS.map((k) => [k, values.links[k].trim() || null])),
      ...(values.abEnabled
        ? {
            variants: values.variants.map((x, i) => ({ key: LETTERS[i]!, templateVersionId: x.versionId, weight: Number(x.weight) || 1 })),
            abTestFraction: values.abTestPercent === '' ? null : Math.round(Number(values.abTestPercent) * 10) / 1000,
            abDecideAfter: values.abTestPercent === '' || values.abDecideHours === '' ? null : `PT${Number(values.abDecideHours)}H`,
          }
        : { templateVersionId: values.versionId, ...(step ? { variants: [], abTestFraction: null, abDecideAfter: null } : {}) }),
    };
    if (!step) return add.mutate(body, { onSuccess: () => onDone(), onError: fail });
    update.mutate({ stepId: step.id, body }, { onSuccess: () => onDone(), onError: fail });
  });

  const templateData = channelTemplates.map((tpl) => ({ value: tpl.id, label: tpl.name }));
  const versionData = (templateId: string) =>
    choices(templateId).map((x) => ({ value: x.id, label: t('stepForm.versionLabel', { version: x.version, status: t(`review.${x.status}`) }) }));
  const noPinnable = v.templateId && versions.has(v.templateId) && choices(v.templateId).length === 0;

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          {step?.notice ? (
            // The engine's step: the form's anchor, offset and audience do not say whom it told.
            <Alert color="grape" role="status" title={t(`notices.${step.notice}`)}>
              {t(`stepForm.notice.${step.channel === 'post' ? 'post' : 'email'}`)}
            </Alert>
          ) : (
            !editable && (
              <Alert color="blue" role="status">
                {t('stepForm.readOnly')}
              </Alert>
            )
          )}
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Fieldset legend={t('stepForm.what')}>
            <Stack gap="sm">
              <Select
                label={t('stepForm.channel')}
                data={STEP_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
                allowDeselect={false}
                description={v.channel === 'preferred' ? t('stepForm.preferredHelp') : undefined}
                {...form.getInputProps('channel')}
                onChange={(c) => {
                  form.setFieldValue('channel', (c ?? 'email') as StepChannel);
                  if (templateChannelOf((c ?? 'email') as StepChannel) !== templateChannelOf(v.channel)) {
                    form.setFieldValue('templateId', '');
                    form.setFieldValue('versionId', '');
                    form.setFieldValue('variants', []);
                  }
                }}
              />
              {!v.abEnabled && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('stepForm.template')}
                    description={reviewed ? t('stepForm.approvedOnly') : undefined}
                    withAsterisk
                    searchable
                    nothingFoundMessage={t('stepForm.noTemplate')}
                    data={templateData}
                    {...form.getInputProps('templateId')}
                    onChange={pickTemplate}
                  />
                  <Select
                    label={t('stepForm.version')}
                    data={versionData(v.templateId)}
                    disabled={!v.templateId}
                    allowDeselect={false}
                    {...form.getInputProps('versionId')}
                    error={form.errors.versionId ?? (noPinnable ? t('validation.noApprovedVersion') : undefined)}
                  />
                </SimpleGrid>
              )}
              <TextInput label={t('stepForm.name')} withAsterisk {...form.getInputProps('name')} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('stepForm.when')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label={t('stepForm.phase')} data={STEP_PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))} allowDeselect={false} {...form.getInputProps('phase')} />
                <Select label={t('stepForm.anchor')} data={STEP_ANCHORS.map((a) => ({ value: a, label: t(`anchors.${a}`) }))} allowDeselect={false} {...form.getInputProps('anchor')} />
              </SimpleGrid>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NumberInput label={t('stepForm.days')} min={0} max={365} allowDecimal={false} w={110} {...form.getInputProps('days')} error={form.errors.days ?? form.errors.offset} />
                <NumberInput label={t('stepForm.hours')} min={0} max={23} allowDecimal={false} w={110} {...form.getInputProps('hours')} />
                <SegmentedControl
                  aria-label={t('stepForm.direction')}
                  data={[
                    { value: 'before', label: t('stepForm.before') },
                    { value: 'after', label: t('stepForm.after') },
                  ]}
                  {...form.getInputProps('direction')}
                />
              </Group>
              <Group gap="md" align="flex-end" wrap="wrap">
                <TimeField label={t('stepForm.localTime')} description={t('stepForm.localTimeHelp')} disabled={v.exactTime} w={200} {...form.getInputProps('localTime')} />
                <Switch label={t('stepForm.exactTime')} {...form.getInputProps('exactTime', { type: 'checkbox' })} mb={6} />
              </Group>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('stepForm.who')}>
            <Stack gap="sm">
              <MultiSelect
                label={t('stepForm.personas')}
                description={t('stepForm.narrowHelp')}
                searchable
                data={(personas.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                {...form.getInputProps('personaIds')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label={t('stepForm.segment')} clearable searchable data={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))} {...form.getInputProps('segmentId')} onChange={(x) => form.setFieldValue('segmentId', x ?? '')} />
                <Select
                  label={t('stepForm.condition')}
                  description={t('stepForm.conditionHelp')}
                  clearable
                  placeholder={t('stepForm.noCondition')}
                  data={ENROLLMENT_CONDITIONS.map((c) => ({ value: c, label: t(`conditions.${c}`) }))}
                  {...form.getInputProps('enrollmentCondition')}
                  onChange={(x) => form.setFieldValue('enrollmentCondition', x ?? '')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('stepForm.kind')}
                  description={t('stepForm.kindHelp')}
                  allowDeselect={false}
                  data={[
                    // Saved, the step says what its template's purpose makes it.
                    { value: '', label: step && !step.messageKind ? t('stepForm.kindFromPurposeIs', { kind: t(`kinds.${step.effectiveMessageKind}`) }) : t('stepForm.kindFromPurpose') },
                    { value: 'service', label: t('kinds.service') },
                    { value: 'promotional', label: t('kinds.promotional') },
                  ]}
                  {...form.getInputProps('messageKind')}
                />
                {form.values.channel !== 'post' && form.values.channel !== 'talking_points' && (
                  <Select
                    label={t('stepForm.invite')}
                    description={t('stepForm.inviteHelp')}
                    allowDeselect={false}
                    data={[
                      { value: '', label: t('stepForm.inviteFromPurpose') },
                      { value: 'yes', label: t('stepForm.inviteYes') },
                      { value: 'no', label: t('stepForm.inviteNo') },
                    ]}
                    {...form.getInputProps('attachInvite')}
                  />
                )}
              </SimpleGrid>
              <Switch label={t('stepForm.essential')} description={t('stepForm.essentialHelp')} {...form.getInputProps('essential', { type: 'checkbox' })} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('stepForm.abTest')}>
            <Stack gap="sm">
              <Switch
                label={t('stepForm.abEnabled')}
                {...form.getInputProps('abEnabled', { type: 'checkbox' })}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  form.setFieldValue('abEnabled', on);
                  if (on && form.values.variants.length < 2) {
                    form.setFieldValue('variants', [
                      { templateId: v.templateId, versionId: v.versionId, weight: 50 },
                      { templateId: '', versionId: '', weight: 50 },
                    ]);
                  }
                }}
              />
              {v.abEnabled && (
                <>
                  {typeof form.errors.variants === 'string' && (
                    <Text size="sm" c="red.8" role="alert">
                      {form.errors.variants}
                    </Text>
                  )}
                  {v.variants.map((variant, i) => (
                    <Group key={i} gap="xs" align="flex-end" wrap="wrap">
                      <Text fw={600} w={20} mb={8} aria-hidden>
                        {LETTERS[i]}
                      </Text>
                      <Select
                        label={t('stepForm.variantTemplate', { key: LETTERS[i] })}
                        searchable
                        data={templateData}
                        w={220}
                        {...form.getInputProps(`variants.${i}.templateId`)}
                        onChange={(x) => {
                          form.setFieldValue(`variants.${i}.templateId`, x ?? '');
                          form.setFieldValue(`variants.${i}.versionId`, '');
                        }}
                      />
                      <Select label={t('stepForm.version')} data={versionData(variant.templateId)} w={150} allowDeselect={false} {...form.getInputProps(`variants.${i}.versionId`)} />
                      <NumberInput label={t('stepForm.weight')} min={1} max={1000} allowDecimal={false} w={90} {...form.getInputProps(`variants.${i}.weight`)} />
                      {v.variants.length > 2 && (
                        <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('stepForm.removeVariant', { key: LETTERS[i] })} onClick={() => form.removeListItem('variants', i)}>
                          ×
                        </ActionIcon>
                      )}
                    </Group>
                  ))}
                  {v.variants.length < 26 && (
                    <Button variant="default" size="xs" w="fit-content" onClick={() => form.insertListItem('variants', { templateId: '', versionId: '', weight: 50 })}>
                      {t('stepForm.addVariant')}
                    </Button>
                  )}
                  <Group gap="sm" align="flex-end" wrap="wrap">
                    <NumberInput label={t('stepForm.abTestPercent')} description={t('stepForm.abTestPercentHelp')} min={0.1} max={99.9} decimalScale={1} w={220} {...form.getInputProps('abTestPercent')} error={form.errors.abTestPercent ?? form.errors.abTestFraction} />
                    <NumberInput label={t('stepForm.abDecideHours')} min={1} max={720} allowDecimal={false} w={200} disabled={v.abTestPercent === ''} {...form.getInputProps('abDecideHours')} error={form.errors.abDecideHours ?? form.errors.abDecideAfter} />
                  </Group>
                </>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('stepForm.links')}>
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('stepForm.linksHelp')}
              </Text>
              {LINKS.map((k) => (
                <TextInput key={k} label={t(`links.${k}`)} placeholder="https://" {...form.getInputProps(`links.${k}`)} />
              ))}
            </Stack>
          </Fieldset>
        </Stack>
      </fieldset>
      <Group justify="space-between" gap="sm" mt="md">
        <div>
          {step && editable && !confirmRemove && (
            <Button variant="subtle" color="red" onClick={() => setConfirmRemove(true)}>
              {t('stepForm.remove')}
            </Button>
          )}
          {step && confirmRemove && (
            <Group gap="xs">
              <Text size="sm">{t('stepForm.removeConfirm', { name: step.name })}</Text>
              <Button size="xs" color="red" loading={remove.isPending} onClick={() => remove.mutate(step.id, { onSuccess: () => onDone(true), onError: (e) => setFormError(apiErrorMessage(tc, e)) })}>
                {t('stepForm.removeYes')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirmRemove(false)}>
                {tc('common.cancel')}
              </Button>
            </Group>
          )}
        </div>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {editable ? tc('common.cancel') : tc('common.close')}
          </Button>
          {editable && (
            <Button type="submit" loading={add.isPending || update.isPending}>
              {step ? tc('common.save') : t('stepForm.add')}
            </Button>
          )}
        </Group>
      </Group>
    </form>
  );
}
