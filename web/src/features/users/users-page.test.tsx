import { notifications } from '@mantine/notifications';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../../test/render';
import { type CurrentWorkspace, WorkspaceContext } from '../auth/workspace-context';
import { UsersPage } from './users-page';

const WORKSPACE = { id: '7d4f6f0e-0000-4000-8000-000000000001', name: 'Acme Learning', slug: 'acme-learning' };
const SESSION = {
  user: { id: 'u-dana', email: 'dana@acme.example', name: 'Dana Leclerc', locale: 'en' },
  workspaces: [{ ...WORKSPACE, role: 'admin' }],
  csrfToken: 'csrf-1',
};
const PEOPLE = {
  nextCursor: null,
  items: [
    { id: 'u-dana', email: 'dana@acme.example', name: 'Dana Leclerc', role: 'admin', status: 'active', invitedAt: '2026-01-05T09:00:00Z', lastSignInAt: '2026-11-29T09:00:00Z' },
    { id: 'u-victor', email: 'victor@acme.example', name: 'Victor Viewer', role: 'viewer', status: 'active', invitedAt: '2026-02-05T09:00:00Z', lastSignInAt: null },
    { id: 'i-alex', email: 'alex@acme.example', name: null, role: 'editor', status: 'invited', invitedAt: '2026-11-20T09:00:00Z', lastSignInAt: null },
  ],
};

function renderUsers(role: CurrentWorkspace['role'], answers: Parameters<typeof fakeFetch>[0] = {}) {
  const fake = fakeFetch({
    'GET /v1/auth/session': () => json(200, SESSION),
    'GET /v1/users': () => json(200, PEOPLE),
    ...answers,
  });
  vi.stubGlobal('fetch', fake.fetch);
  const Page = () => (
    <WorkspaceContext.Provider value={{ ...WORKSPACE, role }}>
      <UsersPage />
    </WorkspaceContext.Provider>
  );
  renderPage(Page, { path: '/settings/users' });
  return fake;
}

// Pages render slowly on a busy machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 5_000 });

