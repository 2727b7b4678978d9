import { describe, expect, it } from 'vitest';
import { csvCell, errorFileName, errorFileText, parseCsvRecords } from './error-file';

const labels = { row: 'Row', field: 'Column', value: 'Value as written', message: 'Problem', errors: 'Errors' };

describe('the error file', () => {
  it('parses CSV records as the api counts rows: quotes, doubled quotes, CRLF, line breaks in quotes, empty lines skipped', () => {
    const text = '\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n\r\n"two\nlines";z\n';
    expect(parseCsvRecords(text, ';')).toEqual([
      ['a', 'b'],
      ['x;1', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('holds the failed rows as written, their errors in a last column, with a BOM and the file’s separator', () => {
    const records = [
      ['Matricule', 'Prénom', 'Adresse e-mail'],
      ['E-1', 'Hélène', 'helene@acme.fr'],
      ['E-2', 'Benoît', 'pas-un-email'],
    ];
    const text = errorFileText({
      errors: [{ row: 3, field: 'Adresse e-mail', message: '"pas-un-email" is not an email address', value: 'pas-un-email' }],
      records,
      separator: ';',
      labels,
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Matricule;Prénom;Adresse e-mail;Errors',
      'E-2;Benoît;pas-un-email;"Adresse e-mail: ""pas-un-email"" is not an email address"',
      '',
    ]);
  });

  it('lists the errors alone when the file cannot be read back', () => {
    const text = errorFileText({ errors: [{ row: 7, field: 'hire_date', message: 'not a date', value: '31/02/2024' }], records: null, separator: ',', labels });
    expect(text.slice(1).split('\r\n')).toEqual(['Row,Column,Value as written,Problem', '7,hire_date,31/02/2024,not a date', '']);
  });

  it('defuses formulas and names the file after the imported one', () => {
    expect(csvCell('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12', ',')).toBe("'-12");
    expect(errorFileName('export RH.csv', 'erreurs')).toBe('export RH-erreurs.csv');
  });
});
