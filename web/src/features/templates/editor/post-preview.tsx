import { Anchor, Badge, Box, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Block = Record<string, unknown>;
type Flavour = 'slack' | 'teams';

const SLACK_INLINE = /<(https?:[^|>\s]+)\|([^>]*)>|\*([^*\n]+)\*|_([^_\n]+)_|~([^~\n]+)~|`([^`\n]+)`/g;
const TEAMS_INLINE = /\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)|\*\*((?:\\.|[^*\\])+?)\*\*|_((?:\\.|[^_\\])+?)_|`([^`]+)`/g;

const slackText = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const teamsText = (text: string) => text.replace(/\\(.)/g, '$1');

const link = (href: string, children: ReactNode, key: number) =>
  /^https?:\/\//i.test(href) ? (
    <Anchor key={key} href={href} target="_blank" rel="noopener noreferrer" c="blue.8" underline="always">
      {children}
    </Anchor>
  ) : (
    <Fragment key={key}>{children}</Fragment>
  );

/** Slack mrkdwn or a TextBlock's Markdown, shown as the tool shows it (as React elements, never as HTML). */
export function formatInline(text: string, flavour: Flavour): ReactNode[] {
  const pattern = new RegExp(flavour === 'slack' ? SLACK_INLINE : TEAMS_INLINE);
  const plain = flavour === 'slack' ? slackText : teamsText;
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(plain(text.slice(last, m.index)));
    if (flavour === 'slack') {
      const [, href, label, bold, italic, strike, code] = m;
      if (href) out.push(link(href, formatInline(label ?? '', flavour), key++));
      else if (bold) out.push(<strong key={key++}>{formatInline(bold, flavour)}</strong>);
      else if (italic) out.push(<em key={key++}>{formatInline(italic, flavour)}</em>);
      else if (strike) out.push(<s key={key++}>{formatInline(strike, flavour)}</s>);
      else out.push(<Code key={key++}>{plain(code ?? '')}</Code>);
    } else {
      const [, label, href, bold, italic, code] = m;
      if (href) out.push(link(href, formatInline(label ?? '', flavour), key++));
      else if (bold) out.push(<strong key={key++}>{formatInline(bold, flavour)}</strong>);
      else if (italic) out.push(<em key={key++}>{formatInline(italic, flavour)}</em>);
      else out.push(<Code key={key++}>{code}</Code>);
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(plain(text.slice(last)));
  return out;
}

/** Lines of a text: quotes with a bar, list items as they come, the rest as paragraphs. */
function Lines({ text, flavour }: { text: string; flavour: Flavour }) {
  const code = /^```\n?([\s\S]*?)\n?```$/.exec(text.trim());
  if (code) return <Code block>{flavour === 'slack' ? slackText(code[1]!) : code[1]}</Code>;
  return (
    <Stack gap={2}>
      {text.split('\n').map((line, i) => {
        const quote = /^(?:>|&gt;) ?(.*)$/.exec(line);
        if (quote)
          return (
            <Text key={i} size="sm" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
              {formatInline(quote[1]!, flavour)}
            </Text>
          );
        return (
          <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} mih={line ? undefined : 8}>
            {formatInline(line, flavour)}
          </Text>
        );
      })}
    </Stack>
  );
}

/** A Block Kit message as Slack shows it: the app's name, a header, sections, a button. */
export function SlackMessage({ payload, appName }: { payload: Record<string, unknown>; appName: string }) {
  const { t } = useTranslation('templateEditor');
  const blocks = (payload.blocks as Block[] | undefined) ?? [];
  return (
    <Paper withBorder radius="md" p="md" aria-label={t('preview.slackLabel')} role="region" bg="white">
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Box w={36} h={36} bg="grape.8" c="white" style={{ borderRadius: 6, display: 'grid', placeItems: 'center', flex: 'none', fontWeight: 700 }} aria-hidden>
          {appName.slice(0, 1).toUpperCase()}
        </Box>
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6}>
            <Text fw={700} size="sm" c="dark.9">
              {appName}
            </Text>
            <Badge size="xs" radius="sm" variant="light" color="gray" c="gray.9">
              {t('preview.app')}
            </Badge>
          </Group>
          {blocks.map((block, i) => {
            const text = (block.text as { text?: string } | undefined)?.text ?? '';
            if (block.type === 'header')
              return (
                <Text key={i} fw={800} size="md" c="dark.9">
                  {text}
                </Text>
              );
            if (block.type === 'section') return <Lines key={i} text={text} flavour="slack" />;
            if (block.type === 'actions')
              return (
                <Group key={i} gap="xs">
                  {((block.elements as Block[] | undefined) ?? []).map((element, j) => (
                    <Button key={j} component="a" href={element.url as string} target="_blank" rel="noopener noreferrer" size="xs" color="teal.9" radius="sm">
                      {(element.text as { text?: string } | undefined)?.text}
                    </Button>
                  ))}
                </Group>
              );
            return null;
          })}
        </Stack>
      </Group>
    </Paper>
  );
}

/** An Adaptive Card as Teams shows it: text blocks in a card, the actions as buttons below. */
export function TeamsCard({ payload }: { payload: Record<string, unknown> }) {
  const { t } = useTranslation('templateEditor');
  const card = ((payload.attachments as Array<{ content?: { body?: Block[]; actions?: Block[] } }> | undefined) ?? [])[0]?.content;
  return (
    <Paper withBorder radius="md" p="md" aria-label={t('preview.teamsLabel')} role="region" bg="white" style={{ borderTop: '4px solid var(--mantine-color-indigo-7)' }}>
      <Stack gap="xs">
        {(card?.body ?? []).map((block, i) => {
          const text = String(block.text ?? '');
          if (block.size === 'Large')
            return (
              <Text key={i} fw={700} size="lg" c="dark.9">
                {teamsText(text)}
              </Text>
            );
          if (block.weight === 'Bolder')
            return (
              <Text key={i} fw={700} c="dark.9">
                {formatInline(text, 'teams')}
              </Text>
            );
          return <Lines key={i} text={text} flavour="teams" />;
        })}
        {(card?.actions ?? []).length > 0 && (
          <Group gap="xs" pt="xs">
            {(card?.actions ?? []).map((action, i) => (
              <Button key={i} component="a" href={action.url as string} target="_blank" rel="noopener noreferrer" size="xs" variant="default" radius="sm">
                {String(action.title ?? '')}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
