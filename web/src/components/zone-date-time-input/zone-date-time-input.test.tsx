import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { theme } from '../../theme';
import { fakeFetch, json } from '../../test/render';
import { parseTypedDate, ZoneDateTimeInput, type ZoneDateTimeStatus } from './zone-date-time-input';
import { ZonePicker } from './zone-picker';
import { parseIsoInZone, resolveWallTime } from './zone-time';

function Harness({ initial, zone: initialZone, localZone, onChange }: { initial: string | null; zone: string; localZone: string; onChange: (v: string | null, s: ZoneDateTimeStatus) => void }) {
  const [value, setValue] = useState(initial);
  const [zone, setZone] = useState(initialZone);
  return (
    <ZoneDateTimeInput
      label="Starts"
      value={value}
      zone={zone}
      localZone={localZone}
      onZoneChange={setZone}
      onChange={(v, s) => {
        setValue(v);
        onChange(v, s);
      }}
    />
  );
}

// What the api lists: PostgreSQL's zones, the aliases the browser's own list leaves out included.
const API_ZONES = ['America/Montreal', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'Europe/Brussels', 'Europe/Paris', 'UTC'];

function withProviders(children: React.ReactNode) {
  vi.stubGlobal('fetch', fakeFetch({ 'GET /v1/time-zones': () => json(200, { zones: API_ZONES }) }).fetch);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>,
  );
}

function renderInput(props: { initial?: string | null; zone: string; localZone?: string }) {
  const onChange = vi.fn<(v: string | null, s: ZoneDateTimeStatus) => void>();
  withProviders(<Harness initial={props.initial ?? null} zone={props.zone} localZone={props.localZone ?? 'Europe/Paris'} onChange={onChange} />);
  return { onChange, date: screen.getByRole('textbox', { name: 'Starts — Date' }), time: screen.getByLabelText(/^Starts — (Time|Heure)$/) };
}

