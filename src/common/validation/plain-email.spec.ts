import { isPlainEmail } from './plain-email';

describe('isPlainEmail', () => {
  it.each(['dlm@acme.example', 'first.last+tag@mail.acme.co.uk', "o'brien@example.com", 'x@xn--bcher-kva.example', 'a_b-c@sub-domain.example.org'])('accepts %s', (address) => {
    expect(isPlainEmail(address)).toBe(true);
  });

  it.each([
    ['a quoted local part', '"evil@evil.test"@example.test'],
    ['a quoted local part with spaces', '"john doe"@example.com'],
    ['a display name', 'Evil <evil@example.test>'],
    ['angle brackets alone', '<evil@example.test>'],
    ['a comment', 'evil(comment)@example.test'],
    ['a comment in the domain', 'evil@(comment)example.test'],
    ['two recipients', 'a@example.test, b@example.test'],
    ['two recipients without space', 'a@example.test,b@example.test'],
    ['an IP literal', 'root@[127.0.0.1]'],
    ['a dotless domain', 'root@localhost'],
    ['a leading dot', '.a@example.com'],
    ['two dots', 'a..b@example.com'],
    ['a trailing dot in the domain', 'a@example.com.'],
    ['a line break', 'a@example.com\r\nBcc: b@example.com'],
    ['white space', 'a b@example.com'],
    ['no local part', '@example.com'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.com`],
    ['an address over 254 characters', `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(63)}.com`],
    ['not a string', 42],
  ])('refuses %s', (_, value) => {
    expect(isPlainEmail(value)).toBe(false);
  });
});
