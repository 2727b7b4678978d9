import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../common/sql/escape-like';
import { MESSAGE_FACTS_COLUMNS, type MessageFacts } from './message-facts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampaignStatus, Channel } from '../../common/enums';
import type { CursorPosition } from '../../common/pagination/cursor';
import { TemplateVersion } from './template-version.entity';
import { Template } from './template.entity';
import type { Variants } from './template-content';
import type { Phase, TemplatePurpose } from './templates.enums';

export interface TemplateFilter {
  channel?: Channel;
  phase?: Phase;
  purpose?: TemplatePurpose;
  /** Case-insensitive, in the name and the description. */
  q?: string;
  /** Archived templates only, or only those not archived (the default); `all` for both. */
  archived?: 'true' | 'false' | 'all';
}

/** A campaign, of any status, that pins a version of a template in a step or a variant. */
export interface TemplateUse {
  id: string;
  name: string;
  status: CampaignStatus;
}

export interface NewTemplate {
  starterKey: string | null;
  name: string;
  description: string | null;
  channel: Channel;
  purpose: TemplatePurpose;
  phase: Phase;
}

export interface NewVersion {
  variants: Variants;
  variables: string[];
  createdByKeyId: string | null;
  createdByUserId: string | null;
}

/** The learner fields a preview may use. */
export type PreviewLearner = Omit<NonNullable<MessageFacts['learner']>, 'externalId'> & { personaId: string | null };

