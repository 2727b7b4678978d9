import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sessionState } from '../../api/session-state';
import { fakeFetch, json, renderPage } from '../../test/render';
import { AcceptInvitationPage } from './accept-invitation-page';

const TOKEN = 'tok_abc123';
const WORKSPACE = { id: '7d4f6f0e-0000-4000-8000-000000000002', name: 'Acme Learning' };
const invitation = (over: Record<string, unknown> = {}) => ({
  email: 'alex@acme.example',
  workspace: WORKSPACE,
  role: 'planner',
  invitedBy: 'Camille Durand',
  expiresAt: '2030-05-14T09:00:00.000Z',
  accountExists: false,
  suggestedName: null,
  locale: 'en',
  ...over,
});
const session = {
  user: { id: 'u-alex', email: 'alex@acme.example', name: 'Alex Martin', locale: 'en' },
  workspaces: [{ ...WORKSPACE, slug: 'acme-learning', role: 'planner' }],
  csrfToken: 'csrf-1',
};
const gone = (code: string) => () => json(410, { error: { code, message: code, details: [] }, correlationId: 'c' });

function renderInvitation(answers: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(answers);
  vi.stubGlobal('fetch', fake.fetch);
  renderPage(AcceptInvitationPage, { path: `/invitations/${TOKEN}`, pattern: '/invitations/$token' });
  return fake;
}

// Pages render slowly on a busy machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 5_000 });

describe('AcceptInvitationPage', { timeout: 30_000 }, () => {
  it('makes a new account: a name (prefilled when suggested) and a password, then into the workspace', async () => {
    const { requests } = renderInvitation({
      [`GET /v1/auth/invitations/${TOKEN}`]: () => json(200, invitation({ suggestedName: 'Alex Martin' })),
      [`POST /v1/auth/invitations/${TOKEN}/accept`]: () => json(200, session),
    });
    expect(await screen.findByText('Camille Durand invites you to Acme Learning with the Planner role.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('alex@acme.example');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Alex Martin');
    await userEvent.type(screen.getByLabelText(/^Choose a password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByText('At least 10 characters')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/^Choose a password/), ' and longer now');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ name: 'Alex Martin', password: 'short and longer now' });
    expect(sessionState.workspaceId()).toBe(WORKSPACE.id);
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('opens in the invitation’s language; a new account keeps the one the page was last read in', async () => {
    const { requests } = renderInvitation({
      [`GET /v1/auth/invitations/${TOKEN}`]: () => json(200, invitation({ locale: 'fr' })),
      [`POST /v1/auth/invitations/${TOKEN}/accept`]: () => json(200, { ...session, user: { ...session.user, locale: 'fr' } }),
      'PATCH /v1/auth/me': () => json(200, { ...session.user, locale: 'en' }),
    });
    expect(await screen.findByText('Camille Durand vous invite à rejoindre Acme Learning avec le rôle Planificateur.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    // The person reads English better than the inviter thought.
    await userEvent.click(screen.getByText('EN'));
    await userEvent.type(await screen.findByLabelText(/^Name/), 'Alex Martin');
    await userEvent.type(screen.getByLabelText(/^Choose a password/), 'a long passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).toEqual({ locale: 'en' });
    expect(patch.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });

  it('asks an existing account only for its password, and says when it is wrong', async () => {
    let attempts = 0;
    const { requests } = renderInvitation({
      [`GET /v1/auth/invitations/${TOKEN}`]: () => json(200, invitation({ accountExists: true })),
      [`POST /v1/auth/invitations/${TOKEN}/accept`]: () =>
        ++attempts === 1
          ? json(401, { error: { code: 'AUTH.INVALID_CREDENTIALS', message: 'Invalid', details: [] }, correlationId: 'c' })
          : json(200, session),
    });
    expect(await screen.findByText('You already have a Clarion account: enter its password.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Name/)).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Password/), 'not it');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong password for this account.');
    await userEvent.clear(screen.getByLabelText(/^Password/));
    await userEvent.type(screen.getByLabelText(/^Password/), 'the right one');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(await posts[1]!.json()).toEqual({ password: 'the right one' });
  });

  it('says an expired link cannot be used, with no form', async () => {
    renderInvitation({ [`GET /v1/auth/invitations/${TOKEN}`]: gone('INVITATION.EXPIRED') });
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired. Ask the person who invited you to send a new one.');
    expect(screen.queryByRole('button', { name: 'Accept the invitation' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to sign-in' })).toBeInTheDocument();
  });

  it('sends someone whose invitation was already accepted to sign in', async () => {
    renderInvitation({ [`GET /v1/auth/invitations/${TOKEN}`]: gone('INVITATION.ACCEPTED') });
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation was already accepted. Sign in to reach the workspace.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('says an unknown link is invalid', async () => {
    renderInvitation({
      [`GET /v1/auth/invitations/${TOKEN}`]: () => json(404, { error: { code: 'INVITATION.NOT_FOUND', message: 'x', details: [] }, correlationId: 'c' }),
    });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This invitation link is invalid.'));
  });
});
