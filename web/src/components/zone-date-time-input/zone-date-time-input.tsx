import '@mantine/dates/styles.css';
import { Group, Input, Radio, Stack, Text } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useId } from '@mantine/hooks';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The date picker's month and day names come from dayjs's locales.
import '../../i18n/dates';
import { TimeField } from '../time-field';
import { ZonePicker } from './zone-picker';
import {
  browserZone,
  formatInZone,
  formatOffset,
  offsetAt,
  parseIsoInZone,
  resolveWallTime,
  toOffsetIso,
  type Resolution,
  type WallTime,
} from './zone-time';

/** Where the input stands: nothing typed, half typed, a time the zone skips, or a value. */
export type ZoneDateTimeStatus = 'empty' | 'incomplete' | 'nonexistent' | 'valid';

export interface ZoneDateTimeInputProps {
  label: string;
  /** An ISO 8601 date-time with an offset (or Z), or null. */
  value: string | null;
  /** The IANA zone the date and time are typed in. */
  zone: string;
  /** The ISO string with the zone's offset then (`2026-03-29T09:00:00+02:00`), or null, and why. */
  onChange: (value: string | null, status: ZoneDateTimeStatus) => void;
  /** When given, a zone picker sits beside the date and time. */
  onZoneChange?: (zone: string) => void;
  /** The viewer's own zone, for the "your time" line (the browser's by default). */
  localZone?: string;
  description?: ReactNode;
  error?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  /** The month the calendar opens on while no date is chosen (`YYYY-MM-DD`): a session's end opens on its start. */
  defaultDate?: string;
}

