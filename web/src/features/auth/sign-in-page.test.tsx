import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../../test/render';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  it('checks the fields before sending anything', async () => {
    const { fetch, requests } = fakeFetch({});
    vi.stubGlobal('fetch', fetch);
    renderPage(SignInPage, { path: '/sign-in' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Required')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('says how long to wait when sign-in is throttled', async () => {
    const { fetch } = fakeFetch({
      'POST /v1/auth/sign-in': () =>
        json(429, { error: { code: 'AUTH.TOO_MANY_ATTEMPTS', message: 'Too many attempts', details: [] }, correlationId: 'c' }, { 'Retry-After': '300' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(SignInPage, { path: '/sign-in' });
    await userEvent.type(await screen.findByLabelText(/Email/), 'dana@example.test');
    await userEvent.type(screen.getByLabelText(/Password/), 'whatever-it-is');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 5 minutes.');
  });

  it('shows wrong credentials without saying which part was wrong', async () => {
    const { fetch } = fakeFetch({
      'POST /v1/auth/sign-in': () => json(401, { error: { code: 'AUTH.INVALID_CREDENTIALS', message: 'Invalid', details: [] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(SignInPage, { path: '/sign-in' });
    await userEvent.type(await screen.findByLabelText(/Email/), 'dana@example.test');
    await userEvent.type(screen.getByLabelText(/Password/), 'whatever-it-is');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
  });
});
