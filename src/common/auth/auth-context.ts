import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '../enums';
import { ApiErrors, ApiPublic, ApiUserOnly } from '../openapi/api-errors.decorator';

/**
 * Who is calling: the workspace every query is scoped to, the role, and who holds it: an API key
 * (`apiKeyId`) or a signed-in person (`userId`, with the workspace named by `X-Clarion-Workspace`).
 * Exactly one of the two ids is set.
 */
export interface AuthContext {
  workspaceId: string;
  role: Role;
  apiKeyId: string | null;
  userId: string | null;
}

/** A signed-in person, on any route reached with the session cookie (`@UserOnly()` routes included). */
export interface UserContext {
  userId: string;
  /** The session's id (the SHA-256 of the cookie value). */
  sessionId: string;
  csrfToken: string;
}

export const ROLES_KEY = 'clarion:roles';
export const PUBLIC_KEY = 'clarion:public';
export const USER_ONLY_KEY = 'clarion:user-only';

/**
 * Roles allowed to call a handler besides admin, who may call everything. Without it, reads
 * (GET, HEAD) are open to every role and writes to admin only, so a forgotten annotation fails safe.
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiErrors(403));

/**
 * Marks a route (or every route of a controller) that needs no API key: health, tracking, signed
 * webhooks, signing in. Its OpenAPI operation says `security: []`; list the errors it can answer
 * with `@ApiErrors(...)`, since public operations get none automatically.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiPublic());

/**
 * Marks a route for a signed-in person that concerns no workspace (`/v1/auth/session`, `/me`…):
 * the session cookie is required, `X-Clarion-Workspace` is not, and API keys are refused.
 */
export const UserOnly = () => applyDecorators(SetMetadata(USER_ONLY_KEY, true), ApiUserOnly());

/** Injects the caller's AuthContext. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const request = ctx.switchToHttp().getRequest<{ auth?: AuthContext }>();
  if (!request.auth) throw new Error('Auth context missing: is the route marked @Public() or @UserOnly()?');
  return request.auth;
});

/** Injects the signed-in person's UserContext (routes reached with the session cookie). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): UserContext => {
  const request = ctx.switchToHttp().getRequest<{ user?: UserContext }>();
  if (!request.user) throw new Error('User context missing: is the route marked @UserOnly()?');
  return request.user;
});
