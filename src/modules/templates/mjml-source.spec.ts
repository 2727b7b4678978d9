import { protectMustaches, restoreMustaches, scanMjmlBody } from './mjml-source';

describe('scanMjmlBody', () => {
  it('wraps block tags standing between elements in mj-raw, on the same lines', () => {
    const body = '<mj-section>\n<mj-column>\n{{#if session.location}}\n<mj-text>{{session.location}}</mj-text>\n{{else}}\n<mj-text>Online</mj-text>\n{{/if}}\n</mj-column>\n</mj-section>';
    const { source, errors } = scanMjmlBody(body, 'b');
    expect(errors).toEqual([]);
    expect(source).toContain('<mj-raw>{{#if session.location}}</mj-raw>');
    expect(source).toContain('<mj-raw>{{else}}</mj-raw>');
    expect(source).toContain('<mj-text>{{session.location}}</mj-text>');
    expect(source.split('\n')).toHaveLength(body.split('\n').length);
  });

  it.each([
    ['an unclosed element', '<mj-section>\n<mj-column>\n<mj-text>x</mj-text>\n</mj-section>', 'line 4: </mj-section> closes <mj-column> opened on line 2'],
    ['an unclosed mj-text', '<mj-section><mj-column>\n<mj-text>x\n</mj-column></mj-section>', 'line 2: <mj-text> is never closed'],
    ['text MJML would drop', '<mj-section>\n<mj-column>\nHello\n</mj-column></mj-section>', 'line 3: text "Hello" directly inside <mj-column> is dropped'],
    ['a value MJML would drop', '<mj-section><mj-column>\n{{learner.firstName}}</mj-column></mj-section>', 'line 2: {{learner.firstName}} directly inside <mj-column> is dropped'],
    ['HTML outside mj-text', '<mj-section><mj-column>\n<p>x</p></mj-column></mj-section>', 'line 2: HTML <p> directly inside <mj-column>'],
    ['a whole document', '<mjml><mj-body></mj-body></mjml>', 'line 1: <mjml> is not allowed here'],
    ['mj-include', '<mj-include path="/etc/passwd" />', 'line 1: mj-include is not allowed: templates never read files'],
    ['a stray closing tag', '</mj-column>', 'line 1: </mj-column> closes an element that was never opened'],
  ])('reports %s', (_, body, message) => {
    expect(scanMjmlBody(body, 'variants.fr.body').errors[0]).toMatchObject({ path: 'variants.fr.body', message: expect.stringContaining(message) });
  });

  it('says each mistake once: a document tag at its opening only, an element inside mj-text without the cascade it causes', () => {
    const document = scanMjmlBody('<mj-body>\n<mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section>\n</mj-body>', 'b');
    expect(document.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^line 1: <mj-body> is not allowed here/)]);

    const nested = scanMjmlBody('<mj-section>\n<mj-column>\n<mj-text>{{#if x}}<mj-text>a</mj-text>{{/if}}</mj-text>\n</mj-column>\n</mj-section>', 'b');
    expect(nested.errors.map((e) => e.message)).toEqual([
      'line 3: <mj-text> inside <mj-text> (opened on line 3): <mj-text> holds text and HTML only; close it before the next MJML element',
    ]);
  });
});

describe('protectMustaches', () => {
  it('hides expressions from MJML and puts them back, reporting the lost ones', () => {
    const source = '<a href="{{links.enrol}}">{{formatDate session.startsAt "x"}}</a>{{!-- note --}}';
    const hidden = protectMustaches(source);
    expect(hidden.text).not.toContain('{{');
    expect(restoreMustaches(hidden.text, hidden)).toEqual({ text: source, lost: [] });
    expect(restoreMustaches(hidden.text.replace(hidden.placeholder(1), ''), hidden).lost).toEqual([1]);
  });
});
