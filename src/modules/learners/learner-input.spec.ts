import { FieldProblem } from '../../common/errors/field-problem';
import type { KnownZones } from '../../infrastructure/database/time-zones';
import { type LearnerInput, type LearnerValues, normaliseLearnerInput } from './learner-input';

// What PostgreSQL might list: the zones are whatever the catalogue says, not what Node's Intl accepts.
const ZONES = new Map(['Europe/Paris', 'America/New_York', 'UTC'].map((z) => [z.toLowerCase(), z]));
const zones: KnownZones = { canonical: (zone) => ZONES.get(zone.toLowerCase()) };

describe('normaliseLearnerInput', () => {
  describe('normalises valid values', () => {
    const cases: Array<[string, LearnerInput, LearnerValues]> = [
      ['trims and lower-cases the email', { email: '  Jean.DUPONT@Acme.FR ' }, { email: 'jean.dupont@acme.fr' }],
      ['trims the external id', { externalId: ' E-001 ' }, { externalId: 'E-001' }],
      ['canonicalises a lower-case locale', { locale: 'fr-fr' }, { locale: 'fr-FR' }],
      ['accepts a POSIX-style locale', { locale: 'en_gb' }, { locale: 'en-GB' }],
      ['keeps a bare language', { locale: 'de' }, { locale: 'de' }],
      ['canonicalises script and region case', { locale: 'SR-latn-rs' }, { locale: 'sr-Latn-RS' }],
      ['keeps a canonical IANA zone', { timeZone: 'Europe/Paris' }, { timeZone: 'Europe/Paris' }],
      ['trims a zone', { timeZone: ' Europe/Paris ' }, { timeZone: 'Europe/Paris' }],
      ['fixes the case of an IANA zone', { timeZone: 'america/new_york' }, { timeZone: 'America/New_York' }],
      ['accepts UTC', { timeZone: 'UTC' }, { timeZone: 'UTC' }],
      ['upper-cases the country', { country: ' fr ' }, { country: 'FR' }],
      ['turns an empty country into null', { country: '' }, { country: null }],
      ['accepts a real date', { hireDate: '2024-02-29' }, { hireDate: '2024-02-29' }],
      ['turns an empty date into null', { hireDate: ' ' }, { hireDate: null }],
      ['turns empty optional text into null', { firstName: '  ', department: '' }, { firstName: null, department: null }],
      ['trims optional text', { lastName: ' Dupont ', site: 'Lyon ' }, { lastName: 'Dupont', site: 'Lyon' }],
      ['keeps null optional text', { jobTitle: null, managerExternalId: null }, { jobTitle: null, managerExternalId: null }],
      ['lower-cases a persona id', { personaId: '3FA85F64-5717-4562-B3FC-2C963F66AFA6' }, { personaId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' }],
      ['clears the persona with null', { personaId: null }, { personaId: null }],
      ['keeps booleans', { consentEmail: false, consentNetwork: true }, { consentEmail: false, consentNetwork: true }],
      [
        'keeps flat attributes',
        { attributes: { grade: 'B2', seniority: 4, remote: true, badge: null } },
        { attributes: { grade: 'B2', seniority: 4, remote: true, badge: null } },
      ],
      ['leaves out fields that were not given', {}, {}],
    ];
    it.each(cases)('%s', (_name, input, expected) => {
      const { values, errors } = normaliseLearnerInput(input, zones);
      expect(errors).toEqual([]);
      expect(values).toEqual(expected);
    });
  });

  describe('reads countries and languages written by name, as HR exports do', () => {
    it.each([
      ['France', 'FR'],
      ['Belgique', 'BE'],
      ['belgium', 'BE'],
      ['CANADA', 'CA'],
      ['États-Unis', 'US'],
      ['etats unis', 'US'],
      ['Royaume-Uni', 'GB'],
      ['Côte d’Ivoire', 'CI'],
      ['Germany', 'DE'],
      [' fr ', 'FR'],
    ])('country %j → %j', (country, code) => {
      expect(normaliseLearnerInput({ country }, zones)).toEqual({ values: { country: code }, errors: [] });
    });

    it.each([
      ['Français', 'fr'],
      ['francais', 'fr'],
      ['English', 'en'],
      ['anglais', 'en'],
      ['Deutsch', 'de'],
      ['Espagnol', 'es'],
      ['néerlandais', 'nl'],
      ['fr_FR', 'fr-FR'],
      ['en', 'en'],
    ])('language %j → %j', (locale, tag) => {
      expect(normaliseLearnerInput({ locale }, zones)).toEqual({ values: { locale: tag }, errors: [] });
    });
  });

  describe('names the field of each problem', () => {
    const cases: Array<[string, LearnerInput, string, RegExp, FieldProblem]> = [
      ['an email without domain', { email: 'jean.dupont' }, 'email', /not a valid email/, FieldProblem.InvalidEmail],
      ['an email with a space', { email: 'jean dupont@acme.fr' }, 'email', /not a valid email/, FieldProblem.InvalidEmail],
      ['a null email', { email: null }, 'email', /cannot be null/, FieldProblem.Required],
      ['an empty external id', { externalId: '  ' }, 'externalId', /must not be empty/, FieldProblem.Required],
      ['a too long external id', { externalId: 'x'.repeat(201) }, 'externalId', /at most 200/, FieldProblem.TooLong],
      ['an unknown time zone', { timeZone: 'Europe/Lyon' }, 'timeZone', /not an IANA time zone/, FieldProblem.UnknownTimeZone],
      ['a zone the catalogue lacks, whatever Intl says', { timeZone: 'US/Pacific-New' }, 'timeZone', /"US\/Pacific-New" is not an IANA time zone known to the database/, FieldProblem.UnknownTimeZone],
      ['an offset instead of a zone', { timeZone: '+01:00' }, 'timeZone', /not an IANA time zone/, FieldProblem.UnknownTimeZone],
      ['a null time zone', { timeZone: null }, 'timeZone', /IANA time zone/, FieldProblem.UnknownTimeZone],
      ['a malformed locale', { locale: 'fr--FR' }, 'locale', /BCP 47/, FieldProblem.InvalidLocale],
      ['a word that names no language', { locale: 'klingon' }, 'locale', /"klingon" is not a language: a BCP 47 tag/, FieldProblem.InvalidLocale],
      ['a word with an accent that names no language', { locale: 'françois' }, 'locale', /BCP 47/, FieldProblem.InvalidLocale],
      ['a name that is no country', { country: 'Atlantide' }, 'country', /"Atlantide" is not a country: an ISO 3166-1 alpha-2 code .* or a name in French or English/, FieldProblem.InvalidCountry],
      ['an unassigned country code', { country: 'XX' }, 'country', /ISO 3166-1/, FieldProblem.InvalidCountry],
      ['a date in another format', { hireDate: '15/03/2021' }, 'hireDate', /YYYY-MM-DD/, FieldProblem.InvalidDate],
      ['an impossible date', { hireDate: '2023-02-29' }, 'hireDate', /not a real date/, FieldProblem.InvalidDate],
      ['a month 13', { hireDate: '2023-13-01' }, 'hireDate', /not a real date/, FieldProblem.InvalidDate],
      ['a persona id that is not a UUID', { personaId: 'sales' }, 'personaId', /UUID/, FieldProblem.InvalidUuid],
      ['a consent that is not a boolean', { consentEmail: 'yes' }, 'consentEmail', /true or false/, FieldProblem.InvalidBoolean],
      ['attributes that are a list', { attributes: ['a'] }, 'attributes', /object/, FieldProblem.WrongType],
      ['a nested attribute object', { attributes: { manager: { id: 1 } } }, 'attributes.manager', /no nested objects/, FieldProblem.WrongType],
      ['a list attribute', { attributes: { skills: ['sql'] } }, 'attributes.skills', /no nested objects/, FieldProblem.WrongType],
      ['a non-finite number attribute', { attributes: { score: Number.NaN } }, 'attributes.score', /number/, FieldProblem.WrongType],
      ['an attribute key with a dot', { attributes: { 'a.b': 1 } }, 'attributes.a.b', /keys are/, FieldProblem.InvalidAttributeKey],
      ['a text field given a number', { firstName: 12 }, 'firstName', /string/, FieldProblem.WrongType],
      ['a first name with a line break', { firstName: 'Jeanne\r\nBcc: all@acme.fr' }, 'firstName', /line breaks/, FieldProblem.ControlCharacters],
      ['a last name with a tab', { lastName: 'Du\tpont' }, 'lastName', /control characters/, FieldProblem.ControlCharacters],
      ['an email with a quoted line break', { email: '"jean\ndupont"@acme.fr' }, 'email', /line breaks/, FieldProblem.ControlCharacters],
    ];
    it.each(cases)('%s', (_name, input, field, message, code) => {
      const { errors, values } = normaliseLearnerInput(input, zones);
      expect(errors).toEqual([{ field, message: expect.stringMatching(message), code }]);
      expect(Object.keys(values)).toHaveLength(0);
    });
  });

  it('requires the fields it is told to, and reports every problem at once', () => {
    const { errors } = normaliseLearnerInput({ email: '', timeZone: 'Nowhere/City', country: 'FRA' }, zones, ['externalId', 'email']);
    expect(errors.map((e) => e.field).sort()).toEqual(['country', 'email', 'externalId', 'timeZone']);
    expect(errors.find((e) => e.field === 'email')?.message).toBe('is required');
  });

  it('refuses more than 100 attributes', () => {
    const attributes = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    expect(normaliseLearnerInput({ attributes }, zones).errors).toEqual([{ field: 'attributes', message: 'must have at most 100 keys', code: FieldProblem.TooMany }]);
  });
});
