import { Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../auth/workspace-context';
import { type Learner, useLearnerSearch } from '../learners/use-learners';

const SEARCH_DEBOUNCE_MS = 300;

/** How a learner is named: first and last name, else the email. */
export const learnerName = (l: Pick<Learner, 'firstName' | 'lastName' | 'email'>): string => [l.firstName, l.lastName].filter(Boolean).join(' ') || l.email;

interface LearnerPickerProps {
  label: string;
  description?: string;
  value: Learner | null;
  onChange: (learner: Learner | null) => void;
  error?: string;
}

/**
 * Finds a learner of the workspace by name, email or external id as one types (the api searches,
 * debounced); each option shows the name, email, department and site (several people may share a name).
 */
export function LearnerPicker({ label, description, value, onChange, error }: LearnerPickerProps) {
  const { t } = useTranslation('courses');
  const workspace = useWorkspace();
  const [search, setSearch] = useState(value ? learnerName(value) : '');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  // Typing the chosen learner's name back must not search again.
  const query = value && debounced === learnerName(value) ? '' : debounced;
  const results = useLearnerSearch(workspace.id, query);
  const found = query.length >= 2 ? (results.data ?? []) : [];
  const learners = value && !found.some((l) => l.id === value.id) ? [value, ...found] : found;
  const byId = new Map(learners.map((l) => [l.id, l]));

  const nothing =
    search.trim().length < 2 ? t('picker.typeMore') : results.isFetching || debounced !== search.trim() ? t('picker.searching') : results.isError ? t('picker.failed') : t('picker.none');

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('picker.placeholder')}
      withAsterisk
      searchable
      clearable
      data-autofocus
      data={learners.map((l) => ({ value: l.id, label: learnerName(l) }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      // The api filters: show what it answered.
      filter={({ options }) => options}
      nothingFoundMessage={nothing}
      rightSection={results.isFetching ? <Loader size="xs" aria-label={t('picker.searching')} /> : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const l = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {l && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[l.email, l.department, l.site].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