const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Reads a typed date: `YYYY-MM-DD`, or day/month/year in French and month/day/year in English. */
export function parseTypedDate(text: string, language: string): string | null {
  const value = text.trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = DATE_ISO.exec(value);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const parts = value.split(/[/.\-\s]+/).map(Number);
    if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p))) return null;
    [d, m, y] = language.startsWith('fr') ? [parts[0]!, parts[1]!, parts[2]!] : [parts[1]!, parts[0]!, parts[2]!];
    if (y < 100) y += 2000;
  }
  if (y < 1000 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function stateFrom(value: string | null, zone: string): { wall: WallTime; fold: 'earlier' | 'later' } {
  return (value && parseIsoInZone(value, zone)) || { wall: { date: '', time: '' }, fold: 'earlier' };
}

/** What the typed wall time yields in the zone. */
function evaluate(wall: WallTime, zone: string, fold: 'earlier' | 'later'): { value: string | null; status: ZoneDateTimeStatus; resolution: Resolution | null } {
  if (!wall.date && !wall.time) return { value: null, status: 'empty', resolution: null };
  const resolution = wall.date && wall.time ? resolveWallTime(wall, zone) : null;
  if (!resolution) return { value: null, status: 'incomplete', resolution: null };
  if (resolution.kind === 'gap') return { value: null, status: 'nonexistent', resolution };
  const candidate = resolution.kind === 'exact' ? resolution.candidate : fold === 'later' ? resolution.later : resolution.earlier;
  return { value: toOffsetIso(wall, candidate), status: 'valid', resolution };
}

/**
 * A date and time typed in a session's own zone (not the browser's): shows the zone's offset then
 * and the viewer's local equivalent, flags a time the spring change skips, and asks which one of an
 * autumn time lived twice. Yields the ISO string with the offset the api requires.
 */
export function ZoneDateTimeInput({ label, value, zone, onChange, onZoneChange, localZone, description, error, withAsterisk, disabled, defaultDate }: ZoneDateTimeInputProps) {
  const { t, i18n } = useTranslation('zoneDateTime');
  const id = useId();
  const initial = useMemo(() => stateFrom(value, zone), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [wall, setWall] = useState<WallTime>(initial.wall);
  const [fold, setFold] = useState<'earlier' | 'later'>(initial.fold);
  const lastEmitted = useRef<string | null>(value);
  const lastZone = useRef(zone);
  // The month the calendar shows: the chosen date's, else the suggested one's, else today's.
  const [shownMonth, setShownMonth] = useState<string | undefined>(initial.wall.date || defaultDate);
  useEffect(() => {
    if (wall.date) setShownMonth(wall.date);
    else if (defaultDate) setShownMonth(defaultDate);
  }, [wall.date, defaultDate]);

  // A value set from outside (a reset, a loaded session): show it.
  useEffect(() => {
    if (value === lastEmitted.current) return;
    const next = stateFrom(value, zone);
    lastEmitted.current = value;
    setWall(next.wall);
    setFold(next.fold);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  const emit = (nextWall: WallTime, nextZone: string, nextFold: 'earlier' | 'later') => {
    const result = evaluate(nextWall, nextZone, nextFold);
    lastEmitted.current = result.value;
    onChange(result.value, result.status);
  };

  // Another zone keeps the wall time typed (09:00 stays 09:00) and yields its new instant.
  useEffect(() => {
    if (lastZone.current === zone) return;
    lastZone.current = zone;
    emit(wall, zone, fold);
  }, [zone]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (patch: Partial<WallTime>) => {
    const next = { ...wall, ...patch };
    setWall(next);
    emit(next, zone, fold);
  };

  const { value: current, resolution } = evaluate(wall, zone, fold);
  const viewerZone = localZone ?? browserZone();
  const language = i18n.language;
  const dateLabel = resolution ? formatInZone(`${wall.date}T12:00:00Z`, 'UTC', language, { dateStyle: 'long' }) : '';
  const instant = current ? Date.parse(current) : null;

  const gapNotice = resolution?.kind === 'gap' ? t('gap', { time: wall.time, date: dateLabel, zone }) : null;

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: language.startsWith('fr') ? 1 : 0 }}>
      <Input.Wrapper
        label={label}
        withAsterisk={withAsterisk}
        description={description}
        error={error ?? gapNotice}
        errorProps={{ id: `${id}-error` }}
        labelElement="div"
      >
        <Stack gap={6} mt={4}>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <DateInput
              aria-label={`${label} — ${t('date')}`}
              placeholder={t('date')}
              value={wall.date || null}
              onChange={(date) => change({ date: date ?? '' })}
              date={shownMonth}
              onDateChange={setShownMonth}
              dateParser={(text) => parseTypedDate(text, language)}
              valueFormat="L"
              clearable={false}
              disabled={disabled}
              error={Boolean(error || gapNotice)}
              aria-describedby={error || gapNotice ? `${id}-error` : undefined}
              w={{ base: '100%', xs: 170 }}
              popoverProps={{ withinPortal: true }}
            />
            <TimeField
              aria-label={`${label} — ${t('time')}`}
              value={wall.time}
              onChange={(time) => change({ time })}
              disabled={disabled}
              error={Boolean(error || gapNotice)}
              aria-describedby={error || gapNotice ? `${id}-error` : undefined}
              w={{ base: '100%', xs: 120 }}
            />
            {onZoneChange && (
              <ZonePicker aria-label={`${label} — ${t('zone')}`} value={zone} onChange={onZoneChange} disabled={disabled} w={{ base: '100%', xs: 240 }} />
            )}
          </Group>
          {resolution?.kind === 'ambiguous' && (
            <Radio.Group
              label={t('ambiguous', { time: wall.time, date: dateLabel, zone })}
              value={fold}
              onChange={(next) => {
                const nextFold = next === 'later' ? 'later' : 'earlier';
                setFold(nextFold);
                emit(wall, zone, nextFold);
              }}
              size="sm"
            >
              <Group gap="md" mt={4}>
                <Radio value="earlier" label={t('first', { offset: formatOffset(resolution.earlier.offsetMinutes) })} disabled={disabled} />
                <Radio value="later" label={t('second', { offset: formatOffset(resolution.later.offsetMinutes) })} disabled={disabled} />
              </Group>
            </Radio.Group>
          )}
          {instant !== null && (
            <Text size="xs" c="dimmed" data-testid="zone-date-time-hint">
              {t('offset', { offset: formatOffset(offsetAt(zone, instant)), zone })}
              {viewerZone !== zone && ` · ${t('yourTime', { when: formatInZone(instant, viewerZone, language), zone: viewerZone })}`}
            </Text>
          )}
        </Stack>
      </Input.Wrapper>
    </DatesProvider>
  );
}

/** A zone shown on a list: the time in the session's zone and, when it differs, the viewer's. */
export function ZonedTime({ value, zone, localZone }: { value: string; zone: string; localZone?: string }) {
  const { t, i18n } = useTranslation('zoneDateTime');
  const viewerZone = localZone ?? browserZone();
  const here = formatInZone(value, zone, i18n.language);
  const instant = Date.parse(value);
  return (
    <Stack gap={0}>
      <Text size="sm" title={viewerZone !== zone ? t('yourTime', { when: formatInZone(value, viewerZone, i18n.language), zone: viewerZone }) : undefined}>
        {here} <Text span size="xs" c="dimmed">UTC{formatOffset(offsetAt(zone, instant))}</Text>
      </Text>
      {viewerZone !== zone && (
        <Text size="xs" c="dimmed">
          {t('yourTime', { when: formatInZone(value, viewerZone, i18n.language), zone: viewerZone })}
        </Text>
      )}
    </Stack>
  );
}
