import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionState } from '../api/session-state';
import { UsersPage } from '../features/users/users-page';
import { fakeFetch, json } from '../test/render';
import { theme } from '../theme';
import { AppLayout } from './app-layout';

const ACME = { id: '7d4f6f0e-0000-4000-8000-00000000000a', name: 'Acme Learning', slug: 'acme-learning', role: 'admin' };
const GLOBEX = { id: '7d4f6f0e-0000-4000-8000-00000000000b', name: 'Globex Academy', slug: 'globex-academy', role: 'viewer' };
const session = (workspaces: unknown[]) => ({
  user: { id: 'u-dana', email: 'dana@acme.example', name: 'Dana Leclerc', locale: 'en' },
  workspaces,
  csrfToken: 'csrf-1',
});
const people = (workspace: string) => ({
  nextCursor: null,
  items: [{ id: `u-camille-${workspace}`, email: 'camille@acme.example', name: `Camille at ${workspace}`, role: 'admin', status: 'active', invitedAt: null, lastSignInAt: null }],
});

/** The signed-in layout around Users & roles, as the console routes them. */
function renderShell(workspaces: unknown[]) {
  const byWorkspace = { [ACME.id]: 'Acme', [GLOBEX.id]: 'Globex' } as Record<string, string>;
  const { fetch, requests } = fakeFetch({
    'GET /v1/auth/session': () => json(200, session(workspaces)),
  });
  vi.stubGlobal('fetch', async (request: Request) =>
    new URL(request.url).pathname === '/v1/users'
      ? (requests.push(request), json(200, people(byWorkspace[request.headers.get('X-Clarion-Workspace') ?? ''] ?? 'nowhere')))
      : fetch(request),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rootRoute = createRootRoute();
  const layout = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: AppLayout });
  const users = createRoute({ getParentRoute: () => layout, path: '/settings/users', component: UsersPage });
  const router = createRouter({
    routeTree: rootRoute.addChildren([layout.addChildren([users])]),
    history: createMemoryHistory({ initialEntries: ['/settings/users'] }),
  });
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router as never} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { requests };
}

// Pages render slowly on a busy machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 5_000 });

describe('WorkspaceSwitch', { timeout: 30_000 }, () => {
  beforeEach(() => sessionState.setWorkspaceId(null));

  it('switches the workspace the console acts in, with the role held there', async () => {
    sessionState.setWorkspaceId(ACME.id);
    const { requests } = renderShell([ACME, GLOBEX]);
    const switcher = await screen.findByRole('combobox', { name: 'Workspace' });
    expect(switcher).toHaveValue('Acme Learning');
    expect(await screen.findByText('Camille at Acme')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invite someone' })).toBeInTheDocument();

    await userEvent.click(switcher);
    await userEvent.click(await screen.findByRole('option', { name: 'Globex Academy' }));

    expect(await screen.findByText('Camille at Globex')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveValue('Globex Academy');
    // A viewer there: the same page, read-only.
    expect(screen.queryByRole('button', { name: 'Invite someone' })).not.toBeInTheDocument();
    expect(sessionState.workspaceId()).toBe(GLOBEX.id);
    await waitFor(() => expect(requests.at(-1)?.headers.get('X-Clarion-Workspace')).toBe(GLOBEX.id));
  });

  it('shows the only workspace as a name, with nothing to switch', async () => {
    renderShell([ACME]);
    expect(await screen.findByText('Camille at Acme')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Workspace' })).not.toBeInTheDocument();
    expect(screen.getByText('Acme Learning')).toBeInTheDocument();
  });

  it('falls back to the first workspace when the remembered one is no longer the person’s', async () => {
    sessionState.setWorkspaceId('7d4f6f0e-0000-4000-8000-0000000000ff');
    renderShell([GLOBEX, ACME]);
    expect(await screen.findByRole('combobox', { name: 'Workspace' })).toHaveValue('Globex Academy');
    expect(await screen.findByText('Camille at Globex')).toBeInTheDocument();
  });
});
