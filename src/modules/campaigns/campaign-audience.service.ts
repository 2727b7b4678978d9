import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StepChannel } from '../../common/enums';
import { SqlParams } from '../../infrastructure/database/sql-params';
import { enrollmentConditionSql } from '../delivery/enrollment-condition';
import { LEARNER_SEARCH_EXPRESSION } from '../learners/learners.repository';
import { SegmentsService } from '../segments/segments.service';
import type { Campaign } from './campaign.entity';
import type { CampaignStep } from './campaign-step.entity';

export interface LocaleCount {
  /** The learner's locale as stored (e.g. `fr-FR`). */
  locale: string;
  count: number;
}

/** A learner a preview can be "as". */
export interface AudienceMember {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
}

/** A learner query: `SELECT … FROM ${from} WHERE ${where}` with `params.values` bound. */
export interface AudienceQuery {
  from: string;
  where: string;
  params: SqlParams;
}

/**
 * Who a campaign and each of its steps reach, as SQL over learners `l` (with persona `p` and the
 * learner's enrolment status `en.status` for the campaign's session or course): the campaign's
 * include and exclude segments, then the step's narrowing. The planner, the plan preview and the
 * launch checks all use this one builder.
 */
@Injectable()
export class CampaignAudienceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  /** Learners of the campaign's audience, before any step narrowing. */
  async campaignAudience(campaign: Campaign, params = new SqlParams()): Promise<AudienceQuery> {
    const where = [`l.workspace_id = ${params.add(campaign.workspaceId)}`];
    if (campaign.includeSegmentIds.length) {
      where.push(`(${(await this.segmentPredicates(campaign, campaign.includeSegmentIds, params)).join(' OR ')})`);
    }
    if (campaign.excludeSegmentIds.length) {
      where.push(`NOT coalesce(${(await this.segmentPredicates(campaign, campaign.excludeSegmentIds, params)).join(' OR ')}, false)`);
    }
    return { from: this.fromClause(campaign, params), where: where.join(' AND '), params };
  }

  /**
   * The recipients of a step that goes to learners: ambassadors for talking points, otherwise the
   * campaign audience narrowed by the step's personas, segment and enrolment condition.
   */
  async stepAudience(campaign: Campaign, step: CampaignStep, params = new SqlParams()): Promise<AudienceQuery> {
    if (step.channel === StepChannel.TalkingPoints) {
      const where = `l.workspace_id = ${params.add(campaign.workspaceId)} AND l.id = ANY(${params.add(campaign.ambassadorIds)}::uuid[])`;
      return { from: this.fromClause(campaign, params), where, params };
    }
    const audience = await this.campaignAudience(campaign, params);
    const where = [audience.where, ...(await this.stepNarrowing(campaign, step, params))];
    if (step.enrollmentCondition) where.push(enrollmentConditionSql(step.enrollmentCondition, 'en.status'));
    return { ...audience, where: where.join(' AND ') };
  }

  /**
   * SQL over a delivery `d` that holds while its learner is still in the step's audience: what the
   * sender's fence checks just before a message leaves.
   */
  async stepMembershipSql(campaign: Campaign, step: CampaignStep, params: SqlParams): Promise<string> {
    const q = await this.stepAudience(campaign, step, params);
    return `EXISTS (SELECT 1 FROM ${q.from} WHERE ${q.where} AND l.id = d.learner_id)`;
  }

  /**
   * `preferred` routing, as SQL over `l` and `p`: the first channel of the persona's order that the
   * learner can receive — `post` when they consent to the network and the campaign has a channel,
   * else `email`. Without a persona (or preferences), email. Learners routed to `post` get no email
   * from the step: the campaign's post steps reach them on the network.
   */
  preferredChannelSql(campaign: Campaign, params: SqlParams): string {
    const hasChannels = params.add(campaign.networkChannelIds.length > 0);
    return `(CASE
      WHEN ${hasChannels}::boolean AND l.consent_network
       AND array_position(p.preferred_channels, 'post') IS NOT NULL
       AND (NOT l.consent_email OR array_position(p.preferred_channels, 'email') IS NULL
            OR array_position(p.preferred_channels, 'post') < array_position(p.preferred_channels, 'email'))
      THEN 'post' ELSE 'email' END)`;
  }

  /**
   * A few learners of the campaign's audience (or its ambassadors), by name, email or employee id
   * when `q` is given, by name otherwise: whom a template can be previewed "as".
   */
  async findMembers(campaign: Campaign, options: { q?: string; who: 'audience' | 'ambassadors'; limit: number }): Promise<AudienceMember[]> {
    const params = new SqlParams();
    const q =
      options.who === 'ambassadors'
        ? { from: 'learners l', where: `l.workspace_id = ${params.add(campaign.workspaceId)} AND l.id = ANY(${params.add(campaign.ambassadorIds)}::uuid[])` }
        : await this.campaignAudience(campaign, params);
    const where = [q.where];
    if (options.q?.trim()) where.push(`${LEARNER_SEARCH_EXPRESSION} ILIKE ${params.add(`%${options.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return this.dataSource.query(
      `SELECT l.id, l.first_name AS "firstName", l.last_name AS "lastName", l.email FROM ${q.from} WHERE ${where.join(' AND ')}
       ORDER BY l.last_name NULLS LAST, l.first_name NULLS LAST, l.email LIMIT ${params.add(options.limit)}`,
      params.values,
    );
  }

  async countCampaignAudience(campaign: Campaign): Promise<number> {
    const q = await this.campaignAudience(campaign);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${q.from} WHERE ${q.where}`, q.params.values);
    return row.n;
  }

  /** The predicates a step adds to the campaign audience before its enrolment condition: personas, segment. */
  async stepNarrowing(campaign: Campaign, step: CampaignStep, params: SqlParams): Promise<string[]> {
    const where: string[] = [];
    if (step.personaIds.length) where.push(`l.persona_id = ANY(${params.add(step.personaIds)}::uuid[])`);
    if (step.segmentId) where.push(...(await this.segmentPredicates(campaign, [step.segmentId], params)));
    return where;
  }

  /** Recipients of one step grouped by locale. */
  async stepLocales(campaign: Campaign, step: CampaignStep): Promise<LocaleCount[]> {
    const q = await this.stepAudience(campaign, step);
    return this.dataSource.query(
      `SELECT l.locale, count(*)::int AS count FROM ${q.from} WHERE ${q.where} GROUP BY l.locale ORDER BY count DESC`,
      q.params.values,
    );
  }

  private fromClause(campaign: Campaign, params: SqlParams): string {
    // The learner's enrolment in this campaign's session (or, evergreen, its course): latest wins.
    // Read once for the session and joined, rather than looked up learner by learner.
    const scope = campaign.sessionId ? `e.session_id = ${params.add(campaign.sessionId)}` : `e.course_id = ${params.add(campaign.courseId)}`;
    return `learners l
      LEFT JOIN personas p ON p.id = l.persona_id
      LEFT JOIN (
        SELECT DISTINCT ON (e.learner_id) e.learner_id, e.status FROM enrollments e WHERE ${scope} ORDER BY e.learner_id, e.updated_at DESC
      ) en ON en.learner_id = l.id`;
  }

  private async segmentPredicates(campaign: Campaign, segmentIds: string[], params: SqlParams): Promise<string[]> {
    const predicates: string[] = [];
    for (const id of segmentIds) {
      const fragment = await this.segments.audiencePredicate(campaign.workspaceId, id, { alias: 'l', firstParam: params.next });
      predicates.push(params.take(fragment, `(${fragment.where})`));
    }
    return predicates;
  }
}
