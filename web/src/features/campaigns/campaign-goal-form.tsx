import { Alert, Button, Fieldset, Group, Loader, MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage, problemMessage } from '../../api/problem-message';
import { useCampaignAmbassadors } from '../ambassadors/use-ambassadors';
import { useWorkspace } from '../auth/workspace-context';
import { learnerName } from '../courses/learner-picker';
import { useLearnerSearch } from '../learners/use-learners';
import type { SettingsSection } from './campaign-search';
import { type Campaign, type CampaignCosts, useCampaignCosts, useUpdateCampaign, useUpdateCosts } from './use-campaigns';

interface Values {
  goalEnrolments: number | '';
  sponsorName: string;
  sponsorTitle: string;
  sponsorQuote: string;
  ambassadorIds: string[];
  production: number | '';
  hours: number | '';
  hourlyRate: number | '';
  currency: string;
}

const SEARCH_DEBOUNCE_MS = 300;
const costValue = (v: number | null | undefined): number | '' => (v == null ? '' : v);
const num = (v: number | ''): number | null => (v === '' ? null : Number(v));

/**
 * What is not part of the sending plan, so changes while the campaign runs too: the enrolment goal,
 * the sponsor, the ambassadors (learners of the workspace, searched as one types) and the costs of the ROI.
 */
