import { Autocomplete, type ComboboxParsedItem, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { resolveTypedZone, searchZones, zoneEntries } from './zone-search';
import { allZones } from './zone-time';

const OPTION_LIMIT = 50;

/** The zones the api stores (PostgreSQL's, aliases such as America/Montreal included); the same for the life of the page. */
export const useTimeZones = () =>
  useQuery({
    queryKey: ['time-zones'],
    queryFn: async () => (await api.GET('/v1/time-zones')).data!.zones,
    staleTime: Infinity,
  });

export interface ZonePickerProps {
  label?: string;
  'aria-label'?: string;
  value: string;
  /** A zone picked from the list, or typed in full. */
  onChange: (zone: string) => void;
  /** True while the text typed names no zone (the last zone picked stays in `value` meanwhile). */
  onInvalidChange?: (invalid: boolean) => void;
  error?: ReactNode;
  disabled?: boolean;
  w?: Parameters<typeof Autocomplete>[0]['w'];
}

/**
 * A time zone found by city or country in the reader's language, accents aside ("Montréal",
 * "Canada"). What is typed is never replaced by another zone: text that names none stays, flagged.
 */
export function ZonePicker({ label, 'aria-label': ariaLabel, value, onChange, onInvalidChange, error, disabled, w }: ZonePickerProps) {
  const { t, i18n } = useTranslation('zoneDateTime');
  const listed = useTimeZones();
  const zones = listed.data ?? allZones();
  // The zone in use is always offered, even one a list spells otherwise (Asia/Calcutta).
  const entries = useMemo(() => zoneEntries(zones.includes(value) ? zones : [value, ...zones], i18n.language), [zones, value, i18n.language]);
  const byZone = useMemo(() => new Map(entries.map((e) => [e.zone, e])), [entries]);
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const [shown, setShown] = useState(false);
  const reported = useRef(false);

  const report = (next: boolean) => {
    setInvalid(next);
    if (reported.current !== next) onInvalidChange?.(next);
    reported.current = next;
  };

  // A zone set from outside (a reset, a loaded record): show it.
  useEffect(() => {
    if (text.toLowerCase() === value.toLowerCase()) return;
    setText(value);
    setShown(false);
    report(false);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  const type = (next: string) => {
    setText(next);
    const zone = entries.find((e) => e.zone.toLowerCase() === next.trim().toLowerCase())?.zone;
    if (zone) {
      setShown(false);
      report(false);
      if (zone !== value) onChange(zone);
    } else report(true);
  };

  const settle = () => {
    const zone = resolveTypedZone(entries, text);
    if (!zone) return setShown(true);
    setText(zone);
    setShown(false);
    report(false);
    if (zone !== value) onChange(zone);
  };

  const filter = ({ options, search }: { options: ComboboxParsedItem[]; search: string }) => {
    // Just focused on the zone in use: offer them all, not that one alone.
    const found = search === value ? entries : searchZones(entries, search);
    const parsed = new Map(options.map((o) => ['value' in o ? o.value : '', o]));
    return found.slice(0, OPTION_LIMIT).flatMap((e) => parsed.get(e.zone) ?? []);
  };

  const problem = invalid && shown ? (text.trim() ? t('zoneUnknown', { typed: text.trim() }) : t('zoneRequired')) : null;

  return (
    <Autocomplete
      label={label}
      aria-label={ariaLabel}
      data={entries.map((e) => e.zone)}
      value={text}
      onChange={type}
      onBlur={settle}
      filter={filter as never}
      limit={OPTION_LIMIT}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.value.replaceAll('_', ' ')}</Text>
          {byZone.get(option.value)?.country && (
            <Text size="xs" c="dimmed">
              {byZone.get(option.value)!.country}
            </Text>
          )}
        </Stack>
      )}
      error={problem ?? error}
      disabled={disabled}
      w={w}
      spellCheck={false}
      autoComplete="off"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
