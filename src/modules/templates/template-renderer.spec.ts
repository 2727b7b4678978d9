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

describe('TemplateRenderer: tracked post links', () => {
  const renderer = new TemplateRenderer(TemplateLibrary.default());
  const version: RenderableVersion = {
    id: 'v-post-links',
    channel: Channel.Post,
    variants: {
      en: {
        title: 'New session',
        body: 'Read [the programme]({{links.course}}), or https://intranet.example.com/faq, or [write](mailto:l@example.com).',
        callToAction: { label: 'Enrol', url: '{{links.enrol}}' },
      },
    },
  };

  it('puts the tracked URL in every shape of the post, and the real one nowhere', () => {
    const context = sampleContext('en', DEFAULT_BRAND);
    const targets: string[] = [];
    const track = (url: string) => `https://t.example/c/${targets.push(url)}`;
    const post = renderer.renderPost({ version, locale: 'en', brand: DEFAULT_BRAND, context, timeZone: 'Europe/Paris' }, track);
    expect(targets).toEqual([context.links.course, 'https://intranet.example.com/faq', context.links.enrol]);
    const shapes = JSON.stringify(post.payloads);
    for (const url of targets) expect(shapes).not.toContain(url);
    expect(post.payloads.slack.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ url: 'https://t.example/c/3', text: { text: 'Enrol' } }] });
    expect(post.payloads.teams.attachments[0].content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Enrol', url: 'https://t.example/c/3' }]);
    expect(post.payloads.webhook).toMatchObject({ url: 'https://t.example/c/3', markdown: expect.stringContaining('[the programme](https://t.example/c/1)') });
    expect(post.payloads.webhook.html).toContain('href="https://t.example/c/2"');
    expect(post.payloads.webhook.html).toContain('href="mailto:l@example.com"');
  });

  it('shows the real targets in a preview (no tracker)', () => {
    const context = sampleContext('en', DEFAULT_BRAND);
    const post = renderer.renderPost({ version, locale: 'en', brand: DEFAULT_BRAND, context, timeZone: 'Europe/Paris' });
    expect(post.payloads.webhook.url).toBe(context.links.enrol);
    expect(post.markdown).toContain(`(${context.links.course})`);
  });
});

describe('TemplateRenderer: nothing written by a user becomes a template', () => {
  const renderer = new TemplateRenderer(TemplateLibrary.default());
  const version: RenderableVersion = { id: 'v-brand', channel: Channel.Email, variants: EMAIL };

  it('shows a brand kit’s text as written, escaped, and never runs it', async () => {
    const kit: BrandStyle = {
      ...DEFAULT_BRAND,
      id: 'hostile-kit',
      version: 1,
      name: '{{learner.email}} <b>Academy</b>',
      logoUrl: 'https://cdn.example.com/logo.png',
      logoAlt: '" onerror="alert(1)',
      footerText: 'To {{{learner.lastName}}}',
      legalMention: 'Acme {{lookup learner "email"}} \\{{learner.email}}',
    };
    const email = await renderer.renderEmail(request(version, kit, { lastName: '<script>alert(1)</script>' }));
    expect(email.html).toContain('To {{{learner.lastName}}}');
    expect(email.html).toContain('Acme {{lookup learner &quot;email&quot;}} \\{{learner.email}}');
    expect(email.html).toContain('{{learner.email}} &lt;b&gt;Academy&lt;/b&gt;');
    expect(email.html).toContain('alt="&quot; onerror&#x3D;&quot;alert(1)"');
    expect(email.html).not.toContain('alex.morgan@example.com');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('To {{{learner.lastName}}}');
    expect(email.text).toContain('Acme {{lookup learner "email"}} \\{{learner.email}}');
  });

  it('falls back to the layout’s own footer, in the email’s language, when the kit has none', async () => {
    const email = await renderer.renderEmail(request(version));
    expect(email.html).toContain('You receive this message as a member of our learning community.');
  });

  it('keeps quoted partial text and entity-spelt braces literal in the HTML and the text part', async () => {
    const literal: RenderableVersion = {
      id: 'v-literal',
      channel: Channel.Email,
      variants: { en: { subject: 's', preheader: 'p', body: '<mj-section><mj-column><mj-text>&#123;&#123;learner.email}} \\&#123;</mj-text>{{> button url=links.enrol label="Go {{{learner.email}}} \\{{x}}"}}</mj-column></mj-section>' } },
    };
    const email = await renderer.renderEmail(request(literal));
    expect(email.html).not.toContain('alex.morgan@example.com');
    expect(email.text).not.toContain('alex.morgan@example.com');
    expect(email.text).toContain('{{learner.email}} \\{');
    expect(email.text).toContain('Go {{{learner.email}}} \\{{x}}');
  });

  it('neutralises unsafe links of a version saved before they were refused, literal or per recipient', async () => {
    const unchecked: RenderableVersion = {
      id: 'v-unchecked',
      channel: Channel.Email,
      variants: {
        en: {
          subject: 's',
          preheader: 'p',
          body: '<mj-section><mj-column><mj-text><a href="{{learner.firstName}}">Mine</a> <a href="data:text/html,x">Data</a></mj-text>{{> button url="javascript:alert(1)" label="Go"}}<mj-image src="{{learner.site}}" /></mj-column></mj-section>',
        },
      },
    };
    const email = await renderer.renderEmail(request(unchecked, DEFAULT_BRAND, { firstName: 'javascript:alert(document.cookie)', site: 'vbscript:msgbox(1)' }));
    expect(email.html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    expect(email.html).toContain('<a href="#">Mine</a>');
    expect(email.html).toContain('<a href="#">Data</a>');
    expect(email.html).toMatch(/<img[^>]+src="about:blank"/);
    expect(email.text).not.toMatch(/data:|javascript:alert\(1\)/);
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
