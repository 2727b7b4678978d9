import { ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's sideways scroll on a phone, reachable by keyboard: the element that scrolls (the
 * ScrollArea's viewport, not its root) is a focusable region named `label`.
 */
export function TableScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': label }}>
      {children}
    </ScrollArea>
  );
}
