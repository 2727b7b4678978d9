import { checkLinks, linkProblem, linkVariables, neutraliseUnsafeLinks } from './link-checker';
import { problemText } from './source-problems';
import { EMAIL_SCHEMA, POST_SCHEMA } from './render-context';

describe('checkLinks', () => {
  it.each([
    ['https', '<a href="https://intranet.example.com/learning">x</a>'],
    ['a link variable', '<mj-button href="{{links.enrol}}">Go</mj-button>'],
    ['a URL-typed field', '<a href="{{ course.lmsUrl }}">x</a>'],
    ['the url helper on a link variable', '<a href="{{url session.meetingUrl}}">x</a>'],
    ['mailto', '<a href="mailto:learning@example.com">x</a>'],
    ['tel', '<a href="tel:+33100000000">x</a>'],
    ['a fragment', '<a href="#programme">x</a>'],
    ['a variable after a safe prefix', '<a href="https://example.com/?c={{course.title}}">x</a>'],
    ['the link helper on a link variable', '{{link links.survey "Tell us"}}'],
    ['the link helper on a quoted https URL', '{{#if course.title}}{{link "https://intranet.example.com" "Intranet"}}{{/if}}'],
  ])('accepts %s', (_, source) => {
    expect(checkLinks(source, 'body', EMAIL_SCHEMA, 'html')).toEqual([]);
  });

  it.each([
    ['javascript:', '<a href="javascript:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['upper case', '<a href="JaVaScRiPt:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['white space and control characters', '<a href=" java\tscript:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['numeric entities', '<a href="&#106;&#97;vascript&#58;alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['hex and named entities', '<a href="&#x6A;avascript&colon;alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['double-encoded entities', '<a href="&amp;#106;avascript:alert(1)">x</a>', 'uses the "javascript:" scheme'],
    ['a single-quoted mj-button', "<mj-button href='javascript:void(0)'>x</mj-button>", 'uses the "javascript:" scheme'],
    ['data:', '<mj-image src="data:text/html;base64,PHNjcmlwdD4=" />', 'uses the "data:" scheme'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', 'uses the "vbscript:" scheme'],
    ['an MJML background', '<mj-hero background-url="javascript:alert(1)">', 'uses the "javascript:" scheme'],
    ['a learner field', '<a href="{{learner.firstName}}">x</a>', '"learner.firstName" is not a link variable'],
    ['a free-text field of the course', '<a href="{{course.title}}">x</a>', '"course.title" is not a link variable'],
    ['a learner field through the url helper', '<a href="{{url learner.email}}">x</a>', '"learner.email" is not a link variable'],
    ['a relative path inside with', '{{#with links}}<a href="{{enrol}}">x</a>{{/with}}', '"enrol" is not a link variable'],
    ['a variable forming the scheme', '<a href="{{learner.site}}://x">x</a>', 'must be a single link variable'],
    ['a relative link', '<a href="/enrol">x</a>', 'must be an absolute http(s) URL or a link variable'],
    ['the link helper on a learner field', '{{link learner.jobTitle "Profile"}}', '"learner.jobTitle" is not a link variable'],
    ['the link helper in a sub-expression', '{{default (link learner.email "Write") ""}}', '"learner.email" is not a link variable'],
    ['the link helper on a javascript: URL', '{{#if course.title}}{{link "javascript:alert(1)" "Go"}}{{/if}}', 'uses the "javascript:" scheme'],
  ])('refuses %s', (_, source, message) => {
    const errors = checkLinks(`<mj-text>\n${source}</mj-text>`, 'variants.en.body', EMAIL_SCHEMA, 'html');
    expect(errors).toMatchObject([{ path: 'variants.en.body', message: expect.stringMatching(new RegExp(`^line 2: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) }]);
  });

  it('names the link variables in its messages', () => {
    expect(problemText(linkProblem('{{learner.firstName}}', EMAIL_SCHEMA)!)).toBe(
      'link "{{learner.firstName}}": "learner.firstName" is not a link variable; use one of links.*, course.lmsUrl, session.meetingUrl, sponsor.photoUrl, ambassador.shareUrl, ambassador.pageUrl, brand.logoUrl, or an https:// URL',
    );
  });

  it('checks Markdown links in posts', () => {
    expect(checkLinks('Read [this](javascript:alert(1))', 'b', EMAIL_SCHEMA, 'markdown')[0].message).toContain('"javascript:" scheme');
    expect(checkLinks('Read [this]({{links.course}})', 'b', EMAIL_SCHEMA, 'markdown')).toEqual([]);
  });

  it('checks a single URL such as a call to action', () => {
    expect(linkProblem('{{links.enrol}}', EMAIL_SCHEMA)).toBeNull();
    expect(linkProblem('vbscript:msgbox', EMAIL_SCHEMA)).toEqual({ code: 'SOURCE.LINK_SCHEME', params: { link: 'vbscript:msgbox', scheme: 'vbscript' } });
  });
});

describe('linkVariables', () => {
  it('lists the url-typed variables of a schema, whole groups first', () => {
    expect(linkVariables(EMAIL_SCHEMA)).toEqual(['links.*', 'course.lmsUrl', 'session.meetingUrl', 'sponsor.photoUrl', 'ambassador.shareUrl', 'ambassador.pageUrl', 'brand.logoUrl']);
    expect(linkVariables(POST_SCHEMA)).toEqual(['links.*', 'course.lmsUrl', 'session.meetingUrl', 'sponsor.photoUrl', 'brand.logoUrl']);
  });
});

describe('neutraliseUnsafeLinks', () => {
  it.each([
    ['javascript: in a link', '<a href="javascript:alert(1)">x</a>', '<a href="#">x</a>'],
    ['an entity-spelt scheme', '<a class="b" href="JaVaScRiPt&#58;alert(1)">x</a>', '<a class="b" href="#">x</a>'],
    ['white space in the scheme', '<a href=" java\tscript:alert(1)">x</a>', '<a href="#">x</a>'],
    ['an unquoted value', '<a href=javascript:alert(1)>x</a>', '<a href="#">x</a>'],
    ['a single-quoted value', "<a href='vbscript:x'>x</a>", '<a href="#">x</a>'],
    ['data: in an image', '<img alt="" src="data:image/svg+xml;base64,PHN2Zz4=" />', '<img alt="" src="about:blank" />'],
    ['a table background', '<td background="javascript:x">', '<td background="about:blank">'],
    ['an unknown scheme', '<a href="file:///etc/passwd">x</a>', '<a href="#">x</a>'],
  ])('replaces %s', (_, html, expected) => {
    expect(neutraliseUnsafeLinks(html)).toBe(expected);
  });

  it.each([
    ['https', '<a href="https://learning.example.com/enrol?x=1&amp;y=2">x</a>'],
    ['http', '<img src="http://cdn.example.com/logo.png" />'],
    ['mailto', '<a href="mailto:learning@example.com">x</a>'],
    ['tel', '<a href="tel:+33100000000">x</a>'],
    ['a fragment', '<a href="#top">x</a>'],
    ['a relative link', '<a href="/enrol">x</a>'],
    ['an empty link', '<a href="">x</a>'],
    ['text naming an attribute, without a scheme', '<p>Set src=logo.png in your notes</p>'],
  ])('keeps %s', (_, html) => {
    expect(neutraliseUnsafeLinks(html)).toBe(html);
  });
});
