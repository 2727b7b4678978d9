import { Group, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Key, ReactNode } from 'react';

/** Below Mantine's `sm` (48em), where a table's key columns no longer fit beside each other. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/** Whether the screen is a phone's: lists show cards there instead of tables. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
}

/**
 * On a phone, one card per row of what is a table on a wider screen: everything readable and every
 * action at hand, with no sideways scroll. The list is a region named like the table it replaces.
 */
export function CardList<T>({ label, items, keyOf, children }: { label: string; items: readonly T[]; keyOf: (item: T) => Key; children: (item: T) => ReactNode }) {
  return (
    <div role="region" aria-label={label}>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Paper component="li" key={keyOf(item)} withBorder p="sm" radius="sm">
            {children(item)}
          </Paper>
        ))}
      </Stack>
    </div>
  );
}

/** A value of a card with what it is, as a table's column header would say: « Début  14 janv. 2027, 09:00 ». */
export function CardField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" mt={4}>
      <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0, paddingTop: 2 }}>
        {label}
      </Text>
      <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</div>
    </Group>
  );
}

/**
 * Badge styles that keep a short status whole in a squeezed table cell: Mantine's label hides its
 * overflow, which lets the table shrink it to « PLA… ».
 */
export const FULL_BADGE = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const;
