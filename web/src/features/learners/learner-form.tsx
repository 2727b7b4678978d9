import { ActionIcon, Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/api-error';
import { problemMessage } from '../../api/problem-message';
import { applyApiError } from '../../components/api-form-error';
import { countryOptions } from '../../components/regions';
import { ZonePicker } from '../../components/zone-date-time-input/zone-picker';
import { languageName } from './display-names';
import { type Learner, type LearnerPatch, useLearnerFacets, useUpdateLearner } from './use-learners';

// The api's rules (learner-input.ts): text fields, attribute keys and values.
const MAX_TEXT = 200;
const MAX_ATTRIBUTES = 100;
const MAX_ATTRIBUTE_TEXT = 2000;
const ATTRIBUTE_KEY = /^[A-Za-z0-9_-]{1,64}$/;
// Languages offered besides those the workspace's learners already hold and the learner's own.
const COMMON_LOCALES = ['fr', 'fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'en', 'en-GB', 'en-US', 'de', 'de-DE', 'es', 'es-ES', 'it', 'nl', 'pt', 'pt-BR', 'pl'];

type AttributeValue = string | number | boolean | null;
/** One attribute as edited: the text typed, and the type the value had (a number stays a number). */
interface AttributeRow {
  key: string;
  value: string;
  kind: 'string' | 'number' | 'boolean' | 'null';
}

type LearnerValues = {
  firstName: string;
  lastName: string;
  department: string;
  site: string;
  country: string | null;
  locale: string;
  timeZone: string;
  consentEmail: boolean;
  consentNetwork: boolean;
  attributes: AttributeRow[];
};

const kindOf = (value: AttributeValue): AttributeRow['kind'] =>
  value === null ? 'null' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';

/** The value to send: the type it had while the text still reads as one, else text. */
function attributeValue({ value, kind }: AttributeRow): AttributeValue {
  const text = value.trim();
  if (kind === 'number' && text !== '' && Number.isFinite(Number(text))) return Number(text);
  if (kind === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (kind === 'null' && text === '') return null;
  return value;
}

const initialValues = (learner: Learner): LearnerValues => ({
  firstName: learner.firstName ?? '',
  lastName: learner.lastName ?? '',
  department: learner.department ?? '',
  site: learner.site ?? '',
  country: learner.country,
  locale: learner.locale,
  timeZone: learner.timeZone,
  consentEmail: learner.consentEmail,
  consentNetwork: learner.consentNetwork,
  attributes: Object.entries(learner.attributes ?? {}).map(([key, value]) => ({ key, value: value === null ? '' : String(value), kind: kindOf(value as AttributeValue) })),
});

/**
 * The fields that changed, as the api takes them: an emptied text clears its field, the attributes
 * are sent whole (they replace the stored ones). Unchanged fields are left out, so a value the api
 * would refuse today (a zone PostgreSQL dropped) does not block another change.
 */
export function learnerPatch(before: LearnerValues, after: LearnerValues): LearnerPatch {
  const patch: LearnerPatch = {};
  for (const field of ['firstName', 'lastName', 'department', 'site'] as const) {
    if (after[field].trim() !== before[field].trim()) patch[field] = after[field].trim() || null;
  }
  if (after.country !== before.country) patch.country = after.country || null;
  if (after.locale !== before.locale) patch.locale = after.locale;
  if (after.timeZone !== before.timeZone) patch.timeZone = after.timeZone;
  if (after.consentEmail !== before.consentEmail) patch.consentEmail = after.consentEmail;
  if (after.consentNetwork !== before.consentNetwork) patch.consentNetwork = after.consentNetwork;
  const attributes = (rows: AttributeRow[]) => Object.fromEntries(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), attributeValue(r)]));
  const next = attributes(after.attributes);
  if (JSON.stringify(next) !== JSON.stringify(attributes(before.attributes))) patch.attributes = next;
  return patch;
}

