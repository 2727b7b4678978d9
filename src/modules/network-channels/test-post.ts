import type { RenderedPost } from '../delivery/network/network-post';

const TITLE = 'Clarion test post';

/** A harmless post that shows a channel is connected; it names the channel and nothing else. */
export function buildTestPost(channelName: string): RenderedPost {
  const sentence = (name: string) => `This is a test from Clarion to check that the channel ${name} is connected. No action is needed.`;
  return {
    slack: {
      text: `${TITLE}: ${sentence(`“${channelName}”`)}`,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: TITLE } },
        { type: 'section', text: { type: 'mrkdwn', text: sentence(`*${escapeSlack(channelName)}*`) } },
      ],
    },
    teams: {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            body: [
              { type: 'TextBlock', text: TITLE, weight: 'Bolder', size: 'Medium', wrap: true },
              { type: 'TextBlock', text: sentence(`“${channelName}”`), wrap: true },
            ],
          },
        },
      ],
    },
    webhook: {
      title: TITLE,
      text: sentence(`“${channelName}”`),
      markdown: sentence(`**${channelName.replace(/([\\`*_{}[\]()#+\-.!<>])/g, '\\$1')}**`),
      html: `<p>${sentence(`<strong>${escapeHtml(channelName)}</strong>`)}</p>`,
      url: null,
    },
  };
}

// Slack mrkdwn only needs &, < and > escaped (https://api.slack.com/reference/surfaces/formatting#escaping).
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
