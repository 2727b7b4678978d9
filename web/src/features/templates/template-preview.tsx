import { Alert, Box, Button, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { useWorkspace } from '../auth/workspace-context';
import { SlackMessage, TeamsCard } from './editor/post-preview';
import { useTemplatePreview } from './use-templates';

export const PREVIEW_WIDTHS = [375, 1280] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
const FRAME_HEIGHT = 720;

/**
 * A version rendered with sample data, as a phone (375 px) or a desktop (1,280 px) shows it. The
 * HTML runs in a sandboxed frame with no script and no access to the console; a frame wider than
 * the page is scaled down to fit, so the whole layout stays visible.
 */
export function TemplatePreview({ templateId, version, locale }: { templateId: string; version: number; locale: string }) {
  const { t, i18n } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const [width, setWidth] = useState<PreviewWidth>(375);
  const preview = useTemplatePreview(templateId, version, locale);
  const { ref, width: room } = useElementSize();
  const scale = room > 0 ? Math.min(1, room / width) : 1;
  const language = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(locale) ?? locale;
  const widthLabel = (w: PreviewWidth) => t('preview.widthValue', { width: w.toLocaleString(i18n.language) });

  return (
    <Stack gap="sm" ref={ref}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} size="sm">
          {t('preview.title')}
        </Text>
        {!preview.data?.post && (
          <SegmentedControl
            size="xs"
            aria-label={t('preview.width')}
            value={String(width)}
            onChange={(v) => setWidth(Number(v) as PreviewWidth)}
            data={PREVIEW_WIDTHS.map((w) => ({ value: String(w), label: t(w === 375 ? 'preview.phone' : 'preview.desktop', { width: widthLabel(w) }) }))}
          />
        )}
      </Group>
      {preview.isPending ? (
        <Group gap="xs" py="md">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('preview.loading')}
          </Text>
        </Group>
      ) : preview.isError ? (
        <Alert color="red" role="alert" title={t('preview.error')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(tc, preview.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void preview.refetch()}>
              {tc('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          {preview.data.subject !== null && (
            <Paper withBorder p="sm" radius="sm">
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {preview.data.subject}
              </Text>
              {preview.data.preheader && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {preview.data.preheader}
                </Text>
              )}
            </Paper>
          )}
          {preview.data.post ? (
            // A post is shown as the tools show it, not as an email.
            <PostPreview post={preview.data.post} />
          ) : (
            <EmailFrame html={preview.data.html} width={width} scale={scale} title={t('preview.frameTitle', { language, width: widthLabel(width) })} />
          )}
          <Text size="xs" c="dimmed">
            {t(preview.data.post ? 'preview.sampleDataPost' : 'preview.sampleData')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function PostPreview({ post }: { post: { slack: Record<string, unknown>; teams: Record<string, unknown> } }) {
  const { t } = useTranslation('templates');
  const workspace = useWorkspace();
  const [tool, setTool] = useState<'slack' | 'teams'>('slack');
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w="fit-content"
        aria-label={t('preview.tool')}
        value={tool}
        onChange={(v) => setTool(v as 'slack' | 'teams')}
        data={[
          { value: 'slack', label: 'Slack' },
          { value: 'teams', label: 'Teams' },
        ]}
      />
      {tool === 'slack' ? <SlackMessage payload={post.slack} appName={workspace.name} /> : <TeamsCard payload={post.teams} />}
    </Stack>
  );
}

function EmailFrame({ html, width, scale, title }: { html: string; width: PreviewWidth; scale: number; title: string }) {
  const { t } = useTranslation('templates');
  return (
    <>
      <Box w="100%">
        <Box
          mx="auto"
          style={{ width: width * scale, height: FRAME_HEIGHT * scale, overflow: 'hidden', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
        >
          <iframe
            title={title}
            sandbox=""
            referrerPolicy="no-referrer"
            srcDoc={html}
            style={{ width, height: FRAME_HEIGHT, border: 0, transform: `scale(${scale})`, transformOrigin: 'top left', background: 'white', display: 'block' }}
          />
        </Box>
      </Box>
      {scale < 1 && (
        <Text size="xs" c="dimmed" ta="center">
          {t('preview.scaled', { percent: Math.round(scale * 100) })}
        </Text>
      )}
    </>
  );
}
