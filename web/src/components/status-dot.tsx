import { Box, Group, Text } from '@mantine/core';

/**
 * A status as words beside a coloured dot: the colour helps the eye, the words carry the meaning in
 * the body text colour (a light badge's coloured text fails AA contrast on striped rows).
 */
export function StatusDot({ color, label, size = 'sm' }: { color: string; label: string; size?: 'xs' | 'sm' }) {
  return (
    <Group gap={6} wrap="nowrap" display="inline-flex">
      <Box aria-hidden w={8} h={8} style={{ borderRadius: '50%', flex: 'none', background: `var(--mantine-color-${color}-7)` }} />
      <Text size={size} fw={500} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
    </Group>
  );
}
