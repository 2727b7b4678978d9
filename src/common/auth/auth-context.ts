import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '../enums';
import { ApiErrors, ApiPublic } from '../openapi/api-errors.decorator';

/** Who is calling: the workspace every query is scoped to, and the role of the API key. */
export interface AuthContext {
  workspaceId: string;
  role: Role;
  apiKeyId: string;
}

export const ROLES_KEY = 'clarion:roles';
export const PUBLIC_KEY = 'clarion:public';

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

/** Injects the caller's AuthContext. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const request = ctx.switchToHttp().getRequest<{ auth?: AuthContext }>();
  if (!request.auth) throw new Error('Auth context missing: is the route marked @Public()?');
  return request.auth;
});
