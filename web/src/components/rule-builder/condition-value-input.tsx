import { Autocomplete, Group, MultiSelect, NumberInput, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../fold-text';
import { countryOptions } from '../regions';
import type { ConditionNode, FieldDescription } from './rule-model';
import { isSuggestedField, useFieldValueSuggestions, usePersonaOptions } from './use-rule-options';

interface Props {
  condition: ConditionNode;
  field: FieldDescription;
  /** Names the inputs: "Value of condition 2". */
  label: string;
  error?: string;
  readOnly: boolean;
  onChange: (value: unknown) => void;
}

const ORDERED = new Set(['gt', 'gte', 'lt', 'lte', 'before', 'after']);
// Operators that compare whole values: a country is then picked by name, and stored as its code.
const WHOLE_VALUE = new Set(['eq', 'neq', 'in', 'nin']);

/** An attribute compared by order holds a number or a date; typed text becomes a number when it reads as one. */
const numberOrText = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

/** The value input that fits the field's type and the operator: text, list, date, number, yes/no, persona, status. */
export function ConditionValueInput({ condition, field, label, error, readOnly, onChange }: Props) {
  const { t, i18n } = useTranslation('ruleBuilder');
  const { op, value } = condition;
  const byCountry = field.field === 'country' && WHOLE_VALUE.has(op);
  const countries = useMemo(() => (byCountry ? countryOptions(i18n.language) : []), [byCountry, i18n.language]);
  const personas = usePersonaOptions(field.type === 'persona' && op !== 'exists');
  // Sites and departments: the values learners hold, with counts ("Lyon Part-Dieu", not a guess at "Lyon").
  const suggested = isSuggestedField(field.field) && op !== '' && op !== 'exists' ? field.field : null;
  const suggestions = useFieldValueSuggestions(suggested);
  const common = { 'aria-label': label, error, readOnly, size: 'sm' as const };
  const asText = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const asList = (v: unknown) => (Array.isArray(v) ? v.map(asText) : []);

  if (op === '') return null;

  // On an enrolment, has / has not is the operator itself ("has no enrolment in …"): no yes/no to pick.
  if (op === 'exists' && field.type === 'enrollment') return null;

  if (op === 'exists') {
    return (
      <Select
        {...common}
        w={130}
        allowDeselect={false}
        data={[
          { value: 'true', label: t('yes') },
          { value: 'false', label: t('no') },
        ]}
        value={value === false ? 'false' : 'true'}
        // true is the default: written as no value at all, as the language reads it.
        onChange={(v) => onChange(v === 'false' ? false : undefined)}
      />
    );
  }

  if (op === 'within_last_days') {
    return (
      <NumberInput
        {...common}
        w={130}
        min={1}
        max={36500}
        placeholder={t('days')}
        suffix={` ${t('days').toLowerCase()}`}
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      />
    );
  }

  if (field.type === 'boolean') {
    return (
      <Select
        {...common}
        w={130}
        placeholder={t('choose')}
        data={[
          { value: 'true', label: t('yes') },
          { value: 'false', label: t('no') },
        ]}
        value={typeof value === 'boolean' ? String(value) : null}
        onChange={(v) => onChange(v === null ? undefined : v === 'true')}
      />
    );
  }

  if (field.type === 'enrollment') {
    const data = (field.values ?? []).map((s) => ({ value: s, label: t(`statuses.${s}`) }));
    return op === 'in' || op === 'nin' ? (
      <MultiSelect {...common} miw={200} data={data} placeholder={t('choose')} value={asList(value)} onChange={(v) => onChange(v.length ? v : undefined)} />
    ) : (
      <Select {...common} w={180} data={data} placeholder={t('choose')} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v ?? undefined)} />
    );
  }

  /**
   * One of a list of options (several for in/nin), searchable. A value the list does not hold (a
   * persona named by name, a country code Intl does not place) stays choosable as it is.
   */
  const pick = (
    options: { value: string; label: string }[],
    placeholder: string,
    multiPlaceholder: string,
    filter?: typeof foldedOptionsFilter,
    /** A line under an option (a persona's learners). */
    describe?: (value: string) => string | undefined,
  ) => {
    const withCurrent = (values: string[]) => [...options, ...values.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }))];
    const renderOption = describe
      ? ({ option }: { option: { value: string; label: string } }) => (
          <Group justify="space-between" gap="xs" wrap="nowrap" w="100%">
            <Text size="sm">{option.label}</Text>
            {describe(option.value) && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {describe(option.value)}
              </Text>
            )}
          </Group>
        )
      : undefined;
    // Options with a line of their own need the room for it.
    const comboboxProps = describe ? { width: 320, position: 'bottom-start' as const } : undefined;
    const searchable = { ...common, searchable: true, nothingFoundMessage: t('noOptions'), filter, renderOption, comboboxProps };
    return op === 'in' || op === 'nin' ? (
      <MultiSelect {...searchable} miw={220} data={withCurrent(asList(value))} placeholder={multiPlaceholder} value={asList(value)} onChange={(v) => onChange(v.length ? v : undefined)} />
    ) : (
      <Select
        {...searchable}
        w={220}
        data={withCurrent(typeof value === 'string' && value ? [value] : [])}
        placeholder={placeholder}
        value={typeof value === 'string' ? value : null}
        onChange={(v) => onChange(v ?? undefined)}
      />
    );
  };

  if (field.type === 'persona') {
    const counts = new Map((personas.data ?? []).map((p) => [p.value, p.count]));
    const number = new Intl.NumberFormat(i18n.language);
    return pick(personas.data ?? [], t('choose'), t('choose'), undefined, (id) => {
      const count = counts.get(id);
      return count === undefined ? undefined : t('learnerCount', { count, formatted: number.format(count) });
    });
  }

  if (byCountry) return pick(countries, t('chooseCountry'), t('chooseCountries'), foldedOptionsFilter);

  const dateLike = field.type === 'date' || field.type === 'timestamp' || (field.type === 'attribute' && (op === 'before' || op === 'after'));
  // A timestamp written with its time in JSON stays editable as text rather than being cut to a day.
  const dateInputType = (v: unknown) => (typeof v === 'string' && v.length > 10 ? 'text' : 'date');

  if (op === 'between') {
    const pair = Array.isArray(value) ? value : [undefined, undefined];
    const set = (i: 0 | 1, v: unknown) => {
      const next = [pair[0], pair[1]];
      next[i] = v;
      onChange(next[0] === undefined && next[1] === undefined ? undefined : next);
    };
    const read = (text: string) => (text === '' ? undefined : field.type === 'attribute' ? numberOrText(text) : text);
    return (
      <Group gap="xs" wrap="nowrap">
        {[0, 1].map((i) => (
          <TextInput
            key={i}
            {...common}
            error={i === 0 ? error : undefined}
            aria-label={`${label} — ${t(i === 0 ? 'from' : 'to')}`}
            placeholder={t(i === 0 ? 'from' : 'to')}
            type={dateLike ? dateInputType(pair[i]) : 'text'}
            w={dateLike ? 160 : 110}
            value={asText(pair[i])}
            onChange={(e) => set(i as 0 | 1, read(e.currentTarget.value))}
          />
        ))}
      </Group>
    );
  }

  if (suggested) {
    const counts = new Map((suggestions.data ?? []).map((o) => [o.value, o.count]));
    const number = new Intl.NumberFormat(i18n.language);
    const data = (suggestions.data ?? []).map((o) => o.value);
    const renderOption = ({ option }: { option: { value: string } }) => {
      const count = counts.get(option.value);
      return (
        <Group justify="space-between" gap="xs" wrap="nowrap" w="100%">
          <Text size="sm">{option.value}</Text>
          {count !== undefined && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('learnerCount', { count, formatted: number.format(count) })}
            </Text>
          )}
        </Group>
      );
    };
    const suggest = { data, renderOption, filter: foldedOptionsFilter, limit: 50, comboboxProps: { width: 320, position: 'bottom-start' as const } };
    return op === 'in' || op === 'nin' ? (
      <TagsInput {...common} {...suggest} miw={220} placeholder={t('suggestListPlaceholder')} value={asList(value)} onChange={(v) => onChange(v.length ? v : undefined)} />
    ) : (
      <Autocomplete {...common} {...suggest} miw={220} placeholder={t('suggestPlaceholder')} value={asText(value)} onChange={(text) => onChange(text === '' ? undefined : text)} />
    );
  }

  if (op === 'in' || op === 'nin') {
    return (
      <TagsInput
        {...common}
        miw={220}
        placeholder={t('listPlaceholder')}
        value={asList(value)}
        onChange={(v) => onChange(v.length ? v : undefined)}
      />
    );
  }

  if (dateLike) {
    return (
      <TextInput
        {...common}
        w={160}
        type={dateInputType(value)}
        value={asText(value)}
        onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      />
    );
  }

  const ordered = field.type === 'attribute' && ORDERED.has(op);
  return (
    <TextInput
      {...common}
      miw={180}
      value={asText(value)}
      onChange={(e) => {
        const text = e.currentTarget.value;
        onChange(text === '' ? undefined : ordered ? numberOrText(text) : text);
      }}
    />
  );
}
