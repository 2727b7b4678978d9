import { Channel } from '../../common/enums';
import { checkVariantsShape, resolveLocale } from './template-content';

describe('resolveLocale', () => {
  it.each([
    [['en', 'fr'], ['fr', 'en'], 'fr'],
    [['en', 'fr'], ['de', 'fr'], 'fr'],
    [['en', 'fr'], ['de', 'it'], 'en'],
    [['fr', 'de'], [undefined, null, 'es'], 'de'],
    [['fr'], ['fr-CA'], 'fr'],
    [['fr-CA', 'en'], ['fr'], 'fr-CA'],
    [['en', 'fr'], ['FR'], 'fr'],
  ])('available %j, wanted %j → %s', (available, wanted, expected) => {
    expect(resolveLocale(available, wanted)).toBe(expected);
  });
});

describe('checkVariantsShape', () => {
  it('names every missing or unknown field with its path', () => {
    const { errors } = checkVariantsShape(Channel.Email, { en: { subject: '', body: 5, extra: 'x' }, 'french!': {} });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'variants.en.extra', message: 'is not a field of a email variant', code: 'FIELD.UNKNOWN' },
        { path: 'variants.en.subject', message: 'must not be empty', code: 'FIELD.REQUIRED' },
        { path: 'variants.en.preheader', message: 'is required', code: 'FIELD.REQUIRED' },
        { path: 'variants.en.body', message: 'must be a string', code: 'FIELD.WRONG_TYPE' },
        { path: 'variants.french!', message: 'locale must look like "fr", "en" or "fr-CA"', code: 'FIELD.INVALID_LOCALE' },
      ]),
    );
  });

  it('checks talking points lists and post calls to action', () => {
    expect(checkVariantsShape(Channel.TalkingPoints, { fr: { subject: 's', preheader: 'p', intro: 'i', postText: 't', keyMessages: [], faq: [{ question: 'q' }] } }).errors).toEqual([
      { path: 'variants.fr.keyMessages', message: 'must be a list of 1 to 10 messages', code: 'FIELD.TOO_MANY' },
      { path: 'variants.fr.faq[0].answer', message: 'is required', code: 'FIELD.REQUIRED' },
    ]);
    expect(checkVariantsShape(Channel.Post, { fr: { title: 't', body: 'b', callToAction: { label: 'Go' } } }).errors).toEqual([
      { path: 'variants.fr.callToAction.url', message: 'is required', code: 'FIELD.REQUIRED' },
    ]);
  });

  it('refuses an empty set of variants', () => {
    expect(checkVariantsShape(Channel.Email, {}).errors[0].path).toBe('variants');
  });
});
