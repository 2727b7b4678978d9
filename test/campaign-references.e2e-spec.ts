import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const DAY = 86_400_000;

const EMAIL_TEMPLATE = {
  channel: 'email',
  purpose: 'invitation',
  phase: 'before',
  variants: { en: { subject: 'Hi {{learner.firstName}}', preheader: 'Your next session', body: '<mj-section><mj-column><mj-text>Hello {{learner.firstName}}</mj-text></mj-column></mj-section>' } },
};

/** A workspace with learners in Sales, a course and a session in 30 days, built through the API. */
class Plan {
  courseId = '';
  sessionId = '';

  constructor(
    private readonly t: TestApp,
    readonly ws: TestWorkspace,
  ) {}

  async setUp(): Promise<this> {
    for (const n of [1, 2]) {
      await this.post('/v1/learners', { externalId: `S-${n}`, email: `s${n}@${this.ws.slug}.example`, firstName: `S${n}`, locale: 'en', department: 'Sales' }, 201);
    }
    this.courseId = (await this.post('/v1/courses', { title: 'Negotiation', modality: 'in_person' }, 201)).id;
    const starts = Date.now() + 30 * DAY;
    this.sessionId = (
      await this.post(`/v1/courses/${this.courseId}/sessions`, { startsAt: new Date(starts).toISOString(), endsAt: new Date(starts + DAY).toISOString() }, 201)
    ).id;
    return this;
  }

  async post(path: string, body: object, status: number, key = this.ws.key): Promise<Record<string, any>> {
    const res = await this.t.http().post(path).set(...bearer(key)).send(body);
    // The answer in the failure message, not just its status.
    expect({ path, status: res.status, error: res.body.error }).toEqual({ path, status, error: undefined });
    return res.body;
  }

  del(path: string, key = this.ws.keys.planner) {
    return this.t.http().delete(path).set(...bearer(key));
  }

  async segment(name = `Sales ${randomUUID().slice(0, 6)}`): Promise<string> {
    return (await this.post('/v1/segments', { name, rule: { field: 'department', op: 'eq', value: 'Sales' } }, 201)).id;
  }

  /** A template and the id of its version 1. */
  async template(name = `Invitation ${randomUUID().slice(0, 6)}`): Promise<{ id: string; versionId: string }> {
    const body = await this.post('/v1/templates', { ...EMAIL_TEMPLATE, name }, 201);
    return { id: body.id, versionId: body.latest.id };
  }

  async brandKit(body: Record<string, unknown> = {}): Promise<string> {
    const name = `Kit ${randomUUID().slice(0, 6)}`;
    return (await this.post('/v1/brand-kits', { name, senderName: name, senderEmail: `${name.replace(' ', '.').toLowerCase()}@acme.example`, ...body }, 201)).id;
  }

  // Written to the table: saving a channel through the API resolves its host, and this machine has no DNS.
  async networkChannel(name = `Slack ${randomUUID().slice(0, 6)}`): Promise<string> {
    const [row] = await this.t.dataSource.query(
      `INSERT INTO network_channels (workspace_id, name, kind, url_sealed, url_preview, enabled) VALUES ($1, $2, 'slack', 'sealed', 'https://hooks.slack.com/…', true) RETURNING id`,
      [this.ws.id, name],
    );
    return row.id;
  }

  step(templateVersionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { name: 'Invitation', phase: 'before', anchor: 'session_start', offset: '-P14D', localTime: '09:00', channel: 'email', templateVersionId, ...overrides };
  }

  /** A campaign on the session, in `status` (set as the engine or a launch would have). */
  async campaign(name: string, status: string, body: Record<string, unknown>): Promise<string> {
    const { id } = await this.post('/v1/campaigns', { name, courseId: this.courseId, sessionId: this.sessionId, ...body }, 201, this.ws.keys.planner);
    if (status !== 'draft') await this.t.dataSource.query(`UPDATE campaigns SET status = $2 WHERE id = $1`, [id, status]);
    return id;
  }

  launch(id: string) {
    return this.t.http().post(`/v1/campaigns/${id}/launch`).set(...bearer(this.ws.keys.planner));
  }
}

