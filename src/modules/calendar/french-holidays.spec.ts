import { frenchPublicHolidays } from './french-holidays';

describe('frenchPublicHolidays', () => {
  it('gives the eleven public holidays of 2026, Easter-based ones included, in French', () => {
    expect(frenchPublicHolidays(2026, 'fr')).toEqual([
      { date: '2026-01-01', name: 'Nouvel An' },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du travail' },
      { date: '2026-05-08', name: 'Fête de la Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête Nationale de la France' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('moves with Easter (2027: 28 March) and names the days in English', () => {
    const days = frenchPublicHolidays(2027, 'en');
    expect(days).toHaveLength(11);
    expect(days).toContainEqual({ date: '2027-03-29', name: 'Easter Monday' });
    expect(days).toContainEqual({ date: '2027-05-06', name: 'Ascension Day' });
    expect(days).toContainEqual({ date: '2027-05-17', name: 'Whit Monday' });
  });
});