@Injectable()
export class TemplatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findTemplate(workspaceId: string, id: string): Promise<Template | null> {
    return this.dataSource.getRepository(Template).findOneBy({ workspaceId, id });
  }

  /** Locks the template row so that concurrent saves number their versions one after the other. */
  lockTemplate(manager: EntityManager, workspaceId: string, id: string): Promise<Template | null> {
    return manager.getRepository(Template).findOne({ where: { workspaceId, id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Deletes the template; its versions go with it (ON DELETE CASCADE). */
  async deleteTemplate(manager: EntityManager, workspaceId: string, id: string): Promise<void> {
    await manager.getRepository(Template).delete({ workspaceId, id });
  }

  /** Newest first, keyset-paginated. */
  listTemplates(workspaceId: string, filter: TemplateFilter, limit: number, after: CursorPosition | null): Promise<Template[]> {
    const query = this.dataSource
      .getRepository(Template)
      .createQueryBuilder('t')
      .where('t.workspace_id = :workspaceId', { workspaceId })
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1);
    if (filter.channel) query.andWhere('t.channel = :channel', { channel: filter.channel });
    if (filter.phase) query.andWhere('t.phase = :phase', { phase: filter.phase });
    if (filter.purpose) query.andWhere('t.purpose = :purpose', { purpose: filter.purpose });
    if (filter.q) query.andWhere(`(t.name ILIKE :q ESCAPE '\\' OR t.description ILIKE :q ESCAPE '\\')`, { q: `%${escapeLike(filter.q)}%` });
    if (filter.archived !== 'all') query.andWhere(filter.archived === 'true' ? 't.archived_at IS NOT NULL' : 't.archived_at IS NULL');
    if (after) query.andWhere('(t.created_at, t.id) < (:key::timestamptz, :id::uuid)', { key: after.key, id: after.id });
    return query.getMany();
  }

  insertTemplate(manager: EntityManager, workspaceId: string, values: NewTemplate): Promise<Template> {
    const repo = manager.getRepository(Template);
    return repo.save(repo.create({ ...values, workspaceId, latestVersion: 1 }));
  }

  /** Inserts a starter unless the workspace already has it; null when it did. */
  async insertStarterIfAbsent(manager: EntityManager, workspaceId: string, values: NewTemplate): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO templates (workspace_id, starter_key, name, description, channel, purpose, phase, latest_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
       ON CONFLICT (workspace_id, starter_key) DO NOTHING
       RETURNING id`,
      [workspaceId, values.starterKey, values.name, values.description, values.channel, values.purpose, values.phase],
    );
    return rows[0]?.id ?? null;
  }

  async insertVersion(manager: EntityManager, workspaceId: string, templateId: string, version: number, values: NewVersion): Promise<TemplateVersion> {
    const repo = manager.getRepository(TemplateVersion);
    return repo.save(
      repo.create({ workspaceId, templateId, version, locales: Object.keys(values.variants), variants: values.variants, variables: values.variables, createdByKeyId: values.createdByKeyId, createdByUserId: values.createdByUserId }),
    );
  }

  async setLatestVersion(manager: EntityManager, workspaceId: string, templateId: string, version: number): Promise<void> {
    await manager.getRepository(Template).update({ workspaceId, id: templateId }, { latestVersion: version, updatedAt: () => 'now()' });
  }

  listVersions(workspaceId: string, templateId: string): Promise<TemplateVersion[]> {
    return this.dataSource.getRepository(TemplateVersion).find({
      where: { workspaceId, templateId },
      select: { id: true, version: true, locales: true, variables: true, createdAt: true, createdByKeyId: true, createdByUserId: true },
      order: { version: 'DESC' },
    });
  }

  findVersion(workspaceId: string, templateId: string, version: number, manager: EntityManager = this.dataSource.manager): Promise<TemplateVersion | null> {
    return manager.getRepository(TemplateVersion).findOneBy({ workspaceId, templateId, version });
  }

  /** The id and locales of each template's latest version, for listings. */
  async latestVersions(workspaceId: string, templateIds: string[]): Promise<Map<string, { id: string; locales: string[] }>> {
    if (templateIds.length === 0) return new Map();
    const rows: Array<{ template_id: string; id: string; locales: string[] }> = await this.dataSource.query(
      `SELECT v.template_id, v.id, v.locales FROM template_versions v
         JOIN templates t ON t.id = v.template_id AND t.latest_version = v.version
        WHERE v.workspace_id = $1 AND v.template_id = ANY($2::uuid[])`,
      [workspaceId, templateIds],
    );
    return new Map(rows.map((r) => [r.template_id, { id: r.id, locales: r.locales }]));
  }

  /** The campaigns using each template, by template id, by name. */
  async campaignsUsing(workspaceId: string, templateIds: string[]): Promise<Map<string, TemplateUse[]>> {
    const uses = new Map<string, TemplateUse[]>(templateIds.map((id) => [id, []]));
    if (templateIds.length === 0) return uses;
    const rows: Array<TemplateUse & { template_id: string }> = await this.dataSource.query(
      `WITH pins AS (
         SELECT s.campaign_id, s.template_version_id AS version_id FROM campaign_steps s WHERE s.workspace_id = $1
         UNION
         SELECT s.campaign_id, (x ->> 'templateVersionId')::uuid
           FROM campaign_steps s CROSS JOIN LATERAL jsonb_array_elements(s.variants) x WHERE s.workspace_id = $1)
       SELECT DISTINCT v.template_id, c.id, c.name, c.status
         FROM pins p JOIN template_versions v ON v.id = p.version_id JOIN campaigns c ON c.id = p.campaign_id
        WHERE v.template_id = ANY($2::uuid[])
        ORDER BY c.name, c.id`,
      [workspaceId, templateIds],
    );
    for (const { template_id, ...use } of rows) uses.get(template_id)?.push(use);
    return uses;
  }

  async updateTemplate(manager: EntityManager, workspaceId: string, id: string, values: Partial<Pick<Template, 'name' | 'description' | 'purpose' | 'phase' | 'archivedAt'>>): Promise<void> {
    await manager.getRepository(Template).update({ workspaceId, id }, { ...values, updatedAt: () => 'now()' });
  }

  /** What a message of `channel` to a learner of a campaign is made of (the learner may be left out); null: no such campaign. */
  async messageFacts(workspaceId: string, campaignId: string, learnerId: string | null, channel: Channel): Promise<MessageFacts | null> {
    const rows: MessageFacts[] = await this.dataSource.query(
      `WITH seats AS (
         SELECT count(*)::int AS taken FROM enrollments e JOIN campaigns c ON c.session_id = e.session_id
          WHERE c.id = $2 AND c.workspace_id = $1 AND e.status IN ('enrolled', 'started', 'completed'))
       SELECT $4::text AS channel, ${MESSAGE_FACTS_COLUMNS}
         FROM campaigns c
         JOIN workspaces w ON w.id = c.workspace_id
         JOIN courses co ON co.id = c.course_id
         LEFT JOIN course_sessions cs ON cs.id = c.session_id
         CROSS JOIN seats
         LEFT JOIN learners l ON l.id = $3 AND l.workspace_id = c.workspace_id
         LEFT JOIN personas p ON p.id = l.persona_id
        WHERE c.workspace_id = $1 AND c.id = $2`,
      [workspaceId, campaignId, learnerId, channel],
    );
    return rows[0] ?? null;
  }

  async findLearner(workspaceId: string, id: string): Promise<PreviewLearner | null> {
    const rows: PreviewLearner[] = await this.dataSource.query(
      `SELECT first_name AS "firstName", last_name AS "lastName", email, locale, time_zone AS "timeZone", department,
              job_title AS "jobTitle", site, country, persona_id AS "personaId"
         FROM learners WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return rows[0] ?? null;
  }

  async findPersona(workspaceId: string, id: string): Promise<{ name: string; tone: string | null } | null> {
    const rows: Array<{ name: string; tone: string | null }> = await this.dataSource.query(`SELECT name, tone FROM personas WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    return rows[0] ?? null;
  }
}
