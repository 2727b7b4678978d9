import { DEFAULT_BRAND } from '../branding/brand-style';
import { expandEmailBody, inertText } from './email-compiler';
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
