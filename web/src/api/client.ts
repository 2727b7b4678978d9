import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema';
import { sessionState } from './session-state';

/** The api's routes, generated from its OpenAPI document (`npm run api:types`). */
export type ApiPaths = paths;

// Routes under /v1/auth work without a workspace; a 401 there is an answer (wrong password, no session), not an expiry.
const AUTH_PREFIX = '/v1/auth/';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const sessionHeaders: Middleware = {
  onRequest({ request }) {
    const path = new URL(request.url).pathname;
    const workspaceId = sessionState.workspaceId();
    if (workspaceId && !path.startsWith(AUTH_PREFIX)) request.headers.set('X-Clarion-Workspace', workspaceId);
    const csrf = sessionState.csrfToken();
    if (csrf && !SAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrf);
    return request;
  },
};

export const errorMapping: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const error = await ApiError.fromResponse(response);
    if (response.status === 401 && !new URL(request.url).pathname.startsWith(AUTH_PREFIX)) sessionState.unauthorized();
    throw error;
  },
};

/** The one api client: same origin, the session cookie, the workspace and CSRF headers; errors throw `ApiError`. */
export const api = createClient<ApiPaths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  credentials: 'same-origin',
  // Looked up per call, so tests can replace the global fetch.
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(sessionHeaders, errorMapping);