export function CampaignGoalForm({ campaign, section, onDone, onCancel }: { campaign: Campaign; section?: SettingsSection; onDone: () => void; onCancel: () => void }) {
  const costs = useCampaignCosts(campaign.id);
  const ambassadors = useCampaignAmbassadors(campaign.id, true);
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  if (costs.isPending || ambassadors.isPending) return <Loader size="sm" aria-label={tc('common.loading')} />;
  if (costs.isError || ambassadors.isError)
    return (
      <Alert color="red" role="alert" title={t('goalForm.loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, costs.error ?? ambassadors.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void Promise.all([costs.refetch(), ambassadors.refetch()])}>
            {tc('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  const known = ambassadors.data.map((a) => ({ id: a.learnerId, label: a.name, email: a.email }));
  return <GoalFormFields campaign={campaign} costs={costs.data} known={known} section={section} onDone={onDone} onCancel={onCancel} />;
}

interface KnownLearner {
  id: string;
  label: string;
  email: string;
}

function GoalFormFields({
  campaign,
  costs,
  known,
  section,
  onDone,
  onCancel,
}: {
  campaign: Campaign;
  costs: CampaignCosts;
  known: KnownLearner[];
  section?: SettingsSection;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const update = useUpdateCampaign(campaign.id);
  const updateCosts = useUpdateCosts(campaign.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const results = useLearnerSearch(workspace.id, debounced);
  const [seen, setSeen] = useState<Map<string, KnownLearner>>(() => new Map(known.map((k) => [k.id, k])));
  const refs = { goal: useRef<HTMLFieldSetElement>(null), ambassadors: useRef<HTMLFieldSetElement>(null), costs: useRef<HTMLFieldSetElement>(null) };

  const form = useForm<Values>({
    initialValues: {
      goalEnrolments: campaign.goalEnrolments ?? '',
      sponsorName: campaign.sponsor?.name ?? '',
      sponsorTitle: campaign.sponsor?.title ?? '',
      sponsorQuote: campaign.sponsor?.quote ?? '',
      ambassadorIds: campaign.ambassadorIds,
      production: costValue(costs.production),
      hours: costValue(costs.hours),
      hourlyRate: costValue(costs.hourlyRate),
      currency: costs.currency ?? '',
    },
    validate: {
      goalEnrolments: (v) => (v === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 10_000_000) ? null : t('goalForm.goalInvalid')),
      sponsorName: (v, values) => (!v.trim() && (values.sponsorTitle.trim() || values.sponsorQuote.trim()) ? t('goalForm.sponsorNameRequired') : v.length > 200 ? t('validation.max', { max: 200 }) : null),
      sponsorTitle: (v) => (v.length > 200 ? t('validation.max', { max: 200 }) : null),
      sponsorQuote: (v) => (v.length > 1000 ? t('validation.max', { max: 1000 }) : null),
      production: (v) => (v === '' || Number(v) >= 0 ? null : t('goalForm.notNegative')),
      hours: (v) => (v === '' || Number(v) >= 0 ? null : t('goalForm.notNegative')),
      hourlyRate: (v) => (v === '' || Number(v) >= 0 ? null : t('goalForm.notNegative')),
      currency: (v, values) =>
        v.trim() && !/^[A-Z]{3}$/.test(v.trim().toUpperCase())
          ? t('goalForm.currencyInvalid')
          : !v.trim() && (values.production !== '' || values.hourlyRate !== '')
            ? t('goalForm.currencyRequired')
            : null,
    },
  });

  // Arriving on a section (from the report, the ambassadors dialog): bring it into view.
  useEffect(() => {
    if (!section || section === 'plan') return;
    const el = refs[section].current;
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLInputElement>('input, textarea')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [section]);

  useEffect(() => {
    if (!results.data) return;
    setSeen((prev) => {
      const next = new Map(prev);
      for (const l of results.data) next.set(l.id, { id: l.id, label: learnerName(l), email: l.email });
      return next;
    });
  }, [results.data]);

  const options = useMemo(() => {
    const ids = new Set(form.values.ambassadorIds);
    if (debounced.length >= 2) for (const l of results.data ?? []) ids.add(l.id);
    return [...ids].map((id) => {
      const l = seen.get(id);
      return { value: id, label: l ? `${l.label} (${l.email})` : id };
    });
  }, [form.values.ambassadorIds, results.data, debounced, seen]);

  const fail = (error: unknown) => {
    if (!isApiError(error)) return setFormError(tc('errors.network'));
    let unplaced = error.details.length === 0;
    for (const detail of error.details) {
      const field = detail.path.split(/[.[]/)[0]!;
      const target = field === 'sponsor' ? 'sponsorName' : field;
      if (target in form.values) form.setFieldError(target, problemMessage(tc, detail));
      else unplaced = true;
    }
    setFormError(unplaced ? apiErrorMessage(tc, error) : null);
  };

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    const sponsor = v.sponsorName.trim()
      ? { name: v.sponsorName.trim(), ...(v.sponsorTitle.trim() ? { title: v.sponsorTitle.trim() } : {}), ...(v.sponsorQuote.trim() ? { quote: v.sponsorQuote.trim() } : {}), ...(campaign.sponsor?.photoUrl ? { photoUrl: campaign.sponsor.photoUrl } : {}) }
      : null;
    try {
      await update.mutateAsync({ goalEnrolments: num(v.goalEnrolments), sponsor, ambassadorIds: v.ambassadorIds });
      await updateCosts.mutateAsync({ production: num(v.production), hours: num(v.hours), hourlyRate: num(v.hourlyRate), currency: v.currency.trim().toUpperCase() || null });
      onDone();
    } catch (error) {
      fail(error);
    }
  });

  const searching = results.isFetching || debounced !== search.trim();
  const nothing = search.trim().length < 2 ? t('goalForm.typeMore') : searching ? t('goalForm.searching') : results.isError ? t('goalForm.searchFailed') : t('goalForm.noLearner');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {campaign.status !== 'draft' && campaign.status !== 'paused' && (
          <Text size="sm" c="dark.4">
            {t('goalForm.whileRunning')}
          </Text>
        )}
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Fieldset legend={t('goalForm.goal')} ref={refs.goal} id="settings-goal">
          <Stack gap="sm">
            <NumberInput label={t('goalForm.goalEnrolments')} description={t('goalForm.goalHelp')} min={1} max={10_000_000} allowDecimal={false} allowNegative={false} maw={260} {...form.getInputProps('goalEnrolments')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('goalForm.sponsorName')} description={t('goalForm.sponsorHelp')} {...form.getInputProps('sponsorName')} />
              <TextInput label={t('goalForm.sponsorTitle')} {...form.getInputProps('sponsorTitle')} />
            </SimpleGrid>
            <TextInput label={t('goalForm.sponsorQuote')} {...form.getInputProps('sponsorQuote')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('goalForm.ambassadors')} ref={refs.ambassadors} id="settings-ambassadors">
          <MultiSelect
            label={t('goalForm.ambassadorIds')}
            description={t('goalForm.ambassadorsHelp')}
            placeholder={t('goalForm.searchPlaceholder')}
            searchable
            clearable
            data={options}
            searchValue={search}
            onSearchChange={setSearch}
            // The api searches: show what it answered.
            filter={({ options: o }) => o}
            nothingFoundMessage={nothing}
            rightSection={results.isFetching ? <Loader size="xs" aria-label={t('goalForm.searching')} /> : undefined}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('ambassadorIds')}
          />
        </Fieldset>
        <Fieldset legend={t('goalForm.costs')} ref={refs.costs} id="settings-costs">
          <Stack gap="sm">
            <Text size="sm" c="dark.4">
              {t('goalForm.costsHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label={t('goalForm.production')} min={0} decimalScale={2} allowNegative={false} {...form.getInputProps('production')} />
              <TextInput label={t('goalForm.currency')} description={t('goalForm.currencyHelp')} maxLength={3} placeholder="EUR" {...form.getInputProps('currency')} />
              <NumberInput label={t('goalForm.hours')} min={0} decimalScale={2} allowNegative={false} {...form.getInputProps('hours')} />
              <NumberInput label={t('goalForm.hourlyRate')} min={0} decimalScale={2} allowNegative={false} {...form.getInputProps('hourlyRate')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending || updateCosts.isPending}>
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
