import { randomUUID } from 'node:crypto';
import type { TestApp, TestWorkspace } from './test-app';

/** Rows of other modules written straight to the database: the report depends only on the schema. */
export class ReportFixtures {
  constructor(
    private readonly t: TestApp,
    readonly ws: TestWorkspace,
  ) {}

  private async insert(sql: string, params: unknown[]): Promise<string> {
    const [row] = await this.t.dataSource.query<Array<{ id: string }>>(sql, params);
    return row.id;
  }

  persona(name: string): Promise<string> {
    return this.insert(`INSERT INTO personas (workspace_id, name) VALUES ($1, $2) RETURNING id`, [this.ws.id, name]);
  }

  learner(name: string, department: string | null, site: string | null, personaId: string | null): Promise<string> {
    return this.insert(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, department, site, persona_id)
       VALUES ($1, $2, $3, $2, 'Test', $4, $5, $6) RETURNING id`,
      [this.ws.id, name, `${name.toLowerCase()}@${this.ws.slug}.example`, department, site, personaId],
    );
  }

  /** A learner with a first and a last name (external id and email from the first name). */
  named(firstName: string, lastName: string, department: string | null, site: string | null, personaId: string | null): Promise<string> {
    return this.insert(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, department, site, persona_id)
       VALUES ($1, $2, $3, $2, $4, $5, $6, $7) RETURNING id`,
      [this.ws.id, firstName, `${firstName.toLowerCase()}@${this.ws.slug}.example`, lastName, department, site, personaId],
    );
  }

  networkChannel(name: string, kind: string): Promise<string> {
    return this.insert(`INSERT INTO network_channels (workspace_id, name, kind, url_sealed, url_preview) VALUES ($1, $2, $3, 'sealed', 'https://hooks…') RETURNING id`, [this.ws.id, name, kind]);
  }

  async openCount(campaignId: string, stepId: string, c: { variant?: string; channel?: string; day: string; opens: number; machineOpens: number }): Promise<void> {
    await this.t.dataSource.query(
      `INSERT INTO open_counts (workspace_id, campaign_id, step_id, variant, channel, day, opens, machine_opens) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [this.ws.id, campaignId, stepId, c.variant ?? '', c.channel ?? 'email', c.day, c.opens, c.machineOpens],
    );
  }

  async campaign(ambassadorIds: string[] = [], goalEnrolments: number | null = null): Promise<{ campaignId: string; courseId: string; sessionId: string }> {
    const courseId = await this.insert(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Feedback that works', 'blended') RETURNING id`, [this.ws.id]);
    const sessionId = await this.insert(
      `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone)
       VALUES ($1, $2, '2026-03-20T08:00:00Z', '2026-03-20T16:00:00Z', 'Europe/Paris') RETURNING id`,
      [this.ws.id, courseId],
    );
    const campaignId = await this.insert(
      `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, ambassador_ids, launched_at, goal_enrolments)
       VALUES ($1, 'Printemps du feedback', $2, $3, 'running', $4, '2026-03-01T08:00:00Z', $5) RETURNING id`,
      [this.ws.id, courseId, sessionId, ambassadorIds, goalEnrolments],
    );
    return { campaignId, courseId, sessionId };
  }

  step(campaignId: string, position: number, name: string, variants: string[], ab: { fraction: number; decideAfter: string } | null = null, channel = 'email'): Promise<string> {
    const tv = randomUUID();
    return this.insert(
      `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id, variants,
                                   ab_test_fraction, ab_decide_after)
       VALUES ($1, $2, $3, $4, 'before', 'launch', 'P0D', $9, $5, $6, $7, $8) RETURNING id`,
      [this.ws.id, campaignId, position, name, tv, JSON.stringify(variants.map((key) => ({ key, templateVersionId: tv, weight: 1 }))), ab?.fraction ?? null, ab?.decideAfter ?? null, channel],
    );
  }

  delivery(
    campaignId: string,
    stepId: string,
    learnerId: string | null,
    d: { channel?: string; variant?: string; status: string; sentAt?: string; reason?: string; networkChannelId?: string },
  ): Promise<string> {
    return this.insert(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, network_channel_id, channel, variant, template_version_id,
                               status, reason, scheduled_at, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, gen_random_uuid(), $8, $9, COALESCE($10::timestamptz, '2026-03-02T08:00:00Z'), $10) RETURNING id`,
      [this.ws.id, campaignId, stepId, learnerId, learnerId ? null : (d.networkChannelId ?? randomUUID()), d.channel ?? 'email', d.variant ?? null, d.status, d.reason ?? null, d.sentAt ?? null],
    );
  }

  async event(e: {
    kind: string;
    at: string;
    campaignId: string;
    learnerId: string | null;
    deliveryId?: string;
    stepId?: string | null;
    channel?: string | null;
    variant?: string | null;
    machine?: boolean;
    ambassadorId?: string;
  }): Promise<void> {
    await this.t.dataSource.query(
      `INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, ambassador_id, machine, source, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'test', $12)`,
      [this.ws.id, e.kind, e.at, e.learnerId, e.deliveryId ?? null, e.campaignId, e.stepId ?? null, e.channel ?? null, e.variant ?? null, e.ambassadorId ?? null, e.machine ?? false, randomUUID()],
    );
  }

  async enrollment(sessionId: string, courseId: string, learnerId: string, status: string): Promise<void> {
    await this.t.dataSource.query(
      `INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, enrolled_at, started_at, completed_at)
       VALUES ($1, $2, $3, $4, $5, now(), CASE WHEN $5 IN ('started', 'completed') THEN now() END, CASE WHEN $5 = 'completed' THEN now() END)`,
      [this.ws.id, sessionId, courseId, learnerId, status],
    );
  }
}

