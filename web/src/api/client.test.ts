import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json } from '../test/render';
import { ApiError } from './api-error';
import { api } from './client';
import { sessionState } from './session-state';

describe('api client', () => {
  afterEach(() => {
    sessionState.setCsrfToken(null);
    sessionState.setWorkspaceId(null);
  });

  it('sends the workspace on workspace routes and the CSRF token on writes only', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/users': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/users': () => json(201, { id: 'u1' }),
      'POST /v1/auth/sign-out': () => json(204, null),
    });
    vi.stubGlobal('fetch', fetch);
    sessionState.setWorkspaceId('ws-1');
    sessionState.setCsrfToken('csrf-1');

    await api.GET('/v1/users');
    await api.POST('/v1/users', { body: { email: 'a@b.co', role: 'viewer' } });
    await api.POST('/v1/auth/sign-out');

    const [list, invite, signOut] = requests;
    expect(list!.headers.get('X-Clarion-Workspace')).toBe('ws-1');
    expect(list!.headers.get('X-CSRF-Token')).toBeNull();
    expect(invite!.headers.get('X-Clarion-Workspace')).toBe('ws-1');
    expect(invite!.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(signOut!.headers.get('X-Clarion-Workspace')).toBeNull();
    expect(signOut!.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(invite!.credentials).toBe('same-origin');
  });

  it('throws the error envelope as an ApiError, with the field details and Retry-After', async () => {
    const { fetch } = fakeFetch({
      'POST /v1/auth/sign-in': () =>
        json(429, { error: { code: 'AUTH.TOO_MANY_ATTEMPTS', message: 'Too many', details: [{ path: 'email', message: 'slow down' }] }, correlationId: 'corr-9' }, { 'Retry-After': '120' }),
    });
    vi.stubGlobal('fetch', fetch);
    const error = await api.POST('/v1/auth/sign-in', { body: { email: 'a@b.co', password: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'AUTH.TOO_MANY_ATTEMPTS', retryAfter: 120, correlationId: 'corr-9' });
    expect((error as ApiError).fieldErrors()).toEqual({ email: 'slow down' });
  });

  it('sends a 401 on a workspace route to sign-in, but not a 401 of the auth routes', async () => {
    const unauthorized = vi.fn();
    sessionState.setUnauthorizedHandler(unauthorized);
    const { fetch } = fakeFetch({
      'GET /v1/users': () => json(401, { error: { code: 'AUTH.UNAUTHENTICATED', message: 'Sign in', details: [] }, correlationId: 'c' }),
      'GET /v1/auth/session': () => json(401, { error: { code: 'AUTH.UNAUTHENTICATED', message: 'Sign in', details: [] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    await expect(api.GET('/v1/auth/session')).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).not.toHaveBeenCalled();
    await expect(api.GET('/v1/users')).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledTimes(1);
  });
});
