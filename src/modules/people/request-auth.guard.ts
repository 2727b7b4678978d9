import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type AuthContext, PUBLIC_KEY, ROLES_KEY, USER_ONLY_KEY, type UserContext } from '../../common/auth/auth-context';
import { isAllowed, isReadMethod } from '../../common/auth/roles';
import type { Role } from '../../common/enums';
import { isUuid } from '../../common/http/parse-id.pipe';
import { AppConfig } from '../../config/app-config';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { claimedOrigin, csrfTokenMatches, originAllowed } from './csrf';
import { AuthErrors } from './people.errors';
import { PeopleRepository } from './people.repository';
import { readCookie, SESSION_COOKIE } from './session-cookie';
import { SessionsService } from './sessions.service';

export const WORKSPACE_HEADER = 'x-clarion-workspace';
export const CSRF_HEADER = 'x-csrf-token';

type AuthRequest = Request & { auth?: AuthContext; user?: UserContext };

/**
 * The one global guard. A machine sends `Authorization: Bearer <api key>` (it wins when a cookie
 * is there too); a person sends the session cookie, names the workspace in `X-Clarion-Workspace`
 * and acts with their membership's role. Cookie-authenticated writes must come from our origin and
 * carry the session's CSRF token. Then the route's role check, the same for both.
 */
@Injectable()
export class RequestAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly workspaces: WorkspacesService,
    private readonly sessions: SessionsService,
    private readonly people: PeopleRepository,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const userOnly = this.reflector.getAllAndOverride<boolean>(USER_ONLY_KEY, targets) === true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<AuthRequest>();

    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      if (userOnly) throw AuthErrors.sessionRequired();
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw AuthErrors.missingCredentials();
      const key = await this.workspaces.authenticate(match[1]);
      if (!key) throw AuthErrors.invalidKey();
      if (!isAllowed(key.role, request.method, allowed)) throw AuthErrors.roleForbidden(key.role);
      request.auth = { workspaceId: key.workspaceId, role: key.role, apiKeyId: key.id, userId: null };
      return true;
    }

    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (cookie === null) throw userOnly ? AuthErrors.sessionRequired() : AuthErrors.missingCredentials();
    const session = await this.sessions.resolve(cookie);
    if (!session) throw AuthErrors.sessionEnded();
    if (!isReadMethod(request.method)) this.checkCsrf(request, session.csrfToken);
    request.user = { userId: session.userId, sessionId: session.id, csrfToken: session.csrfToken };
    if (userOnly) return true;

    const workspaceId = headerValue(request.headers[WORKSPACE_HEADER]);
    if (!workspaceId) throw AuthErrors.workspaceRequired();
    const role = isUuid(workspaceId) ? await this.people.roleIn(workspaceId.toLowerCase(), session.userId) : null;
    if (!role) throw AuthErrors.notAMember();
    if (!isAllowed(role, request.method, allowed)) throw AuthErrors.roleForbidden(role);
    request.auth = { workspaceId: workspaceId.toLowerCase(), role, apiKeyId: null, userId: session.userId };
    return true;
  }

  /**
   * A browser sends the cookie with any request to us, whoever made the page: a write is ours only
   * if it comes from our origin (PUBLIC_BASE_URL's, or the host it was sent to) and carries the
   * token that only our pages can read from the session.
   */
  private checkCsrf(request: Request, csrfToken: string): void {
    const origin = claimedOrigin(headerValue(request.headers.origin), headerValue(request.headers.referer));
    const ownOrigin = request.headers.host ? `${request.protocol}://${request.headers.host}` : null;
    if (!originAllowed(origin, [this.config.publicBaseUrl, ownOrigin])) {
      throw AuthErrors.csrf(origin ? `origin ${origin} is not this console's` : 'no Origin or Referer header');
    }
    if (!csrfTokenMatches(headerValue(request.headers[CSRF_HEADER]), csrfToken)) {
      throw AuthErrors.csrf('missing or wrong X-CSRF-Token header (see csrfToken in GET /v1/auth/session)');
    }
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
