// What the client adds to each request, owned by the session: the CSRF token and the chosen workspace.
// Module state, not React state, so the fetch middleware reads the current values.

const WORKSPACE_KEY = 'clarion.workspace';

let csrfToken: string | null = null;
let workspaceId: string | null = readStoredWorkspace();
let onUnauthorized: () => void = () => undefined;

function readStoredWorkspace(): string | null {
  try {
    return localStorage.getItem(WORKSPACE_KEY);
  } catch {
    return null;
  }
}

export const sessionState = {
  csrfToken: () => csrfToken,
  setCsrfToken(token: string | null): void {
    csrfToken = token;
  },
  workspaceId: () => workspaceId,
  setWorkspaceId(id: string | null): void {
    workspaceId = id;
    try {
      if (id) localStorage.setItem(WORKSPACE_KEY, id);
      else localStorage.removeItem(WORKSPACE_KEY);
    } catch {
      // private mode: the choice lasts for this tab
    }
  },
  /** What to do when the api answers 401 to a signed-in request (the app sends the person to sign-in). */
  setUnauthorizedHandler(handler: () => void): void {
    onUnauthorized = handler;
  },
  unauthorized(): void {
    onUnauthorized();
  },
};
