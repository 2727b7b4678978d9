import { isHeaderText, mailbox } from './mail-headers';

describe('header text', () => {
  it.each<[string, string, boolean]>([
    ['a plain name', 'Jeanne Dupont', true],
    ['accents and punctuation', 'Léa O’Brien-Müller, PhD', true],
    ['a CR LF', 'Jeanne\r\nBcc: all@acme.fr', false],
    ['a lone LF', 'Jeanne\nDupont', false],
    ['a tab', 'Jeanne\tDupont', false],
    ['a NUL', 'Jeanne\u0000', false],
    ['a DEL', 'Jeanne\u007f', false],
    ['a C1 next line', 'Jeanne\u0085Dupont', false],
  ])('%s', (_name, value, safe) => {
    expect(isHeaderText(value)).toBe(safe);
  });

  it.each<[string | null, string]>([
    ['Jeanne\r\nBcc: all@acme.fr', 'Jeanne Bcc: all@acme.fr'],
    ['Du\tpont\u0007', 'Du pont'],
    ['Léa Martin', 'Léa Martin'],
    [null, ''],
  ])('folds the display name %j onto one line', (name, folded) => {
    expect(mailbox(name, 'a@acme.example')).toEqual({ name: folded, address: 'a@acme.example' });
  });
});
