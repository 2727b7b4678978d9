import { describe, expect, it } from 'vitest';
import { errorsAt, lineDiagnostics, placeError } from './error-placement';

describe('placing the api’s problems', () => {
  it.each([
    [{ path: 'variants.fr.body', message: 'line 3: unknown variable "learner.fristName"' }, { locale: 'fr', field: 'body', line: 3, message: 'unknown variable "learner.fristName"' }],
    [{ path: 'variants.en.subject', message: 'line 1: unknown helper "fomatDate"' }, { locale: 'en', field: 'subject', line: 1, message: 'unknown helper "fomatDate"' }],
    [{ path: 'variants.fr-CA.faq[1].answer', message: 'must not be empty' }, { locale: 'fr-CA', field: 'faq[1].answer', line: null, message: 'must not be empty' }],
    [{ path: 'variants.fr.callToAction.url', message: 'line 1: "learner.firstName" is not a link variable' }, { locale: 'fr', field: 'callToAction.url', line: 1 }],
    [{ path: 'variants.en', message: 'line 12: </mj-column> closes <mj-text>' }, { locale: 'en', field: null, line: 12 }],
    [{ path: 'variants', message: 'must be an object with at least one locale' }, { locale: null, field: null, line: null }],
    [{ path: 'variants.fr.body', message: 'brand layout: something (<mj-text>)' }, { locale: 'fr', field: 'body', line: null, message: 'brand layout: something (<mj-text>)' }],
  ])('%o', (error, placed) => {
    expect(placeError(error)).toMatchObject(placed);
  });

  it('says a coded problem in the reader’s words, without its line (the placement says it)', () => {
    const coded = { path: 'variants.fr.body', message: 'line 4: unknown variable "learner.fristName"', code: 'SOURCE.UNKNOWN_VARIABLE', params: { name: 'learner.fristName', line: 4 } };
    const said = placeError(coded, (p) => `variable inconnue « ${p.params?.name} » (${p.message})`);
    expect(said).toMatchObject({ line: 4, code: 'SOURCE.UNKNOWN_VARIABLE', message: 'variable inconnue « learner.fristName » (unknown variable "learner.fristName")' });
    expect(placeError({ path: 'variants.fr.body', message: 'line 2: x' }, () => 'never')).toMatchObject({ message: 'x' });
  });

  it('finds the problems of one field of one locale', () => {
    const errors = [
      placeError({ path: 'variants.fr.body', message: 'line 2: a' }),
      placeError({ path: 'variants.en.body', message: 'line 2: b' }),
      placeError({ path: 'variants.fr.subject', message: 'line 1: c' }),
    ];
    expect(errorsAt(errors, 'fr', 'body').map((e) => e.message)).toEqual(['a']);
  });
});

describe('problems as diagnostics at their line', () => {
  const doc = '<mj-section>\n  <mj-column>\n    <mj-text>Bonjour {{learner.fristName}}</mj-text>\n  </mj-column>\n</mj-section>';
  const at = (line: number | null) => ({ path: 'variants.fr.body', locale: 'fr', field: 'body', line, message: 'unknown variable' });

  it('marks the line the message names, from its first character after the indentation', () => {
    const [d] = lineDiagnostics(doc, [at(3)]);
    expect(doc.slice(d!.from, d!.to)).toBe('<mj-text>Bonjour {{learner.fristName}}</mj-text>');
    expect(d).toMatchObject({ severity: 'error', message: 'unknown variable' });
  });

  it('marks the last line for a line past the end (the text changed since), the first for a problem without a line', () => {
    const [past, none] = lineDiagnostics(doc, [at(40), at(null)]);
    expect(doc.slice(past!.from, past!.to)).toBe('</mj-section>');
    expect(doc.slice(none!.from, none!.to)).toBe('<mj-section>');
  });

  it('places a problem on an empty line or an empty document without going out of bounds', () => {
    expect(lineDiagnostics('a\n\nb', [at(2)])[0]).toMatchObject({ from: 2, to: 2 });
    expect(lineDiagnostics('', [at(3)])[0]).toMatchObject({ from: 0, to: 0 });
  });
});
