import { buildTestPost } from './test-post';

describe('buildTestPost', () => {
  it('names the channel in every form', () => {
    const post = buildTestPost('Learning news');
    expect(post.slack.text).toContain('“Learning news”');
    expect(JSON.stringify(post.slack.blocks)).toContain('*Learning news*');
    expect(JSON.stringify(post.teams.attachments[0].content.body)).toContain('Learning news');
    expect(post.webhook).toMatchObject({ title: 'Clarion test post', url: null });
    expect(post.webhook.html).toContain('<strong>Learning news</strong>');
  });

  it.each([
    ['a Slack mention', '<!channel> & <@U123>', '&lt;!channel&gt; &amp; &lt;@U123&gt;'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ])('escapes %s in a channel name for Slack mrkdwn and HTML', (_, name, escaped) => {
    const post = buildTestPost(name);
    const section = post.slack.blocks[1] as { text: { text: string } };
    expect(section.text.text).toContain(escaped);
    expect(section.text.text).not.toContain(name);
    expect(post.webhook.html).not.toContain(name);
  });

  it('escapes Markdown in a channel name', () => {
    expect(buildTestPost('[click](javascript:x)').webhook.markdown).toContain('\\[click\\]\\(javascript:x\\)');
  });
});
