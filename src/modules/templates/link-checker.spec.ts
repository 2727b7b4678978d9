import { checkLinks, linkProblem } from './link-checker';
import { EMAIL_SCHEMA } from './render-context';

describe('checkLinks', () => {
  it.each([
    ['https', '<a href="https://intranet.example.com/learning">x</a>'],
    ['a link variable', '<mj-button href="{{links.enrol}}">Go</mj-button>'],
    ['a URL-typed field', '<a href="{{ course.lmsUrl }}">x</a>'],
    ['the url helper', '<a href="{{url session.meetingUrl}}">x</a>'],
    ['mailto', '<a href="mailto:learning@example.com">x</a>'],
    ['a variable after a safe prefix', '<a href="https://example.com/?c={{course.title}}">x</a>'],
  ])('accepts %s', (_, source) => {
    expect(checkLinks(source, 'body', EMAIL_SCHEMA, 'html')).toEqual([]);
  });

  it.each([
    ['javascript:', '<a href="javascript:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['upper case', '<a href="JaVaScRiPt:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['white space and control characters', '<a href=" java\tscript:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['numeric entities', '<a href="&#106;&#97;vascript&#58;alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['hex and named entities', '<a href="&#x6A;avascript&colon;alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['a single-quoted mj-button', "<mj-button href='javascript:void(0)'>x</mj-button>", 'uses the "javascript:" scheme'],
    ['data:', '<mj-image src="data:text/html;base64,PHNjcmlwdD4=" />', 'uses the "data:" scheme'],
    ['a non-URL variable', '<a href="{{learner.firstName}}">x</a>', 'must be a URL variable'],
    ['a relative link', '<a href="/enrol">x</a>', 'must be an absolute http(s) URL'],
  ])('refuses %s', (_, source, message) => {
    const errors = checkLinks(`<mj-text>\n${source}</mj-text>`, 'variants.en.body', EMAIL_SCHEMA, 'html');
    expect(errors).toEqual([{ path: 'variants.en.body', message: expect.stringMatching(new RegExp(`^line 2: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) }]);
  });

  it('checks Markdown links in posts', () => {
    expect(checkLinks('Read [this](javascript:alert(1))', 'b', EMAIL_SCHEMA, 'markdown')[0].message).toContain('"javascript:" scheme');
    expect(checkLinks('Read [this]({{links.course}})', 'b', EMAIL_SCHEMA, 'markdown')).toEqual([]);
  });

  it('checks a single URL such as a call to action', () => {
    expect(linkProblem('{{links.enrol}}', EMAIL_SCHEMA)).toBeNull();
    expect(linkProblem('vbscript:msgbox', EMAIL_SCHEMA)).toContain('"vbscript:"');
  });
});