describe('Campaign references', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const exists = async (table: string, id: string) => (await t.dataSource.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;

  describe('deleting what a scheduled, running or paused campaign uses', () => {
    let p: Plan;
    let templateVersionId: string;

    beforeAll(async () => {
      p = await new Plan(t, await t.createWorkspace('Acme Learning')).setUp();
      templateVersionId = (await p.template()).versionId;
    });

    it('a segment: included, excluded or a step’s — 409 SEGMENT.IN_USE naming each campaign (name and id) and how it uses it', async () => {
      const included = await p.segment('Managers');
      const excluded = await p.segment('Contractors');
      const stepOnly = await p.segment('Not yet enrolled');
      const running = await p.campaign('Spring push', 'running', { senderEmail: 'a@acme.example', includeSegmentIds: [included], excludeSegmentIds: [excluded] });
      const paused = await p.campaign('Autumn push', 'paused', { senderEmail: 'a@acme.example', steps: [p.step(templateVersionId, { name: 'Reminder', segmentId: stepOnly })] });
      const scheduled = await p.campaign('Winter push', 'scheduled', { senderEmail: 'a@acme.example', includeSegmentIds: [included], steps: [p.step(templateVersionId, { name: 'Nudge', segmentId: included })] });

      const res = await p.del(`/v1/segments/${included}`).expect(409);
      expect(res.body.error.code).toBe('SEGMENT.IN_USE');
      expect(res.body.error.message).toBe(
        'Segment "Managers" is used by 2 campaigns that are scheduled, running or paused: "Spring push" (running), "Winter push" (scheduled). Remove it from them (or cancel them) first.',
      );
      expect(res.body.error.details).toEqual([
        { path: 'campaigns[0]', message: '"Spring push" (running) uses it as included segment', campaignId: running, campaignName: 'Spring push', status: 'running', uses: ['included segment'] },
        {
          path: 'campaigns[1]',
          message: '"Winter push" (scheduled) uses it as included segment, segment of step "Nudge"',
          campaignId: scheduled,
          campaignName: 'Winter push',
          status: 'scheduled',
          uses: ['included segment', 'segment of step "Nudge"'],
        },
      ]);
      expect(await exists('segments', included)).toBe(true);

      const excludedRes = await p.del(`/v1/segments/${excluded}`).expect(409);
      expect(excludedRes.body.error.details).toMatchObject([{ campaignId: running, uses: ['excluded segment'] }]);
      const stepRes = await p.del(`/v1/segments/${stepOnly}`).expect(409);
      expect(stepRes.body.error.details).toMatchObject([{ campaignId: paused, status: 'paused', uses: ['segment of step "Reminder"'] }]);

      // Once the campaigns are over (or cancelled), the segments can go.
      await t.dataSource.query(`UPDATE campaigns SET status = 'completed' WHERE id = ANY($1)`, [[running, scheduled]]);
      await t.dataSource.query(`UPDATE campaigns SET status = 'cancelled' WHERE id = $1`, [paused]);
      for (const id of [included, excluded, stepOnly]) await p.del(`/v1/segments/${id}`).expect(204);
      expect(await exists('segments', included)).toBe(false);
    });

    it('a template: a step’s version or an A/B variant’s — 409 TEMPLATE.IN_USE, and the versions stay', async () => {
      const pinned = await p.template('Pinned');
      const variant = await p.template('Variant B');
      const stepCampaign = await p.campaign('Pins it', 'scheduled', { senderEmail: 'a@acme.example', steps: [p.step(pinned.versionId)] });
      const variantCampaign = await p.campaign('Tests it', 'running', {
        senderEmail: 'a@acme.example',
        steps: [p.step(templateVersionId, { name: 'A/B', templateVersionId: undefined, variants: [{ key: 'A', templateVersionId, weight: 1 }, { key: 'B', templateVersionId: variant.versionId, weight: 1 }] })],
      });

      const res = await p.del(`/v1/templates/${pinned.id}`, p.ws.keys.editor).expect(409);
      expect(res.body.error).toMatchObject({
        code: 'TEMPLATE.IN_USE',
        message: expect.stringContaining('Template "Pinned" is used by 1 campaign that is scheduled, running or paused: "Pins it" (scheduled)'),
        details: [{ campaignId: stepCampaign, campaignName: 'Pins it', uses: ['template of step "Invitation"'] }],
      });
      const variantRes = await p.del(`/v1/templates/${variant.id}`, p.ws.keys.editor).expect(409);
      expect(variantRes.body.error.details).toMatchObject([{ campaignId: variantCampaign, status: 'running', uses: ['template of variant B of step "A/B"'] }]);
      expect(await exists('template_versions', pinned.versionId)).toBe(true);
      expect(await exists('template_versions', variant.versionId)).toBe(true);

      await t.dataSource.query(`UPDATE campaigns SET status = 'completed' WHERE id = ANY($1)`, [[stepCampaign, variantCampaign]]);
      await p.del(`/v1/templates/${pinned.id}`, p.ws.keys.editor).expect(204);
      await t.http().get(`/v1/templates/${pinned.id}`).set(...bearer(p.ws.key)).expect(404);
      expect(await exists('template_versions', pinned.versionId)).toBe(false);
    });

    it('a brand kit: named by a campaign, or the default one of a campaign that names none — 409 BRAND_KIT.IN_USE', async () => {
      const ws = await t.createWorkspace();
      const q = await new Plan(t, ws).setUp();
      const version = (await q.template()).versionId;
      const defaultKit = await q.brandKit();
      const named = await q.brandKit();
      const namedBy = await q.campaign('Branded', 'paused', { brandKitId: named, steps: [q.step(version)] });
      const relying = await q.campaign('Unbranded', 'running', { steps: [q.step(version)] });

      const res = await q.del(`/v1/brand-kits/${named}`, ws.keys.editor).expect(409);
      expect(res.body.error).toMatchObject({ code: 'BRAND_KIT.IN_USE', details: [{ campaignId: namedBy, status: 'paused', uses: ['brand kit'] }] });
      const byDefault = await q.del(`/v1/brand-kits/${defaultKit}`, ws.keys.editor).expect(409);
      expect(byDefault.body.error.details).toMatchObject([{ campaignId: relying, campaignName: 'Unbranded', uses: ['default brand kit (the campaign names none)'] }]);

      // Another kit becomes the default: the running campaign now relies on that one.
      await t.http().patch(`/v1/brand-kits/${named}`).set(...bearer(ws.keys.editor)).send({ isDefault: true }).expect(200);
      await q.del(`/v1/brand-kits/${defaultKit}`, ws.keys.editor).expect(204);
      const res2 = await q.del(`/v1/brand-kits/${named}`, ws.keys.editor).expect(409);
      expect(res2.body.error.details.map((d: { campaignId: string }) => d.campaignId).sort()).toEqual([namedBy, relying].sort());
      await t.http().get(`/v1/brand-kits/${defaultKit}`).set(...bearer(ws.key)).expect(404);
    });

    it('a network channel a campaign posts to — 409 NETWORK_CHANNEL.IN_USE (admin only, as before)', async () => {
      const channel = await p.networkChannel('Slack #learning');
      const id = await p.campaign('Posts there', 'scheduled', { senderEmail: 'a@acme.example', networkChannelIds: [channel] });
      await p.del(`/v1/network-channels/${channel}`, p.ws.keys.planner).expect(403);
      const res = await p.del(`/v1/network-channels/${channel}`, p.ws.key).expect(409);
      expect(res.body.error).toMatchObject({
        code: 'NETWORK_CHANNEL.IN_USE',
        message: expect.stringContaining('Network channel "Slack #learning" is used by 1 campaign'),
        details: [{ campaignId: id, campaignName: 'Posts there', status: 'scheduled', uses: ['network channel'] }],
      });
      await t.dataSource.query(`UPDATE campaigns SET status = 'cancelled' WHERE id = $1`, [id]);
      await p.del(`/v1/network-channels/${channel}`, p.ws.key).expect(204);
    });

    it('drafts do not prevent deletion (the message says they will need another choice); their launch names what is gone', async () => {
      const segment = await p.segment('Draft audience');
      const template = await p.template('Draft template');
      const kit = await p.brandKit();
      const channel = await p.networkChannel();
      const stepSegment = await p.segment('Draft narrowing');
      const draft = await p.campaign('Still a draft', 'draft', {
        brandKitId: kit,
        includeSegmentIds: [segment],
        networkChannelIds: [channel],
        steps: [p.step(template.versionId, { segmentId: stepSegment })],
      });
      // A running campaign uses the segment too: the refusal mentions the draft.
      const running = await p.campaign('Running too', 'running', { senderEmail: 'a@acme.example', includeSegmentIds: [segment] });
      const refused = await p.del(`/v1/segments/${segment}`).expect(409);
      expect(refused.body.error.message).toMatch(/1 draft campaign also uses it; drafts do not prevent deletion but will need another choice before launch\.$/);
      expect(refused.body.error.details.map((d: { campaignId: string }) => d.campaignId)).toEqual([running]);
      await t.dataSource.query(`UPDATE campaigns SET status = 'cancelled' WHERE id = $1`, [running]);

      await p.del(`/v1/segments/${segment}`).expect(204);
      await p.del(`/v1/segments/${stepSegment}`).expect(204);
      await p.del(`/v1/templates/${template.id}`, p.ws.keys.editor).expect(204);
      await p.del(`/v1/brand-kits/${kit}`, p.ws.keys.editor).expect(204);
      await p.del(`/v1/network-channels/${channel}`, p.ws.key).expect(204);

      const launch = await p.launch(draft).expect(422);
      expect(launch.body.error.details).toEqual(
        expect.arrayContaining([
          { path: 'brandKitId', message: 'no such brand kit' },
          { path: 'networkChannelIds[0]', message: 'no such network channel' },
          { path: 'includeSegmentIds[0]', message: 'no such segment' },
          { path: 'steps[0].templateVersionId', message: 'no such template version' },
          { path: 'steps[0].segmentId', message: 'no such segment' },
        ]),
      );
    });

    it('answers 404 for what is absent or of another workspace, and nothing is deleted', async () => {
      const other = await new Plan(t, await t.createWorkspace()).setUp();
      const segment = await other.segment();
      const template = await other.template();
      const kit = await other.brandKit();
      const channel = await other.networkChannel();
      await p.del(`/v1/segments/${segment}`).expect(404);
      await p.del(`/v1/templates/${template.id}`, p.ws.keys.editor).expect(404);
      await p.del(`/v1/brand-kits/${kit}`, p.ws.keys.editor).expect(404);
      await p.del(`/v1/network-channels/${channel}`, p.ws.key).expect(404);
      for (const [table, id] of [['segments', segment], ['templates', template.id], ['brand_kits', kit], ['network_channels', channel]]) {
        expect(await exists(table, id)).toBe(true);
      }
      await p.del(`/v1/templates/${template.id}`, p.ws.keys.viewer).expect(403);
      await p.del(`/v1/brand-kits/${kit}`, p.ws.keys.viewer).expect(403);
    });
  });

  describe('a deletion racing a launch', () => {
    let p: Plan;
    let holder: QueryRunner;

    beforeEach(async () => {
      p = await new Plan(t, await t.createWorkspace()).setUp();
      holder = t.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
    });
    afterEach(async () => {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    });

    /** Waits until `n` sessions of this test's database wait on a row lock. */
    async function lockWaiters(n: number): Promise<void> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const [{ waiting }] = await t.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (waiting >= n) return;
        if (Date.now() > deadline) throw new Error(`expected ${n} sessions waiting on a lock, saw ${waiting}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it('a launch that has checked the segment holds it: the deletion waits, then answers 409', async () => {
      const segment = await p.segment();
      const template = await p.template();
      const id = await p.campaign('Racing', 'draft', { senderEmail: 'a@acme.example', includeSegmentIds: [segment], steps: [p.step(template.versionId)] });

      // Saving a new version of the template holds its row: the launch stops there, after the segment check.
      await holder.query(`SELECT 1 FROM templates WHERE id = $1 FOR UPDATE`, [template.id]);
      const launching = p.launch(id).then((res) => res);
      await lockWaiters(1);
      const deleting = p.del(`/v1/segments/${segment}`).then((res) => res);
      await lockWaiters(2);
      await holder.rollbackTransaction();

      expect((await launching).status).toBe(200);
      const deleted = await deleting;
      expect(deleted.status).toBe(409);
      expect(deleted.body.error.details).toMatchObject([{ campaignId: id, status: 'scheduled' }]);
      expect(await exists('segments', segment)).toBe(true);
    });

    it('a deletion that holds the segment first wins: the launch waits, then is refused naming the segment', async () => {
      const segment = await p.segment();
      await p.post(`/v1/segments/${segment}/freeze`, {}, 200, p.ws.keys.planner);
      const template = await p.template();
      const id = await p.campaign('Racing', 'draft', { senderEmail: 'a@acme.example', includeSegmentIds: [segment], steps: [p.step(template.versionId)] });

      // A member row held elsewhere: the deletion stops at the cascade, after its check.
      await holder.query(`SELECT 1 FROM segment_members WHERE segment_id = $1 FOR UPDATE`, [segment]);
      const deleting = p.del(`/v1/segments/${segment}`).then((res) => res);
      await lockWaiters(1);
      const launching = p.launch(id).then((res) => res);
      await lockWaiters(2);
      await holder.rollbackTransaction();

      expect((await deleting).status).toBe(204);
      const launched = await launching;
      expect(launched.status).toBe(422);
      expect(launched.body.error.details).toEqual([{ path: 'includeSegmentIds[0]', message: 'no such segment' }]);
      const [campaign] = await t.dataSource.query(`SELECT status FROM campaigns WHERE id = $1`, [id]);
      expect(campaign.status).toBe('draft');
    });

    it('the default brand kit a launch relies on cannot be deleted under it', async () => {
      const kit = await p.brandKit();
      const template = await p.template();
      const id = await p.campaign('No kit named', 'draft', { steps: [p.step(template.versionId)] });

      await holder.query(`SELECT 1 FROM templates WHERE id = $1 FOR UPDATE`, [template.id]);
      const launching = p.launch(id).then((res) => res);
      await lockWaiters(1);
      const deleting = p.del(`/v1/brand-kits/${kit}`, p.ws.keys.editor).then((res) => res);
      await lockWaiters(2);
      await holder.rollbackTransaction();

      expect((await launching).status).toBe(200);
      const deleted = await deleting;
      expect(deleted.status).toBe(409);
      expect(deleted.body.error.details).toMatchObject([{ campaignId: id, uses: ['default brand kit (the campaign names none)'] }]);
    });
  });

  describe('launch: the brand kit that applies', () => {
    it('launches a campaign that names no kit with the sender of the workspace’s default kit', async () => {
      const p = await new Plan(t, await t.createWorkspace()).setUp();
      await p.brandKit({ senderEmail: 'academy@acme.example' });
      const template = await p.template();
      const id = await p.campaign('Default kit', 'draft', { includeSegmentIds: [await p.segment()], steps: [p.step(template.versionId)] });
      const launched = await p.launch(id).expect(200);
      expect(launched.body).toMatchObject({ status: 'scheduled', brandKitId: null, senderEmail: null });
    });

    it('refuses with a clear message when neither the campaign nor a default kit gives a sender', async () => {
      const p = await new Plan(t, await t.createWorkspace()).setUp();
      const template = await p.template();
      const id = await p.campaign('No sender', 'draft', { steps: [p.step(template.versionId)] });
      const refused = await p.launch(id).expect(422);
      expect(refused.body.error.code).toBe('CAMPAIGN.NOT_LAUNCHABLE');
      expect(refused.body.error.details).toEqual([
        {
          path: 'senderEmail',
          message:
            "no sender: the campaign has no senderEmail and no brand kit applies (without a kit named, the workspace's default kit gives the sender, and there is none); set senderEmail (and senderName), choose a brand kit, or make one the default",
          code: 'LAUNCH.NO_SENDER',
        },
      ]);

      // A kit that is not the default does not apply to a campaign that names none; once it is the default, it does.
      const kit = await p.brandKit();
      await t.dataSource.query(`UPDATE brand_kits SET is_default = false WHERE id = $1`, [kit]);
      await p.launch(id).expect(422);
      await t.http().patch(`/v1/brand-kits/${kit}`).set(...bearer(p.ws.keys.editor)).send({ isDefault: true }).expect(200);
      await p.launch(id).expect(200);
    });
  });
});
