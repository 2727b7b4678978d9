import { FieldProblem } from '../../common/errors/field-problem';
import type { KnownZones } from '../../infrastructure/database/time-zones';
import { planLearnerColumns } from './learner-csv-columns';
import { type ImportRowError, LearnerRowChecker } from './learner-row-checker';

const ZONES = new Map(['Europe/Paris', 'UTC'].map((z) => [z.toLowerCase(), z]));
const zones: KnownZones = { canonical: (zone) => ZONES.get(zone.toLowerCase()) };
const HEADER = ['Matricule', 'Adresse e-mail', 'Date d’embauche', 'Pays', 'Langue', 'Fuseau horaire', 'Persona'];
const PERSONAS = new Map([['Curious Explorer', 'b1a0c8a2-0000-4000-8000-000000000001']]);

function checker() {
  return new LearnerRowChecker(planLearnerColumns(HEADER).layout, PERSONAS, zones, 'windows-1252');
}
const errorsOf = (cells: string[], row = 2) => checker().check({ row, cells })?.errors.map(({ field, code, value }: ImportRowError) => ({ field, code, value }));

describe('LearnerRowChecker', () => {
  it('passes a good row, normalised as the API would', () => {
    const checked = checker().check({ row: 2, cells: ['E-1', 'Jeanne@Acme.fr', '15/03/2021', 'France', 'français', 'europe/paris', 'curious explorer'] });
    expect(checked).toEqual({
      values: {
        externalId: 'E-1',
        email: 'jeanne@acme.fr',
        hireDate: '2021-03-15',
        country: 'FR',
        locale: 'fr',
        timeZone: 'Europe/Paris',
        personaId: PERSONAS.get('Curious Explorer'),
      },
      errors: [],
    });
  });

  const cases: Array<[string, string[], Array<{ field: string; code: FieldProblem; value?: string }>]> = [
    ['a bad email', ['E-1', 'jeanne(at)acme.fr', '', '', '', '', ''], [{ field: 'Adresse e-mail', code: FieldProblem.InvalidEmail, value: 'jeanne(at)acme.fr' }]],
    ['a day-first date that does not exist, quoted as written', ['E-1', 'j@acme.fr', '31/02/2024', '', '', '', ''], [{ field: 'Date d’embauche', code: FieldProblem.InvalidDate, value: '31/02/2024' }]],
    ['an unknown country', ['E-1', 'j@acme.fr', '', 'Atlantide', '', '', ''], [{ field: 'Pays', code: FieldProblem.InvalidCountry, value: 'Atlantide' }]],
    ['an unknown language', ['E-1', 'j@acme.fr', '', '', 'klingon', '', ''], [{ field: 'Langue', code: FieldProblem.InvalidLocale, value: 'klingon' }]],
    ['an unknown zone', ['E-1', 'j@acme.fr', '', '', '', 'Mars/Olympus', ''], [{ field: 'Fuseau horaire', code: FieldProblem.UnknownTimeZone, value: 'Mars/Olympus' }]],
    ['an unknown persona', ['E-1', 'j@acme.fr', '', '', '', '', 'Skeptic'], [{ field: 'Persona', code: FieldProblem.UnknownPersona, value: 'Skeptic' }]],
    ['a missing email', ['E-1', '', '', '', '', '', ''], [{ field: 'Adresse e-mail', code: FieldProblem.Required, value: undefined }]],
    [
      'several problems, left to right',
      ['', 'nope', '2024-13-01', 'ZZ', '', '', ''],
      [
        { field: 'Matricule', code: FieldProblem.Required, value: undefined },
        { field: 'Adresse e-mail', code: FieldProblem.InvalidEmail, value: 'nope' },
        { field: 'Date d’embauche', code: FieldProblem.InvalidDate, value: '2024-13-01' },
        { field: 'Pays', code: FieldProblem.InvalidCountry, value: 'ZZ' },
      ],
    ],
  ];
  it.each(cases)('reports %s at its column, with the cell as written', (_name, cells, expected) => {
    expect(errorsOf(cells)).toEqual(expected);
  });

  it('reports an undecodable cell, never reading the row further', () => {
    const checked = checker().check({ row: 3, cells: ['E-1', 'x@acme.fr', '', 'Fran\uFFFDe', '', '', ''], undecodableCell: 3 });
    expect(checked?.errors).toEqual([{ row: 3, field: 'Pays', code: FieldProblem.Undecodable, message: expect.stringContaining('windows-1252'), value: 'Fran\uFFFDe' }]);
  });

  it('keeps the first row of an external id and reports the later ones', () => {
    const c = checker();
    expect(c.check({ row: 2, cells: ['E-1', 'a@acme.fr', '', '', '', '', ''] })?.errors).toEqual([]);
    expect(c.check({ row: 3, cells: ['E-1', 'b@acme.fr', '', '', '', '', ''] })?.errors).toEqual([
      { row: 3, field: 'Matricule', code: FieldProblem.RepeatedExternalId, message: '"E-1" already appears in row 2; only that row is imported', value: 'E-1' },
    ]);
  });

  it('skips a row of bare separators', () => {
    expect(checker().check({ row: 2, cells: ['', '', '', '', '', '', ''] })).toBeNull();
  });
});
