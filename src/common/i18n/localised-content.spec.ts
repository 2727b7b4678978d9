import { localise, type Translation } from './localised-content';

type Kit = { senderName: string; footerText: string; legalMention: string };
const FIELDS = ['senderName', 'footerText', 'legalMention'] as const;
const base: Kit = { senderName: 'Académie Acme', footerText: 'Vous recevez ce message…', legalMention: '' };
const translations: Array<Translation<Kit, (typeof FIELDS)[number]>> = [
  { locale: 'en', senderName: 'Acme Academy', footerText: 'You receive this…' },
  { locale: 'de', legalMention: 'Acme GmbH, Berlin' },
  { locale: 'fr-CA', footerText: 'Vous recevez ce courriel…' },
];

describe('localise', () => {
  it.each([
    ['the reader’s locale first', ['en', 'fr'], { senderName: 'Acme Academy', footerText: 'You receive this…' }],
    ['the same language when the exact locale is absent', ['en-GB', 'fr'], { senderName: 'Acme Academy', footerText: 'You receive this…' }],
    ['the exact locale before another of the same language', ['fr-CA', 'fr'], { senderName: 'Académie Acme', footerText: 'Vous recevez ce courriel…' }],
    ['the workspace default, then the base values, for a locale nobody wrote', ['es', 'fr'], { senderName: 'Académie Acme', footerText: 'Vous recevez ce message…' }],
    ['the workspace default’s translation before the base', ['es', 'en'], { senderName: 'Acme Academy', footerText: 'You receive this…' }],
    ['the base values for the workspace’s own locale, before another locale of its language', [null, 'fr'], { footerText: 'Vous recevez ce message…' }],
  ] as Array<[string, [string | null, string], Partial<Kit>]>)('takes %s', (_, [reader, workspace], expected) => {
    expect(localise(base, translations, FIELDS, { reader, workspace })).toMatchObject(expected);
  });

  it('falls back per field, to any locale last, so a field written in one language only is never lost', () => {
    // Nobody wrote a legal mention in French or English: the German one is better than none.
    expect(localise(base, translations, FIELDS, { reader: 'en', workspace: 'fr' }).legalMention).toBe('Acme GmbH, Berlin');
    expect(localise(base, [{ locale: 'en', footerText: '  ' }], FIELDS, { reader: 'en', workspace: 'fr' }).footerText).toBe('Vous recevez ce message…');
  });

  it('treats an empty list as no value, and leaves fields it is not asked about', () => {
    const course = { title: 'Manager à distance', skills: ['Feedback'], code: 'MGT' };
    const out = localise(course, [{ locale: 'en', title: 'Remote management', skills: [] }], ['title', 'skills'] as const, { reader: 'en', workspace: 'fr' });
    expect(out).toEqual({ title: 'Remote management', skills: ['Feedback'], code: 'MGT' });
  });

  it('returns the base values themselves when there is no translation', () => {
    expect(localise(base, [], FIELDS, { reader: 'en', workspace: 'fr' })).toBe(base);
    expect(localise(base, null, FIELDS, { reader: 'en', workspace: 'fr' })).toBe(base);
  });
});
