import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

const RouterAnchor = forwardRef<HTMLAnchorElement, AnchorProps & ComponentPropsWithoutRef<'a'>>((props, ref) => <Anchor component="a" ref={ref} {...props} />);
RouterAnchor.displayName = 'RouterAnchor';

/** A Mantine anchor that is a router link, typed against the console's routes and their params. */
export const AnchorLink = createLink(RouterAnchor);