function typeDate(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

describe('zone time rules', () => {
  it('finds one instant, none in the spring gap, two in the autumn overlap', () => {
    expect(resolveWallTime({ date: '2026-03-29', time: '09:00' }, 'Europe/Paris')).toEqual({ kind: 'exact', candidate: { instant: Date.parse('2026-03-29T07:00:00Z'), offsetMinutes: 120 } });
    expect(resolveWallTime({ date: '2026-03-29', time: '02:30' }, 'Europe/Paris')).toEqual({ kind: 'gap' });
    expect(resolveWallTime({ date: '2026-10-25', time: '02:30' }, 'Europe/Paris')).toEqual({
      kind: 'ambiguous',
      earlier: { instant: Date.parse('2026-10-25T00:30:00Z'), offsetMinutes: 120 },
      later: { instant: Date.parse('2026-10-25T01:30:00Z'), offsetMinutes: 60 },
    });
    expect(resolveWallTime({ date: '2026-02-30', time: '09:00' }, 'Europe/Paris')).toBeNull();
  });

  it('reads an api value back as its wall time and occurrence', () => {
    expect(parseIsoInZone('2026-10-25T02:30:00.000+01:00', 'Europe/Paris')).toEqual({ wall: { date: '2026-10-25', time: '02:30' }, fold: 'later' });
    expect(parseIsoInZone('2026-10-25T00:30:00Z', 'Europe/Paris')).toEqual({ wall: { date: '2026-10-25', time: '02:30' }, fold: 'earlier' });
    expect(parseIsoInZone('2026-10-25 02:30', 'Europe/Paris')).toBeNull();
  });

  it('reads typed dates in the language’s order', () => {
    expect(parseTypedDate('03/29/2026', 'en')).toBe('2026-03-29');
    expect(parseTypedDate('29/03/2026', 'fr')).toBe('2026-03-29');
    expect(parseTypedDate('2026-3-29', 'fr')).toBe('2026-03-29');
    expect(parseTypedDate('31/02/2026', 'fr')).toBeNull();
  });
});

describe('ZoneDateTimeInput', { timeout: 20_000 }, () => {
  it('opens the calendar on the suggested month while no date is chosen (an end on its start’s month)', async () => {
    await i18n.changeLanguage('en');
    withProviders(<ZoneDateTimeInput label="Ends" value={null} zone="America/Toronto" defaultDate="2027-01-14" onChange={() => undefined} />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Ends — Date' }));
    expect(await screen.findByRole('button', { name: 'January 2027' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ends — Time$/)).toHaveAttribute('placeholder', '--:--');
  });

  it('flags a time the spring change skips and yields nothing for it', async () => {
    await i18n.changeLanguage('en');
    const { onChange, date, time } = renderInput({ zone: 'Europe/Paris' });
    typeDate(date, '03/29/2026');
    fireEvent.change(time, { target: { value: '02:30' } });
    expect(onChange).toHaveBeenLastCalledWith(null, 'nonexistent');
    expect(screen.getByText(/02:30 does not exist on March 29, 2026 in Europe\/Paris: the clocks go forward/)).toBeInTheDocument();
    fireEvent.change(time, { target: { value: '03:30' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-03-29T03:30:00+02:00', 'valid');
    expect(screen.queryByText(/does not exist/)).not.toBeInTheDocument();
  });

  it('asks which of an autumn time lived twice, and yields the chosen offset', async () => {
    await i18n.changeLanguage('en');
    const { onChange, date, time } = renderInput({ zone: 'Europe/Paris' });
    typeDate(date, '10/25/2026');
    fireEvent.change(time, { target: { value: '02:30' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-10-25T02:30:00+02:00', 'valid');
    expect(screen.getByText(/02:30 happens twice on October 25, 2026 in Europe\/Paris/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'The second, at UTC+01:00' }));
    expect(onChange).toHaveBeenLastCalledWith('2026-10-25T02:30:00+01:00', 'valid');
  });

  it('types in a zone far from the viewer’s and shows the viewer’s own time', async () => {
    await i18n.changeLanguage('en');
    const { onChange, date, time } = renderInput({ zone: 'Pacific/Auckland', localZone: 'America/Los_Angeles' });
    typeDate(date, '03/02/2026');
    fireEvent.change(time, { target: { value: '09:00' } });
    // Auckland is on daylight time (UTC+13) in March; Los Angeles on standard time (UTC−8): the day before, 12:00.
    expect(onChange).toHaveBeenLastCalledWith('2026-03-02T09:00:00+13:00', 'valid');
    const hint = screen.getByTestId('zone-date-time-hint');
    expect(hint).toHaveTextContent('UTC+13:00 (Pacific/Auckland)');
    expect(hint).toHaveTextContent(/Your time: Mar 1, 2026, 12:00\s?PM \(America\/Los_Angeles\)/);
  });

  it('keeps the wall time when the zone changes, and yields the new instant', async () => {
    await i18n.changeLanguage('en');
    const { onChange } = renderInput({ initial: '2026-03-02T09:00:00.000+01:00', zone: 'Europe/Paris', localZone: 'Europe/Paris' });
    const zone = screen.getByRole('combobox', { name: 'Starts — Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'York');
    await userEvent.click(await screen.findByRole('option', { name: /America\/New York/ }));
    expect(onChange).toHaveBeenLastCalledWith('2026-03-02T09:00:00-05:00', 'valid');
    expect(screen.getByTestId('zone-date-time-hint')).toHaveTextContent('Your time: Mar 2, 2026, 3:00');
  });

  it('shows an existing value as it was stored, the second occurrence included, and yields it back unchanged', async () => {
    await i18n.changeLanguage('fr');
    const { onChange, date, time } = renderInput({ initial: '2026-10-25T02:30:00.000+01:00', zone: 'Europe/Paris' });
    expect(date).toHaveValue('25/10/2026');
    expect(time).toHaveValue('02:30');
    expect(screen.getByRole('radio', { name: 'La seconde, à UTC+01:00' })).toBeChecked();
    // Touching the time without changing it yields the same instant, with the same offset.
    fireEvent.change(time, { target: { value: '02:30' } });
    fireEvent.change(time, { target: { value: '02:31' } });
    fireEvent.change(time, { target: { value: '02:30' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-10-25T02:30:00+01:00', 'valid');
    await i18n.changeLanguage('en');
  });
});

describe('ZonePicker', { timeout: 20_000 }, () => {
  function renderPicker(initial = 'Europe/Paris') {
    const onChange = vi.fn<(zone: string) => void>();
    const onInvalidChange = vi.fn<(invalid: boolean) => void>();
    function Picker() {
      const [zone, setZone] = useState(initial);
      return (
        <ZonePicker
          label="Fuseau horaire"
          value={zone}
          onChange={(next) => {
            setZone(next);
            onChange(next);
          }}
          onInvalidChange={onInvalidChange}
        />
      );
    }
    withProviders(<Picker />);
    return { onChange, onInvalidChange, input: screen.getByRole('combobox', { name: 'Fuseau horaire' }) };
  }

  it('finds a zone by city, accents aside, among the api’s zones (America/Montreal too)', async () => {
    await i18n.changeLanguage('fr');
    const { onChange, input } = renderPicker();
    await userEvent.clear(input);
    await userEvent.type(input, 'Montréal');
    await userEvent.click(await screen.findByRole('option', { name: /America\/Montreal/ }));
    expect(onChange).toHaveBeenLastCalledWith('America/Montreal');
    expect(input).toHaveValue('America/Montreal');
    await i18n.changeLanguage('en');
  });

  it('finds the zones of a country named in the reader’s language', async () => {
    await i18n.changeLanguage('fr');
    const { input } = renderPicker();
    await userEvent.clear(input);
    await userEvent.type(input, 'canada');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['America/MontrealCanada', 'America/TorontoCanada', 'America/VancouverCanada']));
    await userEvent.clear(input);
    await userEvent.type(input, 'Belgique');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Europe/BrusselsBelgique']));
    await i18n.changeLanguage('en');
  });

  it('reads a city typed in full on leaving the field', async () => {
    await i18n.changeLanguage('fr');
    const { onChange, input } = renderPicker();
    await userEvent.clear(input);
    await userEvent.type(input, 'montreal');
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith('America/Montreal');
    expect(input).toHaveValue('America/Montreal');
    await i18n.changeLanguage('en');
  });

  it('keeps text that names no zone, flags it, and changes nothing', async () => {
    await i18n.changeLanguage('fr');
    const { onChange, onInvalidChange, input } = renderPicker();
    await userEvent.clear(input);
    await userEvent.type(input, 'Atlantide');
    fireEvent.blur(input);
    expect(input).toHaveValue('Atlantide');
    expect(onChange).not.toHaveBeenCalled();
    expect(onInvalidChange).toHaveBeenLastCalledWith(true);
    expect(await screen.findByText(/« Atlantide » n’est pas un fuseau horaire/)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(input);
    await userEvent.type(input, 'Europe/Paris');
    expect(onInvalidChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByText(/n’est pas un fuseau horaire/)).not.toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
