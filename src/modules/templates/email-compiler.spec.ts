import { DEFAULT_BRAND } from '../branding/brand-style';
import { compileEmailSource, expandEmailBody, inertText } from './email-compiler';
import { TemplateEngine } from './template-engine';
import { TemplateLibrary } from './template-library';

describe('inertText', () => {
  const engine = new TemplateEngine();
  const render = (source: string) => engine.compile(source, { escape: false })({ learner: { email: 'alex@example.com' } }, { locale: 'en', timeZone: 'UTC' });

  it.each([
    ['plain text', 'Hello, world'],
    ['an expression', '{{learner.email}}'],
    ['a raw expression', '{{{learner.email}}}'],
    ['a helper call', '{{lookup learner "email"}}'],
    ['a partial call', '{{> footer}}'],
    ['a block', '{{#each learner}}{{this}}{{/each}}'],
    ['Handlebars’ escape', '\\{{learner.email}}'],
    ['two backslashes before braces', '\\\\{{learner.email}}'],
    ['a lone brace before a backslash', '{\\'],
    ['a run of braces', '{{{{ x }}}}'],
  ])('compiles %s into the text itself', (_, text) => {
    expect(render(inertText(text))).toBe(text);
  });
});

describe('expandEmailBody', () => {
  const library = TemplateLibrary.default();

  it('puts a partial on the line of its call, a variable parameter as an expression', () => {
    const expanded = expandEmailBody('<mj-section>\n<mj-column>\n{{> button url=links.enrol label="Enrol"}}\n</mj-column>\n</mj-section>', 'en', DEFAULT_BRAND, library);
    expect(expanded.split('\n')).toHaveLength(5);
    expect(expanded.split('\n')[2]).toBe('<mj-button href="{{links.enrol}}" align="left">Enrol</mj-button>');
  });

  it('puts quoted text in as text: escaped, braces and backslashes as character references', () => {
    const expanded = expandEmailBody('{{> button url="https://x.example/?a=1&b=2" label="<b>{{{learner.email}}}</b> \\\\o/"}}', 'en', DEFAULT_BRAND, library);
    expect(expanded).toBe('<mj-button href="https://x.example/?a=1&amp;b=2" align="left">&lt;b&gt;&#123;&#123;&#123;learner.email&#125;&#125;&#125;&lt;/b&gt; &#92;&#92;o/</mj-button>');
  });
});

describe('compileEmailSource', () => {
  const library = TemplateLibrary.default();
  const compile = (body: string) => compileEmailSource({ body, preheader: 'p', locale: 'fr', brand: DEFAULT_BRAND, library, path: 'variants.fr.body' });

  it.each([
    ['a section partial inside a column', '<mj-section>\n<mj-column>\n{{> sponsorQuote}}\n</mj-column>\n</mj-section>', 'line 3: {{> sponsorQuote}} is an <mj-section>, so it cannot go inside <mj-column>: place it between sections'],
    ['a course card inside a column', '<mj-section>\n<mj-column>\n<mj-text>x</mj-text>\n</mj-column>\n</mj-section>\n<mj-wrapper><mj-section><mj-column>{{> courseCard}}</mj-column></mj-section></mj-wrapper>', 'line 6: {{> courseCard}} is an <mj-section>'],
    ['a button outside a column', '<mj-section>\n{{> button url=links.enrol label="Go"}}\n</mj-section>', 'line 2: {{> button}} is an <mj-button>, so it cannot go inside <mj-section>: place it inside an <mj-column>'],
  ])('names the partial when %s is misplaced, and where it goes', async (_, body, message) => {
    const result = await compile(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject([{ path: 'variants.fr.body', message: expect.stringContaining(message) }]);
  });

  it('keeps MJML\'s own words for an element the writer placed', async () => {
    const result = await compile('<mj-section>\n<mj-text>x</mj-text>\n</mj-section>');
    expect(!result.ok && result.errors[0].message).toBe('line 2: mj-text cannot be used inside mj-section, only inside: mj-attributes, mj-column, mj-hero (<mj-text>)');
  });
});
