import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { reviewRefusal, type ReviewRequest, reviewStatusAfter } from './template-review';
import { type ReviewRecord, TemplateReviewsRepository } from './template-reviews.repository';
import type { TemplateVersion } from './template-version.entity';
import type { Author } from './templates.service';
import { ReviewAction, type ReviewStatus } from './templates.enums';
import { TemplateErrors } from './templates.errors';
import { TemplatesRepository } from './templates.repository';

/**
 * The review of template versions: an editor submits a version, a planner or an admin approves it
 * or asks for changes with a comment; every transition is recorded with who and when, and a
 * version's state is its latest record. Where the workspace asks for no review, versions are
 * recorded as approved when saved.
 */
@Injectable()
export class TemplateReviewsService {
  constructor(
    private readonly repository: TemplateReviewsRepository,
    private readonly templates: TemplatesRepository,
  ) {}

  /** Records a version just saved: approved at once unless the workspace asks for a review (starters are approved). */
  async recordSaved(manager: EntityManager, workspace: { id: string; templateApproval: boolean }, version: TemplateVersion, actor: Author | null, starter = false): Promise<void> {
    if (workspace.templateApproval && !starter) return;
    await this.repository.insert(manager, workspace.id, { templateId: version.templateId, versionId: version.id, action: ReviewAction.AutoApproved, comment: null, ...actorOf(actor) });
  }

  /** Takes a review step on one version; 409 when the version is not in a state it starts from. */
  review(auth: AuthContext, templateId: string, versionNumber: number, request: ReviewRequest, comment: string | null): Promise<ReviewStatus> {
    return this.templates.transaction(async (manager) => {
      // Steps on one template are taken one after the other.
      if (!(await this.templates.lockTemplate(manager, auth.workspaceId, templateId))) throw TemplateErrors.notFound();
      const version = await this.templates.findVersion(auth.workspaceId, templateId, versionNumber, manager);
      if (!version) throw TemplateErrors.versionNotFound(versionNumber);
      const status = reviewStatusAfter((await this.repository.latestActions(auth.workspaceId, [version.id], manager)).get(version.id));
      const refusal = reviewRefusal(request, status, auth.role, comment);
      if (refusal?.kind === 'role') throw TemplateErrors.reviewForbidden(auth.role);
      if (refusal?.kind === 'state') throw TemplateErrors.reviewConflict(versionNumber, status, request, refusal.from);
      if (refusal?.kind === 'comment') throw TemplateErrors.commentRequired();
      await this.repository.insert(manager, auth.workspaceId, { templateId, versionId: version.id, action: request, comment: comment?.trim() || null, ...actorOf(auth) });
      return reviewStatusAfter(request);
    });
  }

  /** Each version's state, by version id. */
  async statuses(workspaceId: string, versionIds: string[]): Promise<Map<string, ReviewStatus>> {
    const latest = await this.repository.latestActions(workspaceId, versionIds);
    return new Map(versionIds.map((id) => [id, reviewStatusAfter(latest.get(id))]));
  }

  history(workspaceId: string, templateId: string): Promise<ReviewRecord[]> {
    return this.repository.history(workspaceId, templateId);
  }
}

function actorOf(actor: Author | null): { actorUserId: string | null; actorKeyId: string | null } {
  return { actorUserId: actor?.userId ?? null, actorKeyId: actor?.apiKeyId ?? null };
}
