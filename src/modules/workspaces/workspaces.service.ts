import type { Page } from '../../common/pagination/cursor';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { TimeZones, unknownZoneMessage } from '../../infrastructure/database/time-zones';
import { formatLocalTime } from '../campaigns/scheduling/local-time';
import { parseSendWindow } from '../campaigns/scheduling/send-window';
import type { UpdateWorkspaceDto } from './dto/workspace.dto';
import type { ApiKey } from './api-key.entity';
import { generateApiKey, hashApiKey } from './api-key-secret';
import type { Workspace } from './workspace.entity';
import { WorkspaceErrors } from './workspaces.errors';
import { type AdminCount, WorkspacesRepository } from './workspaces.repository';

export interface CreatedKey {
  apiKey: ApiKey;
  /** The plaintext key: shown once, never stored. */
  key: string;
}

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly repository: WorkspacesRepository,
    private readonly zones: TimeZones,
    private readonly config: AppConfig,
  ) {}

  /** Creates a workspace with its first admin key, in one transaction; its zone is DEFAULT_TIME_ZONE unless given. */
  /** A new workspace asks for template approval unless told otherwise. */
  async createWorkspace(input: { name: string; defaultLocale?: string; timeZone?: string; templateApproval?: boolean }): Promise<{ workspace: Workspace } & CreatedKey> {
    const timeZone = this.zones.canonical(input.timeZone ?? this.config.defaultTimeZone);
    if (!timeZone) throw WorkspaceErrors.invalidSettings([{ path: 'timeZone', message: unknownZoneMessage(input.timeZone ?? '') }]);
    return this.repository.transaction(async (manager) => {
      const base = slugify(input.name);
      let slug = base;
      for (let n = 2; await this.repository.slugExists(manager, slug); n++) slug = `${base}-${n}`;
      const workspace = await this.repository.insertWorkspace(manager, {
        name: input.name.trim(),
        slug,
        defaultLocale: input.defaultLocale ?? 'en',
        timeZone,
        templateApproval: input.templateApproval ?? true,
      });
      const secret = generateApiKey();
      const apiKey = await this.repository.insertApiKey(manager, {
        workspaceId: workspace.id,
        name: 'First admin key',
        role: Role.Admin,
        prefix: secret.prefix,
        keyHash: secret.hash,
      });
      return { workspace, apiKey, key: secret.key };
    });
  }

  findBySlug(slug: string): Promise<Workspace | null> {
    return this.repository.findWorkspaceBySlug(slug);
  }

  async getWorkspace(id: string): Promise<Workspace> {
    const workspace = await this.repository.findWorkspace(id);
    if (!workspace) throw WorkspaceErrors.workspaceNotFound(id);
    return workspace;
  }

  /** Changes the workspace's name, defaults and sending rules; every problem is reported at once. */
  async updateWorkspace(id: string, input: UpdateWorkspaceDto): Promise<Workspace> {
    const current = await this.getWorkspace(id);
    const problems: ErrorDetail[] = [];
    const changes: Partial<Workspace> = {};
    if (input.timeZone !== undefined) {
      const zone = this.zones.canonical(input.timeZone);
      if (zone) changes.timeZone = zone;
      else problems.push({ path: 'timeZone', message: unknownZoneMessage(input.timeZone) });
    }
    if (input.quietHours !== undefined || input.allowedWeekdays !== undefined) {
      const window = parseSendWindow({
        quietHours: input.quietHours === undefined ? currentQuietHours(current) : input.quietHours,
        allowedWeekdays: input.allowedWeekdays,
      });
      if (!window.ok) problems.push(...window.errors);
      else {
        const quiet = window.value.quietHours;
        changes.quietHoursStart = quiet ? formatLocalTime(quiet.start) : null;
        changes.quietHoursEnd = quiet ? formatLocalTime(quiet.end) : null;
        if (input.allowedWeekdays !== undefined) changes.allowedWeekdays = [...window.value.allowedWeekdays];
      }
    }
    if (problems.length) throw WorkspaceErrors.invalidSettings(problems);
    for (const key of ['name', 'defaultLocale', 'frequencyCap', 'emailRatePerSecond', 'failurePauseThreshold', 'attributionWindowDays', 'templateApproval', 'openTracking'] as const) {
      if (input[key] !== undefined) Object.assign(changes, { [key]: key === 'name' ? input.name!.trim() : input[key] });
    }
    if (Object.keys(changes).length) await this.repository.updateWorkspace(id, changes);
    return this.getWorkspace(id);
  }

  async createApiKey(workspaceId: string, name: string, role: Role): Promise<CreatedKey> {
    const secret = generateApiKey();
    const apiKey = await this.repository.transaction((manager) =>
      this.repository.insertApiKey(manager, { workspaceId, name, role, prefix: secret.prefix, keyHash: secret.hash }),
    );
    return { apiKey, key: secret.key };
  }

  listApiKeys(workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<ApiKey>> {
    return this.repository.listKeys(workspaceId, page);
  }

  /**
   * Revokes a key; the last admin of a workspace (keys and members counted together) cannot go. The admin count is read
   * under the workspace lock, so two admins revoking each other at once leave one of them.
   */
  async revokeApiKey(workspaceId: string, id: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const admins = await this.repository.lockWorkspaceAndCountAdmins(manager, workspaceId);
      const key = await this.repository.findActiveKey(manager, workspaceId, id);
      if (!key) throw WorkspaceErrors.apiKeyNotFound();
      if (key.role === Role.Admin && admins.keys + admins.members <= 1) throw WorkspaceErrors.lastAdminKey();
      await this.repository.revokeKey(manager, workspaceId, id);
    });
  }

  /**
   * Locks the workspace for the rest of the transaction and counts its admins (keys and members);
   * every change that can take an admin away asks this first (see the repository).
   */
  lockAndCountAdmins(manager: EntityManager, workspaceId: string): Promise<AdminCount> {
    return this.repository.lockWorkspaceAndCountAdmins(manager, workspaceId);
  }

  /** Resolves a presented key to its active record, or null. */
  async authenticate(presented: string): Promise<ApiKey | null> {
    const key = await this.repository.findActiveKeyByHash(hashApiKey(presented));
    if (key) void this.repository.touchKey(key.id).catch(() => undefined);
    return key;
  }
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'workspace';
}

function currentQuietHours(w: Workspace): { start: string; end: string } | null {
  return w.quietHoursStart && w.quietHoursEnd ? { start: w.quietHoursStart.slice(0, 5), end: w.quietHoursEnd.slice(0, 5) } : null;
}
