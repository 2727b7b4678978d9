import { copyTextLine } from './copy-text';

describe('copyTextLine', () => {
  it.each([
    ['plain text and numbers', ['Dupont', 42], 'Dupont\t42\n'],
    ['null and undefined as \\N', [null, undefined, ''], '\\N\t\\N\t\n'],
    ['booleans as t and f', [true, false], 't\tf\n'],
    ['a tab inside a value', ['a\tb'], 'a\\tb\n'],
    ['line breaks inside a value', ['line 1\r\nline 2'], 'line 1\\r\\nline 2\n'],
    ['a backslash, so \\N typed by a user stays text', ['C:\\N'], 'C:\\\\N\n'],
    ['JSON with quotes and commas as is', ['{"a": "x, y"}'], '{"a": "x, y"}\n'],
  ])('encodes %s', (_name, values, line) => {
    expect(copyTextLine(values)).toBe(line);
  });
});
