import { htmlToText } from './email-compiler';
import { lexMarkdown, markdownToHtml, type MarkdownToken } from './markdown';

export interface PostContent {
  title: string;
  markdown: string;
  callToAction: { label: string; url: string } | null;
}

/** Slack incoming webhook body: Block Kit with a plain-text fallback. */
export interface SlackPayload {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

/** Microsoft Teams Workflows webhook body: a message carrying one Adaptive Card. */
export interface TeamsPayload {
  type: 'message';
  attachments: Array<{
    contentType: 'application/vnd.microsoft.card.adaptive';
    contentUrl: null;
    content: { type: 'AdaptiveCard'; $schema: string; version: string; body: Array<Record<string, unknown>>; actions: Array<Record<string, unknown>> };
  }>;
}

/** Body of a generic (HMAC-signed) JSON webhook. */
export interface WebhookPayload {
  title: string;
  text: string;
  markdown: string;
  html: string;
  url: string | null;
}

export interface PostPayloads {
  slack: SlackPayload;
  teams: TeamsPayload;
  webhook: WebhookPayload;
}

const SLACK_SECTION_LIMIT = 3000;
const SLACK_HEADER_LIMIT = 150;

/** One rendered post, shaped for Slack, Teams and a generic JSON webhook; never any learner data. */
export function buildPostPayloads(post: PostContent): PostPayloads {
  const tokens = lexMarkdown(post.markdown);
  const html = markdownToHtml(post.markdown);
  const text = htmlToText(html);
  const url = post.callToAction?.url || null;
  return {
    slack: slackPayload(post, tokens, text),
    teams: teamsPayload(post, tokens),
    webhook: { title: post.title, text, markdown: post.markdown, html, url },
  };
}

function slackPayload(post: PostContent, tokens: MarkdownToken[], text: string): SlackPayload {
  const blocks: Array<Record<string, unknown>> = [];
  if (post.title) blocks.push({ type: 'header', text: { type: 'plain_text', text: truncate(post.title, SLACK_HEADER_LIMIT), emoji: true } });
  const sections = tokens.map((t) => slackBlock(t)).filter((s) => s.trim());
  for (const chunk of chunks(sections, SLACK_SECTION_LIMIT)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  if (post.callToAction?.url) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: truncate(post.callToAction.label, 75), emoji: true }, url: post.callToAction.url, style: 'primary' }],
    });
  }
  return { text: truncate([post.title, text].filter(Boolean).join('\n\n'), SLACK_SECTION_LIMIT), blocks };
}

function teamsPayload(post: PostContent, tokens: MarkdownToken[]): TeamsPayload {
  const body: Array<Record<string, unknown>> = [];
  if (post.title) body.push({ type: 'TextBlock', text: post.title, size: 'Large', weight: 'Bolder', wrap: true });
  for (const token of tokens) {
    const text = teamsBlock(token);
    if (!text.trim()) continue;
    body.push(token.type === 'heading' ? { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true } : { type: 'TextBlock', text, wrap: true });
  }
  const actions = post.callToAction?.url ? [{ type: 'Action.OpenUrl', title: post.callToAction.label, url: post.callToAction.url }] : [];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body, actions },
      },
    ],
  };
}

type Flavour = 'slack' | 'teams';

function slackBlock(token: MarkdownToken): string {
  return block(token, 'slack');
}

function teamsBlock(token: MarkdownToken): string {
  return block(token, 'teams');
}

function block(token: MarkdownToken, flavour: Flavour): string {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return inline(token.tokens ?? [token], flavour);
    case 'heading':
      return flavour === 'slack' ? `*${inline(token.tokens ?? [], flavour)}*` : inline(token.tokens ?? [], flavour);
    case 'list':
      return (token.items as Array<{ tokens: MarkdownToken[] }>)
        .map((item, i) => `${token.ordered ? `${i + 1}.` : flavour === 'slack' ? '•' : '-'} ${item.tokens.map((t) => block(t, flavour)).join(' ')}`)
        .join('\n');
    case 'blockquote':
      return (token.tokens ?? []).map((t) => block(t, flavour)).map((line) => `> ${line}`).join('\n');
    case 'code':
      return '```\n' + escapeFor(token.text as string, flavour) + '\n```';
    default:
      return '';
  }
}

function inline(tokens: MarkdownToken[], flavour: Flavour): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
          return token.tokens ? inline(token.tokens, flavour) : escapeFor(token.text as string, flavour);
        case 'escape':
          return escapeFor(token.text as string, flavour);
        case 'strong':
          return flavour === 'slack' ? `*${inline(token.tokens ?? [], flavour)}*` : `**${inline(token.tokens ?? [], flavour)}**`;
        case 'em':
          return `_${inline(token.tokens ?? [], flavour)}_`;
        case 'del':
          return flavour === 'slack' ? `~${inline(token.tokens ?? [], flavour)}~` : inline(token.tokens ?? [], flavour);
        case 'codespan':
          return `\`${escapeFor(token.text as string, flavour)}\``;
        case 'br':
          return '\n';
        case 'link': {
          const label = inline(token.tokens ?? [], flavour);
          const href = token.href as string;
          if (!/^https?:\/\//i.test(href)) return label;
          return flavour === 'slack' ? `<${href.replace(/[|>]/g, encodeURIComponent)}|${label}>` : `[${label}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
        }
        default:
          return escapeFor((token.raw as string) ?? '', flavour);
      }
    })
    .join('');
}

// Slack wants &, < and > escaped in mrkdwn; a TextBlock reads Markdown, so its syntax is escaped.
function escapeFor(text: string, flavour: Flavour): string {
  return flavour === 'slack' ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text.replace(/[\\`*_[\]()~#>]/g, '\\$&');
}

function chunks(parts: string[], limit: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of parts) {
    const piece = truncate(part, limit);
    if (current && current.length + 2 + piece.length > limit) {
      out.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n\n${piece}` : piece;
    }
  }
  if (current) out.push(current);
  return out;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
