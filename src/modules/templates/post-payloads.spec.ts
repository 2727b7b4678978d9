import { buildPostPayloads } from './post-payloads';

describe('buildPostPayloads', () => {
  const payloads = buildPostPayloads({
    title: 'New session: Leading hybrid teams',
    markdown: '## Why\n\nJoin **Leading hybrid teams** on _Tuesday_.\n\n- Feedback\n- [Programme](https://example.com/p?a=1&b=2)\n\nFish & chips <3',
    callToAction: { label: 'Enrol', url: 'https://example.com/enrol' },
  });

  it('builds a Slack Block Kit message: header, mrkdwn sections, a button', () => {
    const { slack } = payloads;
    expect(slack.text.length).toBeGreaterThan(0);
    expect(slack.blocks.map((b) => b.type)).toEqual(['header', 'section', 'actions']);
    expect(slack.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'New session: Leading hybrid teams', emoji: true } });
    const section = slack.blocks[1] as { text: { type: string; text: string } };
    expect(section.text.type).toBe('mrkdwn');
    expect(section.text.text).toBe(
      '*Why*\n\nJoin *Leading hybrid teams* on _Tuesday_.\n\n• Feedback\n• <https://example.com/p?a=1&b=2|Programme>\n\nFish &amp; chips &lt;3',
    );
    expect(slack.blocks[2]).toEqual({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Enrol', emoji: true }, url: 'https://example.com/enrol', style: 'primary' }],
    });
  });

  it('keeps every Slack section under 3,000 characters', () => {
    const long = buildPostPayloads({ title: 't', markdown: Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${'word '.repeat(30)}`).join('\n\n'), callToAction: null });
    const sections = long.slack.blocks.filter((b) => b.type === 'section') as Array<{ text: { text: string } }>;
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('builds a Teams message with an Adaptive Card 1.4 attachment', () => {
    const { teams } = payloads;
    expect(teams.type).toBe('message');
    expect(teams.attachments).toHaveLength(1);
    const [attachment] = teams.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(attachment.content.body[0]).toEqual({ type: 'TextBlock', text: 'New session: Leading hybrid teams', size: 'Large', weight: 'Bolder', wrap: true });
    expect(attachment.content.body.every((b) => b.type === 'TextBlock' && b.wrap === true)).toBe(true);
    expect(attachment.content.body.map((b) => b.text)).toContain('Join **Leading hybrid teams** on _Tuesday_.');
    expect(attachment.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Enrol', url: 'https://example.com/enrol' }]);
  });

  it('builds the generic webhook body with escaped HTML', () => {
    expect(payloads.webhook).toMatchObject({ title: 'New session: Leading hybrid teams', url: 'https://example.com/enrol' });
    expect(payloads.webhook.html).toContain('<strong>Leading hybrid teams</strong>');
    expect(payloads.webhook.html).toContain('Fish &amp; chips &lt;3');
    expect(payloads.webhook.text).toContain('Join Leading hybrid teams on Tuesday.');
  });

  it('never turns raw HTML or a javascript: link into markup', () => {
    const hostile = buildPostPayloads({ title: 'x', markdown: '<script>alert(1)</script> [x](javascript:alert(1))', callToAction: null });
    expect(hostile.webhook.html).not.toMatch(/<script|href="javascript/);
    expect(JSON.stringify(hostile.slack)).not.toContain('<javascript');
  });
});
