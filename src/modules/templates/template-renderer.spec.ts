import { Channel } from '../../common/enums';
import { DEFAULT_BRAND, type BrandStyle } from '../branding/brand-style';
import { sampleContext } from './sample-data';
import type { Variants } from './template-content';
import { TemplateEngine } from './template-engine';
import { TemplateLibrary } from './template-library';
import { type RenderableVersion, TemplateRenderer } from './template-renderer';

const EMAIL: Variants = {
  en: {
    subject: 'Hello {{learner.firstName}}',
    preheader: 'For {{learner.firstName}}',
    body: '<mj-section><mj-column><mj-text>Hello {{learner.firstName}} from {{learner.department}}</mj-text><mj-button href="{{links.enrol}}">Enrol</mj-button></mj-column></mj-section>',
  },
};

function request(version: RenderableVersion, brand: BrandStyle = DEFAULT_BRAND, hostile?: Partial<ReturnType<typeof sampleContext>['learner']>) {
  const context = sampleContext('en', brand);
  Object.assign(context.learner, hostile);
  return { version, locale: 'en', brand, context, timeZone: 'Europe/Paris' };
}

describe('TemplateRenderer', () => {
  const renderer = new TemplateRenderer(TemplateLibrary.default());
  const version: RenderableVersion = { id: 'v-escape', channel: Channel.Email, variants: EMAIL };

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;'],
    ['{{links.unsubscribe}}', '{{links.unsubscribe}}'],
  ])('escapes a hostile first name %p in the HTML', async (firstName, escaped) => {
    const email = await renderer.renderEmail(request(version, DEFAULT_BRAND, { firstName, department: '<b>Sales</b>' }));
    expect(email.html).toContain(`Hello ${escaped} from &lt;b&gt;Sales&lt;/b&gt;`);
    expect(email.html).not.toContain(firstName.startsWith('{{') ? 'https://learning.example.com/u/sample-token"' + firstName : firstName);
  });

  it('keeps the subject on one line whatever the learner data holds', async () => {
    const email = await renderer.renderEmail(request(version, DEFAULT_BRAND, { firstName: 'Eve\r\nBcc: victim@example.com' }));
    expect(email.subject).toBe('Hello Eve Bcc: victim@example.com');
  });

  it('blanks URLs that are not http(s) in the data', async () => {
    const hostile = request(version);
    hostile.context.links.enrol = 'javascript:alert(1)';
    const email = await renderer.renderEmail(hostile);
    expect(email.html).not.toContain('javascript:');
  });

  it('compiles MJML once per version, locale and brand version, then only runs Handlebars', async () => {
    const fresh = new TemplateRenderer(TemplateLibrary.default());
    const cached: RenderableVersion = { id: 'v-cache', channel: Channel.Email, variants: EMAIL };
    const [first] = await Promise.all([fresh.renderEmail(request(cached)), fresh.renderEmail(request(cached))]);
    const other = await fresh.renderEmail(request(cached, DEFAULT_BRAND, { firstName: 'Zoé' }));
    expect(fresh.cachedEmails).toBe(1);
    expect(other.html).toBe(first.html.replace(/Alex/g, 'Zoé'));

    // A brand kit change bumps its version: a new compilation, with the new look.
    const restyled = { ...DEFAULT_BRAND, id: 'kit', version: 2, colors: { ...DEFAULT_BRAND.colors, primary: '#c0ffee' } };
    const email = await fresh.renderEmail(request(cached, restyled));
    expect(fresh.cachedEmails).toBe(2);
    expect(email.html).toContain('#c0ffee');
    expect(first.html).not.toContain('#c0ffee');
  });

  it('derives the text part from the HTML, links included', async () => {
    const email = await renderer.renderEmail(request(version, DEFAULT_BRAND, { firstName: 'Alex' }));
    expect(email.text).toContain('Hello Alex from Sales');
    expect(email.text).toContain('Enrol [https://learning.example.com/enrol/spring]');
    expect(email.text).toContain('Unsubscribe [https://learning.example.com/u/sample-token]');
  });
});

describe('TemplateEngine: no prototype access', () => {
  const engine = new TemplateEngine();
  // Rendered directly, without the save-time checks that already refuse these.
  it.each([
    ['{{constructor.constructor}}'],
    ['{{constructor.name}}'],
    ['{{__proto__}}'],
    ['{{__proto__.polluted}}'],
    ['{{#with __proto__}}{{constructor}}{{/with}}'],
    ['{{lookup this "constructor"}}'],
    ['{{#with (lookup learner "constructor")}}{{name}}{{/with}}'],
  ])('%s renders nothing harmful', (source) => {
    const out = engine.compile(source, { escape: true })(sampleContext('en', DEFAULT_BRAND), { locale: 'en', timeZone: 'UTC' });
    expect(out).toBe('');
  });

  it('refuses to call anything but a known helper, such as a function reached through a path', () => {
    const attempt = engine.compile('{{learner.constructor.constructor "return process"}}', { escape: true });
    expect(() => attempt(sampleContext('en', DEFAULT_BRAND), { locale: 'en', timeZone: 'UTC' })).toThrow(/knownHelpersOnly/);
  });
});
