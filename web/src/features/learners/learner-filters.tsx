import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, languageName } from './display-names';
import { FACETS, type Facet, type LearnerSearch } from './learner-search';
import type { LearnerFacets } from './use-learners';

interface LearnerFiltersProps {
  search: LearnerSearch;
  facets: LearnerFacets | undefined;
  /** Applies a change of search or filters (a new first page). `replace` while typing, so history keeps whole searches. */
  onChange: (change: Partial<LearnerSearch>, replace?: boolean) => void;
}

/** The search box and one menu per filterable field, offered the values the workspace holds. */
export function LearnerFilters({ search, facets, onChange }: LearnerFiltersProps) {
  const { t, i18n } = useTranslation('learners');
  const [q, setQ] = useState(search.q ?? '');
  const number = new Intl.NumberFormat(i18n.language);
  const commit = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }, true), 300);

  // The URL changed from elsewhere (back button, a shared link): show its search.
  useEffect(() => setQ(search.q ?? ''), [search.q]);

  const label = (facet: Facet, value: string, fallback?: string) => {
    if (facet === 'country') return countryName(value, i18n.language);
    if (facet === 'locale') return languageName(value, i18n.language);
    return fallback ?? value;
  };
  // The option's label is the value alone (what the box shows once chosen); its count is drawn beside it in the menu.
  const counts = (facet: Facet) => new Map((facets?.[facet] ?? []).map((v) => [v.value, v.count]));
  const options = (facet: Facet) => {
    const values = facets?.[facet] ?? [];
    const data = values.map((v) => ({ value: v.value, label: label(facet, v.value, v.label) }));
    // A value from the URL the facets do not list (yet) stays selectable.
    const current = search[facet];
    if (current && !values.some((v) => v.value === current)) data.unshift({ value: current, label: label(facet, current) });
    return data;
  };
  // A chosen value shows whole: the box grows with it (within bounds) and the filters wrap.
  const widthFor = (facet: Facet, data: { value: string; label: string }[]) => {
    const chosen = data.find((o) => o.value === search[facet])?.label ?? '';
    return `calc(${Math.min(Math.max(chosen.length, 6), 30)}ch + 64px)`;
  };
  const filtered = FACETS.some((facet) => search[facet]) || !!search.q;

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        type="search"
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commit(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            commit.cancel?.();
            onChange({ q: q.trim() || undefined });
          }
        }}
        w={{ base: '100%', sm: 280 }}
      />
      {FACETS.map((facet) => {
        const data = options(facet);
        const count = counts(facet);
        return (
          <Select
            key={facet}
            label={t(`facet.${facet}`)}
            placeholder={t('any')}
            data={data}
            value={search[facet] ?? null}
            onChange={(value) => onChange({ [facet]: value ?? undefined })}
            searchable
            clearable
            nothingFoundMessage="—"
            w={widthFor(facet, data)}
            maw="100%"
            renderOption={({ option }) => (
              <span>
                {option.label}
                {count.get(option.value) !== undefined && (
                  <>
                    {' '}
                    <Text span size="xs" c="dimmed">
                      ({number.format(count.get(option.value)!)})
                    </Text>
                  </>
                )}
              </span>
            )}
            // Values with their counts read on one line, wider than the narrow menu if need be.
            comboboxProps={{ withinPortal: true, width: 'max-content', position: 'bottom-start' }}
          />
        );
      })}
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            setQ('');
            onChange({ q: undefined, department: undefined, site: undefined, country: undefined, personaId: undefined, locale: undefined });
          }}
        >
          {t('clearFilters')}
        </Button>
      )}
    </Group>
  );
}
