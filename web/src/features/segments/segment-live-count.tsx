import { Alert, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import type { SegmentPreview } from './use-segments';

interface Props {
  /** False while the rule is incomplete: nothing is asked. */
  ready: boolean;
  data: SegmentPreview | undefined;
  updating: boolean;
  error: unknown;
}

const learnerName = (l: SegmentPreview['sample'][number]) => [l.firstName, l.lastName].filter(Boolean).join(' ') || l.email;

/**
 * How many learners the rule selects now, and who: the previous figure stays (dimmed) while the
 * next one is counted, in a box of fixed height, so editing does not make the page jump.
 */
export function SegmentLiveCount({ ready, data, updating, error }: Props) {
  const { t, i18n } = useTranslation('segments');
  const number = new Intl.NumberFormat(i18n.language);
  const busy = ready && updating;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="live-count-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title id="live-count-title" order={2} size="h5">
            {t('preview.title')}
          </Title>
          {/* Always there, shown or not: no jump when counting starts; a spinner only, so the title keeps its line. */}
          <Group gap={6} wrap="nowrap" style={{ visibility: busy ? 'visible' : 'hidden', flexShrink: 0 }} aria-hidden={!busy}>
            <Loader size="xs" />
            <VisuallyHidden>{t('preview.updating')}</VisuallyHidden>
          </Group>
        </Group>
        <div role="status" aria-live="polite" aria-atomic="true" style={{ minHeight: 32 }}>
          {!ready ? (
            <Text size="sm" c="dimmed">
              {t('preview.incomplete')}
            </Text>
          ) : error && !busy ? (
            <Alert color="red" p="xs">
              {t('preview.failed', { message: apiErrorMessage(t, error) })}
            </Alert>
          ) : data ? (
            <Text fw={700} fz={24} style={{ opacity: busy ? 0.55 : 1, transition: 'opacity 150ms', fontVariantNumeric: 'tabular-nums' }} data-testid="live-count">
              {t('preview.matching', { count: data.count, formatted: number.format(data.count) })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('preview.updating')}
            </Text>
          )}
        </div>
        {ready && data && (
          <Stack gap={4} style={{ opacity: busy ? 0.55 : 1 }}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('preview.sample')}
            </Text>
            {data.sample.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('preview.none')}
              </Text>
            ) : (
              <>
                <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('preview.sampleLabel')}>
                  {data.sample.map((l) => (
                    <li key={l.id}>
                      <Text size="sm" truncate>
                        {learnerName(l)}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {[l.email, l.department, l.site].filter(Boolean).join(' · ')}
                      </Text>
                    </li>
                  ))}
                </Stack>
                {data.count > data.sample.length && (
                  <Text size="xs" c="dimmed">
                    {t('preview.sampleNote')}
                  </Text>
                )}
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
