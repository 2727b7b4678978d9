import { DEFAULT_COLORS } from '../branding/brand-style';
import { pageLocale, renderPreferencePage, type PreferencePageInput } from './preference-page';

const base: PreferencePageInput = {
  locale: 'en',
  workspaceName: 'Acme',
  firstName: 'Ada',
  subscribed: true,
  actionUrl: 'https://go.example.com/u/tok',
  notice: null,
  brand: null,
  styleNonce: 'bm9uY2U=',
};

describe('preference page', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['frisian-ish', 'en'],
  ])('locale %s → %s', (locale, expected) => {
    expect(pageLocale(locale)).toBe(expected);
  });

  it.each<[string, Partial<PreferencePageInput>, string[]]>([
    ['a subscribed learner in English gets the unsubscribe form', {}, ['lang="en"', 'value="unsubscribe"', 'Unsubscribe from promotional emails', 'Hello Ada,']],
    ['an unsubscribed learner gets the resubscribe form', { subscribed: false }, ['value="resubscribe"', 'Subscribe again']],
    ['French', { locale: 'fr-FR', notice: 'unsubscribed', subscribed: false }, ['lang="fr"', 'Me réabonner', 'vous êtes désabonné·e']],
    [
      'the brand kit',
      { brand: { name: 'Acme Academy', colors: { ...DEFAULT_COLORS, primary: '#ff0066' }, logoUrl: 'https://cdn.example.com/logo.png', logoAlt: 'Acme', fontFamily: 'Georgia, serif' } },
      ['#ff0066', 'src="https://cdn.example.com/logo.png"', 'Acme Academy', 'Georgia, serif'],
    ],
  ])('%s', (_name, overrides, fragments) => {
    const html = renderPreferencePage({ ...base, ...overrides });
    for (const fragment of fragments) expect(html).toContain(fragment);
  });

  it('keeps to its Content-Security-Policy: one style sheet with the nonce, no inline style or script, logos over https only', () => {
    const brand = { name: 'Acme', colors: DEFAULT_COLORS, logoUrl: 'https://cdn.example.com/logo.png', logoAlt: 'Acme', fontFamily: 'Georgia, serif' };
    const html = renderPreferencePage({ ...base, brand });
    expect(html.match(/<style[^>]*>/g)).toEqual(['<style nonce="bm9uY2U=">']);
    expect(html).not.toMatch(/<script|\sstyle=/);
    expect(html).toContain('class="logo"');
    expect(renderPreferencePage({ ...base, brand: { ...brand, logoUrl: 'http://cdn.example.com/logo.png' } })).not.toContain('<img');
  });

  it('escapes learner and brand values', () => {
    const html = renderPreferencePage({
      ...base,
      firstName: '<script>x</script>',
      brand: { name: 'A"B', colors: { ...DEFAULT_COLORS, primary: 'red;}</style><script>' }, logoUrl: 'javascript:alert(1)', logoAlt: null, fontFamily: 'x' },
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('A&#34;B');
  });
});
