import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './report.module.css';

const EVENTS = { hover: true, focus: true, touch: true };

/**
 * A figure that says what it counts when hovered or focused. With `onClick` it is a button (the
 * drill-down to its learners); otherwise a focusable span, so a keyboard reaches the explanation too.
 */
export function Explained({ explanation, children, onClick, label }: { explanation: string; children: ReactNode; onClick?: () => void; label?: string }) {
  return (
    <Tooltip label={explanation} multiline w={300} withArrow events={EVENTS} openDelay={150}>
      {onClick ? (
        <UnstyledButton onClick={onClick} aria-label={label} className={classes.figureButton}>
          {children}
        </UnstyledButton>
      ) : (
        <Text component="span" tabIndex={0} className={classes.explained} aria-label={label}>
          {children}
        </Text>
      )}
    </Tooltip>
  );
}