/** Changes a learner: names, organisation, language and zone, consent, attributes. */
export function LearnerForm({ learner, workspaceId, onDone }: { learner: Learner; workspaceId: string; onDone: (learner: Learner) => void }) {
  const { t, i18n } = useTranslation('learners');
  const { t: tc } = useTranslation();
  const save = useUpdateLearner(workspaceId);
  const facets = useLearnerFacets(workspaceId);
  const [formError, setFormError] = useState<string | null>(null);
  const zoneInvalid = useRef(false);
  const start = useMemo(() => initialValues(learner), [learner]);
  const text = (v: string) => (v.trim().length > MAX_TEXT ? t('edit.tooLong', { max: MAX_TEXT }) : null);
  const form = useForm<LearnerValues>({
    mode: 'controlled',
    initialValues: start,
    validate: {
      firstName: text,
      lastName: text,
      department: text,
      site: text,
      timeZone: () => (zoneInvalid.current ? t('edit.zoneInvalid') : null),
      attributes: {
        key: (key, values, path) => {
          const k = key.trim();
          const index = Number(path.split('.')[1]);
          if (!k) return values.attributes[index]?.value.trim() ? tc('validation.required') : null;
          if (!ATTRIBUTE_KEY.test(k)) return t('edit.attributeKeyRule');
          return values.attributes.findIndex((a) => a.key.trim() === k) !== index ? t('edit.attributeKeyTaken') : null;
        },
        value: (value) => (value.length > MAX_ATTRIBUTE_TEXT ? t('edit.tooLong', { max: MAX_ATTRIBUTE_TEXT }) : null),
      },
    },
  });
  const values = form.getValues();

  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const locales = useMemo(() => {
    const held = (facets.data?.locale ?? []).map((l) => l.value);
    const tags = [...new Set([learner.locale, values.locale, ...held, ...COMMON_LOCALES])];
    return tags.map((tag) => ({ value: tag, label: `${languageName(tag, i18n.language) || tag} — ${tag}` }));
  }, [facets.data, learner.locale, values.locale, i18n.language]);

  const submit = (after: LearnerValues) => {
    setFormError(null);
    const body = learnerPatch(start, after);
    if (Object.keys(body).length === 0) return onDone(learner);
    save.mutate(
      { id: learner.id, body },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isApiError(error)) return setFormError(applyApiError(form, error, tc));
          // An attribute's problem (`attributes.grade`) goes to its own row; the others to their fields.
          const rowOf = (path: string) => {
            const key = /^attributes\.(.+)$/.exec(path)?.[1];
            return key === undefined ? -1 : after.attributes.findIndex((a) => a.key.trim() === key);
          };
          const atRows = error.details.filter((d) => rowOf(d.path) >= 0);
          const rest = error.details.filter((d) => rowOf(d.path) < 0);
          for (const detail of atRows) {
            form.setFieldError(`attributes.${rowOf(detail.path)}.${detail.code === 'FIELD.INVALID_ATTRIBUTE_KEY' ? 'key' : 'value'}`, problemMessage(tc, detail));
          }
          const others = new ApiError(error.status, error.code, error.message, rest, error.correlationId);
          setFormError(rest.length || !atRows.length ? applyApiError(form, others, tc) : null);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput label={t('fields.firstName')} data-autofocus {...form.getInputProps('firstName')} />
          <TextInput label={t('fields.lastName')} {...form.getInputProps('lastName')} />
          <TextInput label={t('fields.department')} {...form.getInputProps('department')} />
          <TextInput label={t('fields.site')} {...form.getInputProps('site')} />
          <Select label={t('fields.country')} data={countries} searchable clearable nothingFoundMessage={t('edit.noCountry')} {...form.getInputProps('country')} />
          <Select label={t('fields.locale')} data={locales} searchable allowDeselect={false} {...form.getInputProps('locale')} />
        </SimpleGrid>
        <ZonePicker
          label={t('fields.timeZone')}
          value={values.timeZone}
          onChange={(zone) => form.setFieldValue('timeZone', zone)}
          onInvalidChange={(invalid) => {
            zoneInvalid.current = invalid;
            if (!invalid) form.clearFieldError('timeZone');
          }}
          error={form.errors.timeZone}
        />
        <Fieldset legend={t('detail.consent')} variant="unstyled">
          <Stack gap="xs">
            <Switch label={t('fields.consentEmail')} description={t('edit.consentEmailHelp')} {...form.getInputProps('consentEmail', { type: 'checkbox' })} />
            <Switch label={t('fields.consentNetwork')} description={t('edit.consentNetworkHelp')} {...form.getInputProps('consentNetwork', { type: 'checkbox' })} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('detail.attributes')} variant="unstyled">
          <Stack gap="xs">
            {values.attributes.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('detail.noAttributes')}
              </Text>
            )}
            {values.attributes.map((_, index) => (
              <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput aria-label={t('edit.attributeKey', { n: index + 1 })} placeholder={t('edit.attributeKeyPlaceholder')} style={{ flex: 2 }} miw={0} {...form.getInputProps(`attributes.${index}.key`)} />
                <TextInput aria-label={t('edit.attributeValue', { n: index + 1 })} placeholder={t('edit.attributeValuePlaceholder')} style={{ flex: 3 }} miw={0} {...form.getInputProps(`attributes.${index}.value`)} />
                <ActionIcon variant="subtle" color="gray" size="lg" mt={2} aria-label={t('edit.removeAttribute', { n: index + 1 })} onClick={() => form.removeListItem('attributes', index)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            {typeof form.errors.attributes === 'string' && (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.attributes}
              </Text>
            )}
            <Group>
              <Button
                variant="default"
                size="xs"
                disabled={values.attributes.length >= MAX_ATTRIBUTES}
                onClick={() => form.insertListItem('attributes', { key: '', value: '', kind: 'string' } satisfies AttributeRow)}
              >
                {t('edit.addAttribute')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
