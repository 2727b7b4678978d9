import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type AuthContext, PUBLIC_KEY, ROLES_KEY } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { DomainError } from '../../common/errors/domain-error';
import { WorkspacesService } from './workspaces.service';

const READ_METHODS = new Set(['GET', 'HEAD']);

/** Global guard: `Authorization: Bearer <api key>`, then the role check of the route. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly workspaces: WorkspacesService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { auth?: AuthContext }>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      throw DomainError.unauthenticated('AUTH.MISSING_KEY', 'Send an API key as "Authorization: Bearer <key>"');
    }
    const key = await this.workspaces.authenticate(match[1]);
    if (!key) throw DomainError.unauthenticated('AUTH.INVALID_KEY', 'The API key is unknown or revoked');

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!isAllowed(key.role, request.method, allowed)) {
      throw DomainError.forbidden('AUTH.ROLE_FORBIDDEN', `The "${key.role}" role may not do this`);
    }
    request.auth = { workspaceId: key.workspaceId, role: key.role, apiKeyId: key.id };
    return true;
  }
}

export function isAllowed(role: Role, method: string, allowed: Role[] | undefined): boolean {
  if (role === Role.Admin) return true;
  if (allowed) return allowed.includes(role);
  return READ_METHODS.has(method.toUpperCase());
}
