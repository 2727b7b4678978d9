import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A labelled region that scrolls its content (a wide table on a phone) and takes the keyboard's
 * focus, so it can be scrolled without a mouse. The scrolling element itself is the focusable one,
 * which axe requires (a ScrollArea's viewport is an inner element).
 */
export function ScrollRegion({ label, maxHeight, children }: { label: string; maxHeight?: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflow: 'auto', maxHeight, WebkitOverflowScrolling: 'touch' }}>
      {children}
    </Box>
  );
}
