import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ReviewAction } from './templates.enums';

export interface NewReview {
  templateId: string;
  versionId: string;
  action: ReviewAction;
  comment: string | null;
  actorUserId: string | null;
  actorKeyId: string | null;
}

/** One recorded transition, with who took it as people read it. */
export interface ReviewRecord {
  id: string;
  version: number;
  action: ReviewAction;
  comment: string | null;
  /** The person's name (else email), the API key's name, or null (the command line, a removed person). */
  actor: string | null;
  actorKind: 'user' | 'api_key' | null;
  createdAt: Date;
}

@Injectable()
export class TemplateReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, workspaceId: string, review: NewReview): Promise<void> {
    await manager.query(
      `INSERT INTO template_reviews (workspace_id, template_id, version_id, action, comment, actor_user_id, actor_key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [workspaceId, review.templateId, review.versionId, review.action, review.comment, review.actorUserId, review.actorKeyId],
    );
  }

  /** The latest action recorded for each version (absent: never reviewed). */
  async latestActions(workspaceId: string, versionIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ReviewAction>> {
    if (!versionIds.length) return new Map();
    const rows: Array<{ version_id: string; action: ReviewAction }> = await manager.query(
      `SELECT DISTINCT ON (version_id) version_id, action FROM template_reviews
        WHERE workspace_id = $1 AND version_id = ANY($2::uuid[])
        ORDER BY version_id, created_at DESC, id DESC`,
      [workspaceId, versionIds],
    );
    return new Map(rows.map((r) => [r.version_id, r.action]));
  }

  /** Every transition of a template's versions, newest first. */
  history(workspaceId: string, templateId: string): Promise<ReviewRecord[]> {
    return this.dataSource.query(
      `SELECT r.id, v.version, r.action, r.comment, r.created_at AS "createdAt",
              coalesce(nullif(u.name, ''), u.email, k.name) AS actor,
              CASE WHEN u.id IS NOT NULL THEN 'user' WHEN k.id IS NOT NULL THEN 'api_key' END AS "actorKind"
         FROM template_reviews r
         JOIN template_versions v ON v.id = r.version_id
         LEFT JOIN users u ON u.id = r.actor_user_id
         LEFT JOIN api_keys k ON k.id = r.actor_key_id
        WHERE r.workspace_id = $1 AND r.template_id = $2
        ORDER BY r.created_at DESC, r.id DESC`,
      [workspaceId, templateId],
    );
  }
}
