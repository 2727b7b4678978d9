import { Popover, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { cloneElement, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactElement, type ReactNode, useId, useState } from 'react';
import classes from './report.module.css';

type TargetProps = {
  onMouseEnter?: (event: MouseEvent) => void;
  onMouseLeave?: (event: MouseEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  'aria-describedby'?: string;
};

/**
 * What a figure counts, shown while its element is hovered or focused (Escape hides it) and read by
 * screen readers as its description. A popover rather than Mantine's Tooltip: the tooltip's
 * interaction hooks would land in a chunk the first screen loads.
 */
export function Hint({ label, children }: { label: string; children: ReactElement<TargetProps> }) {
  const [opened, setOpened] = useState(false);
  const id = useId();
  const own = children.props;
  return (
    <>
    <Popover opened={opened} onChange={setOpened} withArrow width={300} position="top" withRoles={false} shadow="md">
      <Popover.Target>
        {cloneElement(children, {
          'aria-describedby': id,
          onMouseEnter: (e: MouseEvent) => {
            setOpened(true);
            own.onMouseEnter?.(e);
          },
          onMouseLeave: (e: MouseEvent) => {
            setOpened(false);
            own.onMouseLeave?.(e);
          },
          onFocus: (e: FocusEvent) => {
            setOpened(true);
            own.onFocus?.(e);
          },
          onBlur: (e: FocusEvent) => {
            setOpened(false);
            own.onBlur?.(e);
          },
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Escape') setOpened(false);
            own.onKeyDown?.(e);
          },
        })}
      </Popover.Target>
      <Popover.Dropdown role="tooltip" style={{ pointerEvents: 'none' }} p="xs">
        <Text size="sm">{label}</Text>
      </Popover.Dropdown>
    </Popover>
    {/* The description screen readers read, present whether the popover is open or not. */}
    <VisuallyHidden id={id}>{label}</VisuallyHidden>
    </>
  );
}

/**
 * A figure that says what it counts when hovered or focused. With `onClick` it is a button (the
 * drill-down to its learners); otherwise a focusable span, so a keyboard reaches the explanation too.
 */
export function Explained({ explanation, children, onClick, label }: { explanation: string; children: ReactNode; onClick?: () => void; label?: string }) {
  return (
    <Hint label={explanation}>
      {onClick ? (
        <UnstyledButton onClick={onClick} aria-label={label} className={classes.figureButton}>
          {children}
        </UnstyledButton>
      ) : (
        <Text component="span" fz="inherit" tabIndex={0} className={classes.explained} aria-label={label}>
          {children}
        </Text>
      )}
    </Hint>
  );
}
