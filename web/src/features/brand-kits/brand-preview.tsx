import { Alert, Box, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useElementSize } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, problemMessage } from '../../api/problem-message';
import { languageName } from '../../components/translations-editor/translations-editor';
import { SAMPLE_EMAIL, type SampleLocale } from './sample-email';
import { type BrandDraft, useBrandPreview } from './use-brand-kits';

const WIDTHS = { phone: 375, desktop: 1280 } as const;
type Width = keyof typeof WIDTHS;
// The email scrolls inside its frame; this is what shows of it at full scale.
const FRAME_HEIGHT = { phone: 1100, desktop: 900 } as const;

/**
 * The sample email in the brand being edited, rendered by the api as it would send it (debounced
 * while one types), at a phone's or a desktop's width and in French or English. Shown in a frame
 * with no rights at all (no script, no same origin), scaled down to fit the column.
 */
export function BrandPreview({
  kitId,
  draft,
  locale,
  onLocaleChange,
  hasInvalid,
}: {
  kitId: string;
  draft: BrandDraft;
  locale: SampleLocale;
  onLocaleChange: (locale: SampleLocale) => void;
  hasInvalid: boolean;
}) {
  const { t, i18n } = useTranslation('brandKits');
  const { t: tc } = useTranslation();
  const [width, setWidth] = useState<Width>('phone');
  const body = useMemo(() => ({ channel: 'email' as const, variants: SAMPLE_EMAIL, locale, brandKitId: kitId, brand: draft }), [kitId, draft, locale]);
  const [debounced] = useDebouncedValue(body, 300);
  const preview = useBrandPreview(debounced);
  const { ref, width: available } = useElementSize();

  const frameWidth = WIDTHS[width];
  // Less the frame’s border.
  const scale = available > 2 ? Math.min(1, (available - 2) / frameWidth) : 1;
  const height = FRAME_HEIGHT[width];
  // A failed rendering (a value the api refuses) keeps the last good one in view, with the reason above it.
  const lastHtml = useRef<string | null>(null);
  if (preview.data?.html) lastHtml.current = preview.data.html;
  const html = preview.data?.html ?? lastHtml.current;
  const problems = preview.data?.errors ?? [];

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Title order={2} size="h4">
            {t('preview.title')}
          </Title>
          {preview.isFetching && <Loader size="xs" aria-label={t('preview.pending')} />}
        </Group>
        <Text size="xs" c="dimmed">
          {t('preview.help')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('preview.width')}
            value={width}
            onChange={(value) => setWidth(value as Width)}
            data={[
              { value: 'phone', label: `${t('preview.phone')} · 375 px` },
              { value: 'desktop', label: `${t('preview.desktop')} · 1 280 px` },
            ]}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('preview.language')}
            value={locale}
            onChange={(value) => onLocaleChange(value as SampleLocale)}
            data={[
              { value: 'fr', label: 'FR' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </Group>
        {hasInvalid && (
          <Text size="xs" c="red.8">
            {t('preview.invalid')}
          </Text>
        )}
        {preview.isError && (
          <Alert color="red" role="alert" title={t('preview.error')}>
            <Text size="sm">{apiErrorMessage(tc, preview.error)}</Text>
          </Alert>
        )}
        {problems.length > 0 && (
          <Alert color="orange" title={t('preview.error')}>
            {problems.map((p) => (
              <Text key={`${p.path}:${p.message}`} size="xs">
                {problemMessage(tc, p)}
              </Text>
            ))}
          </Alert>
        )}
        <Box ref={ref} w="100%">
          {html === null ? (
            <Group h={200} justify="center" role="status">
              {preview.isPending && <Loader size="sm" />}
              <Text size="sm" c="dimmed">
                {t('preview.pending')}
              </Text>
            </Group>
          ) : (
            <Box h={height * scale} style={{ overflow: 'hidden', borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-3)' }}>
              <iframe
                title={t('preview.frame', { language: languageName(locale, i18n.language), width: frameWidth })}
                sandbox=""
                srcDoc={html}
                width={frameWidth}
                height={height}
                style={{ border: 0, transform: `scale(${scale})`, transformOrigin: '0 0', display: 'block', background: '#fff' }}
              />
            </Box>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
