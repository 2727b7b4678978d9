import { FieldProblem } from '../../common/errors/field-problem';
import { attributeKey, type CsvField, headerForField, planLearnerColumns, readLearnerRow, SUGGESTED_HEADERS } from './learner-csv-columns';

describe('planLearnerColumns', () => {
  const cases: Array<[string, CsvField]> = [
    ['externalId', 'externalId'],
    ['external_id', 'externalId'],
    ['External ID', 'externalId'],
    ['EMPLOYEE_ID', 'externalId'],
    ['Matricule', 'externalId'],
    ['E-mail', 'email'],
    ['Courriel', 'email'],
    ['Adresse e-mail', 'email'],
    ['first_name', 'firstName'],
    ['Prénom', 'firstName'],
    ['lastName', 'lastName'],
    ['Nom', 'lastName'],
    ['time_zone', 'timeZone'],
    ['Timezone', 'timeZone'],
    ['Fuseau horaire', 'timeZone'],
    ['job title', 'jobTitle'],
    ['Département', 'department'],
    ['manager', 'managerExternalId'],
    ['manager_external_id', 'managerExternalId'],
    ['hire_date', 'hireDate'],
    ["Date d'embauche", 'hireDate'],
    ['Pays', 'country'],
    ['persona', 'persona'],
    ['network handle', 'networkHandle'],
    ['consent_email', 'consentEmail'],
    ['Consentement réseau', 'consentNetwork'],
  ];
  it.each(cases)('maps the header "%s" to %s', (header, field) => {
    const { layout } = planLearnerColumns(['Notes', header]);
    expect(layout.fields[field]).toEqual({ index: 1, header });
  });

  it('sends unknown columns to attributes under a snake_case key, and ignores headerless columns', () => {
    const { layout, missing, ambiguous } = planLearnerColumns(['externalId', 'email', 'Cost Center', 'badgeLevel', '']);
    expect([...missing, ...ambiguous]).toEqual([]);
    expect(layout.attributes).toEqual([
      { index: 2, header: 'Cost Center', key: 'cost_center' },
      { index: 3, header: 'badgeLevel', key: 'badge_level' },
    ]);
  });

  it('names each missing required column', () => {
    const { missing } = planLearnerColumns(['first_name', 'last_name']);
    expect(missing.map((p) => [p.path, p.code])).toEqual([
      ['externalId', 'IMPORT.MISSING_COLUMN'],
      ['email', 'IMPORT.MISSING_COLUMN'],
    ]);
    // The headers it suggests include French ones, and each of them is read as that column.
    expect(missing[0]!.message).toBe('the file has no externalId column (headed e.g. external_id, employee_id, Matricule, Identifiant)');
    expect(missing[1]!.message).toBe('the file has no email column (headed e.g. email, E-mail, Courriel, Adresse e-mail)');
    for (const [field, headers] of Object.entries(SUGGESTED_HEADERS)) {
      for (const header of headers) expect(planLearnerColumns([header]).layout.fields).toEqual({ [field]: { index: 0, header } });
    }
  });

  it('refuses two columns for the same field or the same attribute key, naming the column each collides with', () => {
    const { ambiguous, collisions } = planLearnerColumns(['externalId', 'email', 'Courriel', 'Cost center', 'cost_center']);
    expect(ambiguous).toEqual([
      { path: 'Courriel', message: 'both "email" and "Courriel" are the email column', code: 'IMPORT.AMBIGUOUS_COLUMN' },
      { path: 'cost_center', message: 'both "Cost center" and "cost_center" would be the attribute "cost_center"', code: 'IMPORT.AMBIGUOUS_COLUMN' },
    ]);
    expect([...collisions]).toEqual([
      [2, 1],
      [4, 3],
    ]);
  });
});

describe('attributeKey', () => {
  it.each([
    ['Cost Center', 'cost_center'],
    ['costCenter', 'cost_center'],
    ['Centre de coût', 'centre_de_cout'],
    ['  N° badge ', 'n_badge'],
    ['###', 'column_4'],
  ])('%s → %s', (header, key) => {
    expect(attributeKey(header, 3)).toBe(key);
  });
});

describe('readLearnerRow', () => {
  const header = ['externalId', 'email', 'locale', 'timezone', 'consent_email', 'consent_network', 'hire_date', 'department', 'persona', 'Grade'];
  const { layout } = planLearnerColumns(header);
  const read = (values: Partial<Record<(typeof header)[number], string>>) => readLearnerRow(header.map((h) => values[h] ?? ''), layout);

  it('reads cells into learner input and attributes', () => {
    const row = read({ externalId: 'E1', email: 'a@b.fr', locale: 'fr-fr', department: 'Sales', persona: 'Explorer', Grade: 'B2' });
    expect(row.errors).toEqual([]);
    expect(row.personaName).toBe('Explorer');
    expect(row.input).toEqual({
      externalId: 'E1',
      email: 'a@b.fr',
      locale: 'fr-fr',
      hireDate: '',
      department: 'Sales',
      attributes: { grade: 'B2' },
    });
  });

  it('leaves empty locale, time zone and consents out, and empty attribute cells too', () => {
    const row = read({ externalId: 'E1', email: 'a@b.fr' });
    expect(row.input).not.toHaveProperty('locale');
    expect(row.input).not.toHaveProperty('timeZone');
    expect(row.input).not.toHaveProperty('consentEmail');
    expect(row.input.attributes).toEqual({});
    expect(row.input.department).toBe('');
    expect(row.personaName).toBeNull();
  });

  it.each([
    ['yes', true],
    ['Oui', true],
    ['1', true],
    ['TRUE', true],
    ['non', false],
    ['No', false],
    ['0', false],
    ['false', false],
  ])('reads the consent "%s" as %s', (cell, expected) => {
    expect(read({ consent_email: cell, consent_network: cell }).input).toMatchObject({ consentEmail: expected, consentNetwork: expected });
  });

  it('names the column of an unreadable consent', () => {
    expect(read({ consent_network: 'peut-être' }).errors).toEqual([{ field: 'consent_network', message: expect.stringMatching(/oui\/non/), code: FieldProblem.InvalidBoolean }]);
  });

  it.each([
    ['15/03/2021', '2021-03-15'],
    ['1/2/2020', '2020-02-01'],
    ['2021-03-15', '2021-03-15'],
    ['March 15', 'March 15'],
  ])('reads the hire date "%s" as "%s"', (cell, expected) => {
    expect(read({ hire_date: cell }).input.hireDate).toBe(expected);
  });

  it('refuses a row with more values than the header, unless the extras are empty', () => {
    const cells = header.map((h) => (h.startsWith('consent') ? 'yes' : 'x'));
    expect(readLearnerRow([...cells, 'Jean'], layout).errors).toEqual([{ field: 'row', message: expect.stringMatching(/quote values/), code: FieldProblem.WrongCellCount }]);
    expect(readLearnerRow([...cells, '', ' '], layout).errors).toEqual([]);
  });

  it('treats missing trailing cells as empty', () => {
    expect(readLearnerRow(['E1', 'a@b.fr'], layout).input).toMatchObject({ externalId: 'E1', email: 'a@b.fr', department: '' });
  });

  it('names errors by the file header', () => {
    expect(headerForField('timeZone', layout)).toBe('timezone');
    expect(headerForField('attributes.grade', layout)).toBe('Grade');
    expect(headerForField('site', layout)).toBe('site');
  });
});
