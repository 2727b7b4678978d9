import { Badge, Box, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListedTemplate, ReviewStatus } from './use-templates';

const STATUS_COLOR: Record<ReviewStatus, string> = { draft: 'gray', in_review: 'blue', changes_requested: 'orange', approved: 'green' };

/**
 * Where a version stands in its review, in words in the body text colour; the tint and the dot only
 * help the eye (green or orange text on a light tint fails AA contrast at a badge's size).
 */
export function ReviewStatusBadge({ status, size = 'sm' }: { status: ReviewStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('templates');
  const color = STATUS_COLOR[status];
  return (
    <Badge
      variant="light"
      color={color}
      c="gray.9"
      size={size}
      tt="none"
      style={{ flexShrink: 0 }}
      leftSection={<Box aria-hidden w={7} h={7} style={{ borderRadius: '50%', background: `var(--mantine-color-${color}-7)` }} />}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A locale by its code, upper-cased as people write it (FR, EN, FR-CA), named in full for screen readers. */
export function LocaleBadges({ locales }: { locales: string[] }) {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <Group gap={4} wrap="wrap">
      {locales.map((locale) => (
        <Badge key={locale} variant="outline" color="gray.8" c="gray.9" size="sm" title={names.of(locale)}>
          {locale.toUpperCase()}
        </Badge>
      ))}
    </Group>
  );
}

/** The campaigns using a template, each with its status in words. */
export function UsedByList({ campaigns }: { campaigns: ListedTemplate['usedBy'] }) {
  const { t } = useTranslation('templates');
  return (
    <List size="sm" spacing={2}>
      {campaigns.map((c) => (
        <List.Item key={c.id}>
          {c.name}{' '}
          <Text span size="xs" c="dimmed">
            ({t(`campaignStatus.${c.status}`, { defaultValue: c.status })})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
