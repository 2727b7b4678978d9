import { parseBlackout } from './blackout-rules';

describe('parseBlackout', () => {
  it('reads one day for the workspace, a closing for a site, a holiday for a country', () => {
    expect(parseBlackout({ startsOn: '2026-12-08', label: ' Séminaire ' })).toEqual({
      ok: true,
      value: { startsOn: '2026-12-08', endsOn: '2026-12-08', label: 'Séminaire', country: null, site: null },
    });
    expect(parseBlackout({ startsOn: '2026-12-24', endsOn: '2027-01-01', label: 'Fermeture', site: 'Lyon' })).toMatchObject({ ok: true, value: { endsOn: '2027-01-01', site: 'Lyon' } });
    expect(parseBlackout({ startsOn: '2026-07-14', label: 'Fête nationale', country: 'fr', site: '' })).toMatchObject({ ok: true, value: { country: 'FR', site: null } });
  });

  it.each([
    [{ label: 'x' }, ['startsOn']],
    [{ startsOn: '2026-02-30', label: 'x' }, ['startsOn']],
    [{ startsOn: '2026-12-08', endsOn: '2026-12-07', label: 'x' }, ['endsOn']],
    [{ startsOn: '2026-01-01', endsOn: '2027-01-02', label: 'x' }, ['endsOn']],
    [{ startsOn: '2026-12-08', label: '  ' }, ['label']],
    [{ startsOn: '2026-12-08', label: 'x', country: 'France' }, ['country']],
    [{ startsOn: '2026-12-08', label: 'x', country: 'FR', site: 'Lyon' }, ['site']],
  ])('refuses %j naming %j', (input, paths) => {
    const result = parseBlackout(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(paths);
  });
});
