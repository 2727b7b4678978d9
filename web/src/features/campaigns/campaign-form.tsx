import { Alert, Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage, problemMessage } from '../../api/problem-message';
import { dateOnly } from './campaign-format';
import {
  type CampaignWithSteps,
  type Campaign,
  useCourseOptions,
  useCreateCampaign,
  useSegmentOptions,
  useSessionOptions,
  useUpdateCampaign,
} from './use-campaigns';

const LINKS = ['enrol', 'survey', 'certificate'] as const;

interface Values {
  name: string;
  courseId: string;
  sessionId: string;
  includeSegmentIds: string[];
  excludeSegmentIds: string[];
  senderName: string;
  senderEmail: string;
  links: Record<(typeof LINKS)[number], string>;
  allowLocaleFallback: boolean;
  /** Only when creating: afterwards the goal lives with the ambassadors and costs. */
  goalEnrolments: number | '';
}

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Creates a campaign for a course session, or changes its settings (course and session only before launch). */
export function CampaignForm({ campaign, onDone, onCancel }: { campaign?: Campaign; onDone: (c: CampaignWithSteps) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? '');
  const courses = useCourseOptions();
  const segments = useSegmentOptions();
  const [formError, setFormError] = useState<string | null>(null);
  const locked = Boolean(campaign && campaign.status !== 'draft');

  const form = useForm<Values>({
    initialValues: {
      name: campaign?.name ?? '',
      courseId: campaign?.courseId ?? '',
      sessionId: campaign?.sessionId ?? '',
      includeSegmentIds: campaign?.includeSegmentIds ?? [],
      excludeSegmentIds: campaign?.excludeSegmentIds ?? [],
      senderName: campaign?.senderName ?? '',
      senderEmail: campaign?.senderEmail ?? '',
      links: { enrol: campaign?.links.enrol ?? '', survey: campaign?.links.survey ?? '', certificate: campaign?.links.certificate ?? '' },
      allowLocaleFallback: campaign?.allowLocaleFallback ?? false,
      goalEnrolments: campaign?.goalEnrolments ?? '',
    },
    validate: {
      name: (v) => (!v.trim() ? tc('validation.required') : v.length > 200 ? t('validation.max', { max: 200 }) : null),
      courseId: (v) => (v ? null : tc('validation.required')),
      goalEnrolments: (v) => (v === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 10_000_000) ? null : t('goalForm.goalInvalid')),
      senderEmail: (v) => (!v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : t('validation.email')),
      links: {
        enrol: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
        survey: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
        certificate: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
      },
      excludeSegmentIds: (v, values) => (v.some((id) => values.includeSegmentIds.includes(id)) ? t('validation.includedAndExcluded') : null),
    },
  });
  const sessions = useSessionOptions(form.values.courseId || null);

  const fail = (error: unknown) => {
    if (!isApiError(error)) return setFormError(tc('errors.network'));
    let unplaced = error.details.length === 0;
    for (const detail of error.details) {
      const path = detail.path.replace(/\[\d+\]$/, '');
      const field = path.startsWith('links.') ? path : path.split(/[.[]/)[0]!;
      if (field in form.values || field.startsWith('links.')) form.setFieldError(field, problemMessage(tc, detail));
      else unplaced = true;
    }
    setFormError(unplaced ? apiErrorMessage(tc, error) : null);
  };

  const submit = form.onSubmit((v) => {
    setFormError(null);
    const links = Object.fromEntries(LINKS.map((k) => [k, v.links[k].trim() || null]));
    const body = {
      name: v.name.trim(),
      includeSegmentIds: v.includeSegmentIds,
      excludeSegmentIds: v.excludeSegmentIds,
      senderName: v.senderName.trim() || null,
      senderEmail: v.senderEmail.trim() || null,
      links,
      allowLocaleFallback: v.allowLocaleFallback,
    };
    if (!campaign)
      return create.mutate(
        { ...body, courseId: v.courseId, sessionId: v.sessionId || null, ...(v.goalEnrolments === '' ? {} : { goalEnrolments: Number(v.goalEnrolments) }) },
        { onSuccess: onDone, onError: fail },
      );
    update.mutate({ ...body, ...(locked ? {} : { courseId: v.courseId, sessionId: v.sessionId || null }) }, { onSuccess: onDone, onError: fail });
  });

  const segmentData = (segments.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('form.name')} withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('form.course')}
            withAsterisk
            searchable
            disabled={locked}
            nothingFoundMessage={t('form.noCourse')}
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
            {...form.getInputProps('courseId')}
            onChange={(v) => {
              form.setFieldValue('courseId', v ?? '');
              form.setFieldValue('sessionId', '');
            }}
          />
          <Select
            label={t('form.session')}
            description={t('form.sessionHelp')}
            clearable
            disabled={locked || !form.values.courseId}
            placeholder={t('form.evergreen')}
            data={(sessions.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${dateOnly(s.startsAt, s.timeZone, i18n.language)}${s.title ? ` — ${s.title}` : ''}${s.status === 'cancelled' ? ` (${t('form.cancelledSession')})` : ''}`,
            }))}
            {...form.getInputProps('sessionId')}
            onChange={(v) => form.setFieldValue('sessionId', v ?? '')}
          />
        </SimpleGrid>
        {!campaign && (
          <NumberInput label={t('form.goal')} description={t('form.goalHelp')} min={1} max={10_000_000} allowDecimal={false} allowNegative={false} maw={320} {...form.getInputProps('goalEnrolments')} />
        )}
        <Fieldset legend={t('form.audience')}>
          <Stack gap="sm">
            <MultiSelect
              label={t('form.include')}
              description={t('form.includeHelp')}
              searchable
              data={segmentData}
              {...form.getInputProps('includeSegmentIds')}
            />
            <MultiSelect label={t('form.exclude')} searchable data={segmentData} {...form.getInputProps('excludeSegmentIds')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sender')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.senderName')} description={t('form.senderHelp')} {...form.getInputProps('senderName')} />
            <TextInput label={t('form.senderEmail')} type="email" {...form.getInputProps('senderEmail')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.links')}>
          <Stack gap="sm">
            {LINKS.map((k) => (
              <TextInput key={k} label={t(`links.${k}`)} description={k === 'enrol' ? t('form.enrolHelp') : undefined} placeholder="https://" {...form.getInputProps(`links.${k}`)} />
            ))}
          </Stack>
        </Fieldset>
        <Switch label={t('form.allowLocaleFallback')} description={t('form.allowLocaleFallbackHelp')} {...form.getInputProps('allowLocaleFallback', { type: 'checkbox' })} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {campaign ? tc('common.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
