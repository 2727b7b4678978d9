import { Alert, Button, Chip, Group, Input, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/api-error';
import { applyApiError } from '../../components/api-form-error';
import { TimeField } from '../../components/time-field';
import { ZonePicker } from '../../components/zone-date-time-input/zone-picker';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { QueryState, SectionHeader, useNotify } from './shared';
import { OpenTrackingSetting } from './open-tracking-setting';
import { TemplateApprovalSetting } from './template-approval-setting';
import { useSaveWorkspaceRules, useWorkspaceRules, WEEKDAYS, type Weekday, type WorkspaceRules } from './use-settings';

// The api's fields that have another name here: the quiet hours' two times, the threshold shown in percent.
const FIELD_PATHS: Record<string, string> = {
  quietHours: 'quietStart',
  'quietHours.start': 'quietStart',
  'quietHours.end': 'quietEnd',
  failurePauseThreshold: 'failurePausePercent',
};
const LOCALES = ['fr', 'fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'en', 'en-GB', 'en-US', 'de', 'es', 'it', 'nl', 'pt'];

/** The rules every campaign of the workspace follows; admins change them. */
export function RulesPage() {
  const { t } = useTranslation('settings');
  const workspace = useWorkspace();
  const admin = isAdmin(workspace.role);
  const rules = useWorkspaceRules();
  return (
    <>
      <SectionHeader title={t('rules.title')} description={admin ? t('rules.description') : t('rules.descriptionReadOnly')} />
      <QueryState query={rules} errorTitle={t('rules.loadError')}>
        {() => (admin ? <RulesForm rules={rules.data!} readOnly={false} /> : <RulesSummary rules={rules.data!} />)}
      </QueryState>
      <TemplateApprovalSetting />
      <OpenTrackingSetting />
    </>
  );
}

/** The rules as text, for those who cannot change them. */
function RulesSummary({ rules }: { rules: WorkspaceRules }) {
  const { t, i18n } = useTranslation('settings');
  const rows: [string, string][] = [
    [t('rules.timeZone'), rules.timeZone],
    [t('rules.defaultLocale'), localeLabel(rules.defaultLocale, i18n.language)],
    [t('rules.quietHours'), rules.quietHours ? t('rules.quietRange', { start: rules.quietHours.start, end: rules.quietHours.end }) : t('rules.none')],
    [t('rules.weekdays'), rules.allowedWeekdays.map((d) => t(`weekdays.${d}`)).join(', ')],
    [t('rules.frequencyCap'), rules.frequencyCap === 0 ? t('rules.noCap') : t('rules.capValue', { count: rules.frequencyCap })],
    [t('rules.emailRate'), t('rules.rateValue', { count: rules.emailRatePerSecond })],
    [t('rules.failurePause'), t('rules.failurePauseValue', { percent: percent(rules.failurePauseThreshold, i18n.language) })],
    [t('rules.attributionWindow'), t('rules.attributionValue', { count: rules.attributionWindowDays })],
  ];
  return (
    <Stack gap="sm" maw={640}>
      <Stack component="dl" gap="sm" m={0}>
        {rows.map(([label, value]) => (
          <Group key={label} component="div" gap="md" wrap="wrap" align="baseline">
            <Text component="dt" size="sm" fw={600} w={200}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
      <Text size="sm" c="dimmed">
        {t('adminOnly')}
      </Text>
    </Stack>
  );
}

type RulesValues = {
  timeZone: string;
  defaultLocale: string;
  quietHoursOn: boolean;
  quietStart: string;
  quietEnd: string;
  allowedWeekdays: Weekday[];
  frequencyCap: number | string;
  emailRatePerSecond: number | string;
  /** Shown in percent (20), sent as a share (0.2). */
  failurePausePercent: number | string;
  attributionWindowDays: number | string;
};

function RulesForm({ rules, readOnly }: { rules: WorkspaceRules; readOnly: boolean }) {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { t: tz } = useTranslation('zoneDateTime');
  const save = useSaveWorkspaceRules();
  const notify = useNotify();
  const [formError, setFormError] = useState<string | null>(null);
  // Text in the zone field that names no zone: the rules are not saved until a zone is picked.
  const zoneInvalid = useRef(false);
  const form = useForm<RulesValues>({
    mode: 'controlled',
    initialValues: {
      timeZone: rules.timeZone,
      defaultLocale: rules.defaultLocale,
      quietHoursOn: rules.quietHours !== null,
      quietStart: rules.quietHours?.start ?? '20:00',
      quietEnd: rules.quietHours?.end ?? '08:00',
      allowedWeekdays: rules.allowedWeekdays,
      frequencyCap: rules.frequencyCap,
      emailRatePerSecond: rules.emailRatePerSecond,
      failurePausePercent: Math.round(rules.failurePauseThreshold * 1000) / 10,
      attributionWindowDays: rules.attributionWindowDays,
    },
    validate: {
      timeZone: () => (zoneInvalid.current ? tz('zoneRequired') : null),
      quietStart: (v, values) => (!values.quietHoursOn || /^\d{2}:\d{2}$/.test(v) ? null : t('rules.validation.time')),
      quietEnd: (v, values) => (!values.quietHoursOn || /^\d{2}:\d{2}$/.test(v) ? (values.quietHoursOn && v === values.quietStart ? t('rules.validation.sameTimes') : null) : t('rules.validation.time')),
      allowedWeekdays: (v) => (v.length ? null : t('rules.validation.weekdays')),
      frequencyCap: (v) => (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 100 && v !== '' ? null : t('rules.validation.cap')),
      emailRatePerSecond: (v) => (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 100_000 && v !== '' ? null : t('rules.validation.rate')),
      // The api takes a share from 0.01 to 1.
      failurePausePercent: (v) => (v !== '' && Number.isFinite(Number(v)) && Number(v) >= 1 && Number(v) <= 100 ? null : t('rules.validation.failurePause')),
      attributionWindowDays: (v) => (v !== '' && Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 365 ? null : t('rules.validation.attributionWindow')),
    },
  });
  const values = form.getValues();
  const locales = LOCALES.includes(values.defaultLocale) ? LOCALES : [values.defaultLocale, ...LOCALES];

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        save.mutate(
          {
            timeZone: v.timeZone,
            defaultLocale: v.defaultLocale,
            quietHours: v.quietHoursOn ? { start: v.quietStart, end: v.quietEnd } : null,
            allowedWeekdays: WEEKDAYS.filter((d) => v.allowedWeekdays.includes(d)),
            frequencyCap: Number(v.frequencyCap),
            emailRatePerSecond: Number(v.emailRatePerSecond),
            // The api keeps three decimals of the share: a tenth of a percent.
            failurePauseThreshold: Math.round(Number(v.failurePausePercent) * 10) / 1000,
            attributionWindowDays: Number(v.attributionWindowDays),
          },
          {
            onSuccess: (saved) => {
              form.resetDirty();
              form.setInitialValues({ ...v, timeZone: saved.timeZone });
              notify(t('rules.saved'));
            },
            onError: (error) => {
              // The api names quietHours.start / quietHours.end: those are the two time fields here.
              const renamed = isApiError(error)
                ? new ApiError(error.status, error.code, error.message, error.details.map((d) => ({ ...d, path: FIELD_PATHS[d.path] ?? d.path })), error.correlationId)
                : error;
              setFormError(applyApiError(form, renamed, tc));
            },
          },
        );
      })}
    >
      <Stack gap="lg" maw={640}>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <ZonePicker
          label={t('rules.timeZone')}
          value={values.timeZone}
          onChange={(z) => form.setFieldValue('timeZone', z)}
          onInvalidChange={(invalid) => {
            zoneInvalid.current = invalid;
            if (!invalid) form.clearFieldError('timeZone');
          }}
          error={form.errors.timeZone}
          disabled={readOnly}
        />
        <Select
          label={t('rules.defaultLocale')}
          description={t('rules.defaultLocaleHelp')}
          data={locales.map((code) => ({ value: code, label: localeLabel(code, i18n.language) }))}
          searchable
          allowDeselect={false}
          disabled={readOnly}
          {...form.getInputProps('defaultLocale')}
        />
        <Stack gap="xs">
          <Switch label={t('rules.quietHours')} description={t('rules.quietHoursHelp')} disabled={readOnly} {...form.getInputProps('quietHoursOn', { type: 'checkbox' })} />
          {values.quietHoursOn && (
            <Group gap="md" align="flex-start">
              <TimeField label={t('rules.quietStart')} disabled={readOnly} w={140} {...form.getInputProps('quietStart')} />
              <TimeField label={t('rules.quietEnd')} disabled={readOnly} w={140} {...form.getInputProps('quietEnd')} />
            </Group>
          )}
        </Stack>
        <Input.Wrapper label={t('rules.weekdays')} description={t('rules.weekdaysHelp')} error={form.errors.allowedWeekdays} labelElement="div">
          <Chip.Group multiple value={values.allowedWeekdays} onChange={(v) => form.setFieldValue('allowedWeekdays', v as Weekday[])}>
            <Group gap={6} mt={6} role="group" aria-label={t('rules.weekdays')}>
              {WEEKDAYS.map((d) => (
                <Chip key={d} value={d} size="sm" variant="outline" disabled={readOnly}>
                  {t(`weekdays.${d}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput label={t('rules.frequencyCap')} description={t('rules.frequencyCapHelp')} min={0} max={100} disabled={readOnly} miw={200} {...form.getInputProps('frequencyCap')} />
          <NumberInput label={t('rules.emailRate')} description={t('rules.emailRateHelp')} min={1} max={100_000} disabled={readOnly} miw={200} {...form.getInputProps('emailRatePerSecond')} />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('rules.failurePause')}
            description={t('rules.failurePauseHelp')}
            min={1}
            max={100}
            decimalScale={1}
            suffix=" %"
            disabled={readOnly}
            miw={200}
            {...form.getInputProps('failurePausePercent')}
          />
          <NumberInput
            label={t('rules.attributionWindow')}
            description={t('rules.attributionWindowHelp')}
            min={1}
            max={365}
            allowDecimal={false}
            suffix={` ${t('rules.daysUnit')}`}
            disabled={readOnly}
            miw={200}
            {...form.getInputProps('attributionWindowDays')}
          />
        </Group>
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('rules.save')}
            </Button>
          </Group>
        )}
        {readOnly && (
          <Text size="sm" c="dimmed">
            {t('adminOnly')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** A share (0.2) as a percentage in the reader's language ("20 %"). */
function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A locale by its name in the reader's language, with its code: "français (France) — fr-FR". */
function localeLabel(code: string, readerLocale: string): string {
  try {
    const name = new Intl.DisplayNames([readerLocale], { type: 'language' }).of(code);
    return name && name !== code ? `${name} — ${code}` : code;
  } catch {
    return code;
  }
}
