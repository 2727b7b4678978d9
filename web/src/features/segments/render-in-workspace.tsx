import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { FunctionComponent } from 'react';
import type { Role } from '../auth/workspace-context';
import '../../i18n';
import { theme } from '../../theme';
import { WorkspaceContext } from '../auth/workspace-context';

/**
 * Renders a signed-in page at `path` (route `pattern`) inside a workspace where the person has
 * `role`; Mantine in test mode (no transitions, so dropdowns and dialogs open at once).
 */
export function renderInWorkspace(Page: FunctionComponent, { path, pattern = path, role = 'admin' }: { path: string; pattern?: string; role?: Role }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rootRoute = createRootRoute();
  const workspace = { id: 'w1', name: 'Acme', slug: 'acme', role };
  const Wrapped = () => (
    <WorkspaceContext.Provider value={workspace}>
      <Page />
    </WorkspaceContext.Provider>
  );
  const pageRoute = createRoute({ getParentRoute: () => rootRoute, path: pattern, component: Wrapped });
  const catchAll = createRoute({ getParentRoute: () => rootRoute, path: '$', component: () => <p>elsewhere</p> });
  const router = createRouter({ routeTree: rootRoute.addChildren([pageRoute, catchAll]), history: createMemoryHistory({ initialEntries: [path] }) });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router as never} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, queryClient, router };
}
