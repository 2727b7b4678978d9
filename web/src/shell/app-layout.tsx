import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionState } from '../api/session-state';
import { EmptyState } from '../components/empty-state';
import { useSession } from '../features/auth/use-session';
import { type CurrentWorkspace, WorkspaceContext } from '../features/auth/workspace-context';
import classes from './app-layout.module.css';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';
import { WorkspaceSwitch } from './workspace-switch';

const NAV = [
  { to: '/learners', label: 'nav.learners' },
  { to: '/personas', label: 'nav.personas' },
  { to: '/segments', label: 'nav.segments' },
  { to: '/courses', label: 'nav.courses' },
  { to: '/templates', label: 'nav.templates' },
  { to: '/campaigns', label: 'nav.campaigns' },
  { to: '/brand-kits', label: 'nav.brandKits' },
  { to: '/calendar', label: 'nav.calendar' },
  { to: '/settings', label: 'nav.settings' },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [workspaceId, setWorkspaceId] = useState(sessionState.workspaceId());

  const workspaces = session?.workspaces ?? [];
  const workspace: CurrentWorkspace | null = useMemo(
    () => workspaces.find((w) => w.id === workspaceId) ?? workspaces[0] ?? null,
    [workspaces, workspaceId],
  );

  const switchWorkspace = (id: string) => {
    sessionState.setWorkspaceId(id);
    setWorkspaceId(id);
    // Everything but the session belongs to the previous workspace.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
  };

  if (!session) return null;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t(opened ? 'shell.closeMenu' : 'shell.openMenu')} />
            {/* On a phone the workspace switch needs the room more than the name of the product. */}
            <Text fw={700} size="lg" c="blue.8" visibleFrom={workspaces.length > 1 ? 'xs' : undefined}>
              Clarion
            </Text>
            {workspace && workspaces.length > 1 ? (
              <WorkspaceSwitch workspaces={workspaces} current={workspace} onChange={switchWorkspace} />
            ) : (
              workspace && (
                <Text size="sm" c="dimmed" truncate visibleFrom="xs">
                  {workspace.name}
                </Text>
              )
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')} className={classes.navbar} mod={{ collapsed: !opened }}>
        <AppShell.Section grow component={ScrollArea}>
          {NAV.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
              aria-current={pathname === item.to || pathname.startsWith(`${item.to}/`) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>
        {workspace ? (
          <WorkspaceContext.Provider value={workspace}>
            <Outlet />
          </WorkspaceContext.Provider>
        ) : (
          <EmptyState title={t('shell.noWorkspaceTitle')} description={t('shell.noWorkspace')} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
