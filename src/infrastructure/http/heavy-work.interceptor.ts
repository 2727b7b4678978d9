import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { finalize, type Observable } from 'rxjs';
import type { AuthContext } from '../../common/auth/auth-context';
import { DomainError } from '../../common/errors/domain-error';
import { HEAVY_WORK_KEY } from '../../common/http/heavy-work.decorator';
import { AppConfig, type HeavyWorkKind } from '../../config/app-config';
import { HeavyWorkLimiter } from './heavy-work-limiter';

const KIND_NAMES: Record<HeavyWorkKind, string> = { import: 'imports', preview: 'previews', testSend: 'test sends', report: 'reports' };

/**
 * Admits a `@HeavyWork` request only within its workspace's share (else 429 `WORKSPACE.BUSY`) and
 * the process's (else 503 `SERVER.BUSY`), both with `Retry-After`; the slot is held until the
 * handler is done. Runs after the API key guard, so it knows the workspace; an upload it refuses
 * is not read.
 */
@Injectable()
export class HeavyWorkInterceptor implements NestInterceptor {
  private readonly limiter: HeavyWorkLimiter;

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.limiter = new HeavyWorkLimiter({ perWorkspace: config.heavyWorkPerWorkspace, perProcess: config.heavyWorkPerProcess });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kind = this.reflector.get<HeavyWorkKind | undefined>(HEAVY_WORK_KEY, context.getHandler());
    if (!kind) return next.handle();
    const workspaceId = context.switchToHttp().getRequest<{ auth?: AuthContext }>().auth?.workspaceId ?? '';
    const admission = this.limiter.admit(kind, workspaceId);
    if (!admission.admitted) {
      const { running, limit, retryAfterSeconds } = admission;
      const retry = `try again in ${retryAfterSeconds} s`;
      throw admission.scope === 'workspace'
        ? DomainError.tooManyRequests('WORKSPACE.BUSY', `This workspace already runs ${running} ${KIND_NAMES[kind]} at once, its limit (${limit}); ${retry}`, retryAfterSeconds)
        : DomainError.unavailable('SERVER.BUSY', `The server is running as much heavy work as it takes (${running} of ${limit}); ${retry}`, retryAfterSeconds);
    }
    return next.handle().pipe(finalize(admission.release));
  }
}
