import { Alert, Autocomplete, Button, Group, Modal, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { applyApiError } from '../../components/api-form-error';
import { FormModal } from '../../components/form-modal';
import { useFieldValueSuggestions } from '../../components/rule-builder/use-rule-options';
import { PageLoader } from '../../shell/page-loader';
import { useWorkspace } from '../auth/workspace-context';
import { canManageAudiences } from '../segments/segment-permissions';
import { useNotify } from '../settings/shared';
import { dayMs } from './calendar-days';
import { type BlackoutDate, useAddFrenchHolidays, useBlackoutDates, useCreateBlackout, useDeleteBlackout } from './use-calendar';

type Scope = 'workspace' | 'country' | 'site';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The workspace's blackout dates: listed for everyone, added and removed by planners and admins (as the api allows). */
export function BlackoutDatesManager() {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  // Blackouts are part of the plan's rules: the same people who plan write them.
  const manage = canManageAudiences(workspace.role);
  const blackouts = useBlackoutDates(workspace.id);
  const holidays = useAddFrenchHolidays();
  const remove = useDeleteBlackout();
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<BlackoutDate | null>(null);
  const [year, setYear] = useState<number>(new Date().getFullYear() + 1);
  const format = (day: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(dayMs(day)));
  const dates = (b: BlackoutDate) => (b.startsOn === b.endsOn ? format(b.startsOn) : t('blackouts.range', { from: format(b.startsOn), to: format(b.endsOn) }));
  const countryName = (code: string) => new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
  const scope = (b: BlackoutDate) => (b.country ? t('blackouts.scopeCountry', { country: countryName(b.country) }) : b.site ? t('blackouts.scopeSite', { site: b.site }) : t('blackouts.scopeWorkspace'));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="blackouts-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4} maw={640}>
            <Title order={2} size="h4" id="blackouts-title">
              {t('blackouts.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('blackouts.description')}
            </Text>
          </Stack>
          {manage && <Button onClick={() => setAdding(true)}>{t('blackouts.add')}</Button>}
        </Group>
        {manage && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NumberInput label={t('blackouts.year')} value={year} onChange={(v) => setYear(Number(v) || year)} min={2000} max={2100} w={110} allowDecimal={false} />
            <Button
              variant="default"
              h="auto"
              mih={36}
              py={6}
              styles={{ label: { whiteSpace: 'normal' } }}
              loading={holidays.isPending}
              onClick={() =>
                holidays.mutate(year, {
                  onSuccess: (r) => notify(t('blackouts.holidaysAdded', { count: r.created.length, skipped: r.skipped, year })),
                  onError: (error) => notify(apiErrorMessage(tc, error), 'red'),
                })
              }
            >
              {t('blackouts.addHolidays', { year })}
            </Button>
          </Group>
        )}
        {blackouts.isPending ? (
          <PageLoader />
        ) : blackouts.isError ? (
          <Alert color="red" role="alert" title={t('blackouts.loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{apiErrorMessage(tc, blackouts.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void blackouts.refetch()}>
                {tc('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : blackouts.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {manage ? t('blackouts.empty') : t('blackouts.emptyViewer')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('blackouts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('blackouts.dates')}</Table.Th>
                <Table.Th>{t('blackouts.label')}</Table.Th>
                {manage && <Table.Th w={90}>{t('blackouts.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {blackouts.data.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Text size="sm">{dates(b)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {b.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {scope(b)}
                    </Text>
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(b)} aria-label={t('blackouts.deleteWho', { label: b.label, dates: dates(b) })}>
                        {t('blackouts.delete')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('blackouts.add')}>
        {adding && (
          <BlackoutForm
            onDone={(b) => {
              setAdding(false);
              notify(t('blackouts.added', { label: b.label }));
            }}
          />
        )}
      </FormModal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('blackouts.deleteTitle')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        {deleting && (
          <Stack gap="md">
            <Text size="sm">{t('blackouts.deleteConfirm', { label: deleting.label, dates: dates(deleting) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {tc('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(deleting.id, {
                    onSuccess: () => notify(t('blackouts.deleted', { label: deleting.label })),
                    onError: (error) => notify(apiErrorMessage(tc, error), 'red'),
                    onSettled: () => setDeleting(null),
                  })
                }
              >
                {t('blackouts.delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

function BlackoutForm({ onDone }: { onDone: (b: BlackoutDate) => void }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const create = useCreateBlackout();
  const [formError, setFormError] = useState<string | null>(null);
  // The same rules as the api (blackout-rules.ts); its own answer still lands on the field it names.
  const form = useForm({
    mode: 'controlled',
    initialValues: { startsOn: '', endsOn: '', label: '', scope: 'workspace' as Scope, country: '', site: '' },
    validate: {
      startsOn: (v) => (DATE.test(v) ? null : t('blackouts.dateRequired')),
      endsOn: (v, values) => (!v ? null : !DATE.test(v) ? t('blackouts.dateRequired') : v < values.startsOn ? t('blackouts.endBeforeStart') : null),
      label: (v) => (v.trim() ? null : tc('validation.required')),
      country: (v, values) => (values.scope !== 'country' || /^[A-Za-z]{2}$/.test(v.trim()) ? null : t('blackouts.countryFormat')),
      site: (v, values) => (values.scope !== 'site' || v.trim() ? null : tc('validation.required')),
    },
  });
  const values = form.getValues();
  const sites = useFieldValueSuggestions(values.scope === 'site' ? 'site' : null);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        const body = {
          startsOn: v.startsOn,
          ...(v.endsOn ? { endsOn: v.endsOn } : {}),
          label: v.label.trim(),
          ...(v.scope === 'country' ? { country: v.country.trim().toUpperCase() } : {}),
          ...(v.scope === 'site' ? { site: v.site.trim() } : {}),
        };
        create.mutate(body, { onSuccess: onDone, onError: (error) => setFormError(applyApiError(form, error, tc)) });
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('blackouts.label')} description={t('blackouts.labelHelp')} withAsterisk data-autofocus {...form.getInputProps('label')} />
        <Group grow align="flex-start">
          <TextInput type="date" label={t('blackouts.startsOn')} withAsterisk {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('blackouts.endsOn')} description={t('blackouts.endsOnHelp')} {...form.getInputProps('endsOn')} />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="blackout-scope">
            {t('blackouts.scope')}
          </Text>
          <SegmentedControl
            aria-labelledby="blackout-scope"
            data={(['workspace', 'country', 'site'] as const).map((s) => ({ value: s, label: t(`blackouts.scopes.${s}`) }))}
            {...form.getInputProps('scope')}
          />
        </Stack>
        {values.scope === 'country' && <TextInput label={t('blackouts.country')} description={t('blackouts.countryHelp')} withAsterisk maxLength={2} {...form.getInputProps('country')} />}
        {values.scope === 'site' && (
          // The sites learners hold, with how many: a site nobody holds would block nobody.
          <Autocomplete
            label={t('blackouts.site')}
            description={t('blackouts.siteHelp')}
            withAsterisk
            data={(sites.data ?? []).map((f) => f.value)}
            renderOption={({ option }) => t('blackouts.siteOption', { site: option.value, count: sites.data?.find((f) => f.value === option.value)?.count ?? 0 })}
            {...form.getInputProps('site')}
          />
        )}
        {values.scope === 'site' && values.site.trim() && sites.data && !sites.data.some((f) => f.value === values.site.trim()) && (
          <Alert color="orange" role="status">
            {t('blackouts.siteUnknown', { site: values.site.trim() })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