describe('UsersPage', { timeout: 30_000 }, () => {
  it('lets an admin invite someone, change roles and remove access', async () => {
    const { requests } = renderUsers('admin', {
      'PATCH /v1/users/u-victor': () => json(200, { ...PEOPLE.items[1], role: 'editor' }),
      'POST /v1/users': () =>
        json(201, { id: 'i-sam', email: 'sam@acme.example', name: null, role: 'planner', status: 'invited', invitedAt: '2026-11-30T09:00:00Z', lastSignInAt: null }),
    });
    const members = await screen.findByRole('region', { name: 'Members' });
    expect(await within(members).findByText('Dana Leclerc (you)')).toBeInTheDocument();
    expect(within(members).getByRole('combobox', { name: 'Role of Victor Viewer' })).toHaveValue('Viewer');
    expect(within(members).getByRole('button', { name: 'Remove Victor Viewer' })).toBeInTheDocument();
    const pending = screen.getByRole('region', { name: 'Pending invitations' });
    expect(within(pending).getByText('alex@acme.example')).toBeInTheDocument();
    expect(within(pending).getByRole('button', { name: 'Remove alex@acme.example' })).toHaveTextContent('Cancel invitation');

    await userEvent.click(screen.getByRole('button', { name: 'Invite someone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' });
    await userEvent.type(within(dialog).getByLabelText(/Email/), 'sam@acme.example');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Role/ }));
    await userEvent.click(await screen.findByRole('option', { name: /^Planner/ }));
    // The inviter's language unless chosen: Sam reads French.
    expect(within(dialog).getByRole('combobox', { name: /Language/ })).toHaveValue('English');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Language/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Français' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ email: 'sam@acme.example', role: 'planner', locale: 'fr' });
    expect(post.headers.get('X-Clarion-Workspace')).toBe(WORKSPACE.id);
    // The dialog closes and the list is loaded again, with the new invitation.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET' && r.url.endsWith('/v1/users'))).toHaveLength(2));

    await userEvent.click(within(members).getByRole('combobox', { name: 'Role of Victor Viewer' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Editor' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe('/v1/users/u-victor');
    expect(await patch.json()).toEqual({ role: 'editor' });
  });

  it('asks before an admin changes her own role, then reloads the session; a refusal says why', async () => {
    let demoted = false;
    const toasts = vi.spyOn(notifications, 'show').mockImplementation(() => '');
    const toasted = (message: string) => waitFor(() => expect(toasts).toHaveBeenCalledWith(expect.objectContaining({ message })));
    const { requests } = renderUsers('admin', {
      'GET /v1/auth/session': () => json(200, demoted ? { ...SESSION, workspaces: [{ ...WORKSPACE, role: 'viewer' }] } : SESSION),
      'PATCH /v1/users/u-dana': () => {
        if (!demoted) {
          demoted = true;
          return json(409, { error: { code: 'USER.LAST_ADMIN', message: 'This is the only admin person of the workspace', details: [] }, correlationId: 'c' });
        }
        return json(200, { ...PEOPLE.items[0], role: 'viewer' });
      },
    });
    const members = await screen.findByRole('region', { name: 'Members' });
    await within(members).findByText('Dana Leclerc (you)');
    const chooseViewer = async () => {
      await userEvent.click(within(members).getByRole('combobox', { name: 'Role of Dana Leclerc' }));
      await userEvent.click(await screen.findByRole('option', { name: 'Viewer' }));
      return screen.findByRole('dialog', { name: 'Change your own role?' });
    };
    const patches = () => requests.filter((r) => r.method === 'PATCH');

    // Cancelling changes nothing.
    let dialog = await chooseViewer();
    expect(within(dialog).getByText(/only another admin can give you the admin role back/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(patches()).toHaveLength(0);
    expect(within(members).getByRole('combobox', { name: 'Role of Dana Leclerc' })).toHaveValue('Admin');

    // The api refuses (the only admin person): its reason is shown, the role stays.
    dialog = await chooseViewer();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Switch to Viewer' }));
    await toasted('You are the only admin person of this workspace: make another member admin first.');
    expect(within(members).getByRole('combobox', { name: 'Role of Dana Leclerc' })).toHaveValue('Admin');

    // Accepted: a toast, and the session (the role the console acts with) is read again.
    const sessionReads = requests.filter((r) => r.url.endsWith('/v1/auth/session')).length;
    dialog = await chooseViewer();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Switch to Viewer' }));
    await toasted('You now have the Viewer role.');
    expect(patches()).toHaveLength(2);
    expect(await patches()[1].json()).toEqual({ role: 'viewer' });
    await waitFor(() => expect(requests.filter((r) => r.url.endsWith('/v1/auth/session')).length).toBeGreaterThan(sessionReads));
    toasts.mockRestore();
  });

  it('shows the api’s problem at the field it names', async () => {
    renderUsers('admin', {
      'POST /v1/users': () =>
        json(400, {
          error: { code: 'VALIDATION.FAILED', message: 'Invalid input', details: [{ path: 'email', message: 'already a member of this workspace' }] },
          correlationId: 'c',
        }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Invite someone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' });
    await userEvent.type(within(dialog).getByLabelText(/Email/), 'victor@acme.example');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(await within(dialog).findByText('already a member of this workspace')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Email/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a viewer who has access, with no write button', async () => {
    renderUsers('viewer');
    const members = await screen.findByRole('region', { name: 'Members' });
    expect(screen.getByText('Who has access to this workspace. Only admins can change it.')).toBeInTheDocument();
    expect(within(members).getByText('Viewer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite someone' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Remove/ })).toHaveLength(0);
  });

  it('says when the list cannot be loaded, and tries again', async () => {
    let calls = 0;
    renderUsers('admin', {
      'GET /v1/users': () => (++calls === 1 ? json(500, { error: { code: 'INTERNAL', message: 'Boom', details: [] }, correlationId: 'c' }) : json(200, PEOPLE)),
    });
    expect(await screen.findByText('The users could not be loaded')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Members' })).toBeInTheDocument();
  });

  it('on a phone, shows each person as a card with their role and actions, no table', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }));
    renderUsers('admin');
    const members = await screen.findByRole('region', { name: 'Members' });
    expect(within(members).queryByRole('table')).not.toBeInTheDocument();
    const cards = within(members).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[1]!).getByText('Victor Viewer')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('combobox', { name: 'Role of Victor Viewer' })).toHaveValue('Viewer');
    expect(within(cards[1]!).getByRole('button', { name: 'Remove Victor Viewer' })).toBeInTheDocument();
    const pending = screen.getByRole('region', { name: 'Pending invitations' });
    expect(within(pending).getByRole('listitem')).toHaveTextContent('alex@acme.example');
  });
});
