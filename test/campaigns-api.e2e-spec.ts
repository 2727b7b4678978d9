import { randomUUID } from 'node:crypto';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const DAY = 86_400_000;

/** Rows of other modules, written straight to the database so these tests depend only on the schema. */
class Fixtures {
  constructor(
    private readonly t: TestApp,
    readonly ws: TestWorkspace,
  ) {}

  private async insert(sql: string, params: unknown[]): Promise<string> {
    const [row] = await this.t.dataSource.query<Array<{ id: string }>>(sql, params);
    return row.id;
  }

  learner(externalId: string, locale = 'fr-FR', timeZone = 'Europe/Paris'): Promise<string> {
    return this.insert(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, locale, time_zone) VALUES ($1, $2, $3, $2, $4, $5) RETURNING id`,
      [this.ws.id, externalId, `${externalId.toLowerCase()}@${this.ws.slug}.example`, locale, timeZone],
    );
  }

  course(title = 'Managing a hybrid team'): Promise<string> {
    return this.insert(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, $2, 'blended') RETURNING id`, [this.ws.id, title]);
  }

  session(courseId: string, startsInDays = 30, options: { enrolBy?: boolean; status?: string } = {}): Promise<string> {
    const starts = new Date(Date.now() + startsInDays * DAY);
    return this.insert(
      `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, enrol_by, time_zone, status)
       VALUES ($1, $2, $3, $4, $5, 'Europe/Paris', $6) RETURNING id`,
      [this.ws.id, courseId, starts, new Date(starts.getTime() + DAY), options.enrolBy === false ? null : new Date(starts.getTime() - 3 * DAY), options.status ?? 'scheduled'],
    );
  }

  segment(name: string, kind: 'dynamic' | 'static' = 'dynamic'): Promise<string> {
    return this.insert(
      `INSERT INTO segments (workspace_id, name, rule, kind, frozen_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'static' THEN now() END) RETURNING id`,
      [this.ws.id, name, JSON.stringify({ field: 'department', op: 'eq', value: name }), kind],
    );
  }

  persona(name: string): Promise<string> {
    return this.insert(`INSERT INTO personas (workspace_id, name, preferred_channels) VALUES ($1, $2, '{email}') RETURNING id`, [this.ws.id, name]);
  }

  networkChannel(name: string, enabled = true): Promise<string> {
    return this.insert(
      `INSERT INTO network_channels (workspace_id, name, kind, url_sealed, url_preview, enabled)
       VALUES ($1, $2, 'slack', 'sealed', 'https://hooks.slack.com/…', $3) RETURNING id`,
      [this.ws.id, name, enabled],
    );
  }

  brandKit(senderEmail = 'academy@acme.example'): Promise<string> {
    return this.insert(
      `INSERT INTO brand_kits (workspace_id, name, colors, font_family, sender_name, sender_email)
       VALUES ($1, $2, '{}'::jsonb, 'Inter', 'Acme Academy', $3) RETURNING id`,
      [this.ws.id, `Brand ${randomUUID().slice(0, 6)}`, senderEmail],
    );
  }

  async templateVersion(channel: 'email' | 'post' | 'talking_points', locales = ['en', 'fr']): Promise<string> {
    const templateId = await this.insert(
      `INSERT INTO templates (workspace_id, name, channel, purpose, phase) VALUES ($1, $2, $3, 'invitation', 'before') RETURNING id`,
      [this.ws.id, `${channel} ${randomUUID().slice(0, 6)}`, channel],
    );
    return this.insert(
      `INSERT INTO template_versions (workspace_id, template_id, version, locales, variants) VALUES ($1, $2, 1, $3, '{}'::jsonb) RETURNING id`,
      [this.ws.id, templateId, locales],
    );
  }
}

interface Refs {
  courseId: string;
  sessionId: string;
  email: string;
  post: string;
  talkingPoints: string;
}

async function baseRefs(f: Fixtures): Promise<Refs> {
  const courseId = await f.course();
  return {
    courseId,
    sessionId: await f.session(courseId),
    email: await f.templateVersion('email'),
    post: await f.templateVersion('post'),
    talkingPoints: await f.templateVersion('talking_points'),
  };
}

function stepBody(templateVersionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Invitation', phase: 'before', anchor: 'session_start', offset: '-P14D', localTime: '09:00', channel: 'email', templateVersionId, ...overrides };
}

describe('Campaigns API', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let f: Fixtures;
  let g: Fixtures;
  let refs: Refs;

  const http = () => t.http();
  const as = (key: string): [string, string] => bearer(key);

  const createCampaign = (body: Record<string, unknown> = {}, key = acme.keys.planner) =>
    http()
      .post('/v1/campaigns')
      .set(...as(key))
      .send({ name: 'Hybrid management — spring', courseId: refs.courseId, sessionId: refs.sessionId, ...body });

  async function setStatus(id: string, status: string): Promise<void> {
    await t.dataSource.query(`UPDATE campaigns SET status = $2 WHERE id = $1`, [id, status]);
  }

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    f = new Fixtures(t, acme);
    g = new Fixtures(t, globex);
    refs = await baseRefs(f);
  });
  afterAll(() => t.close());

  describe('create, read, list, update, delete', () => {
    it('creates a draft with its steps in one call, and reads it back with the steps in plan order', async () => {
      const ambassador = await f.learner('AMB-1');
      const channel = await f.networkChannel('Slack #learning');
      const include = await f.segment('Managers');
      const exclude = await f.segment('Contractors');
      const brandKitId = await f.brandKit();
      const created = await createCampaign({
        description: 'Fill the 40 seats',
        goalEnrolments: 40,
        brandKitId,
        senderName: 'Acme Academy',
        senderEmail: 'Academy@Acme.example',
        replyTo: 'team@acme.example',
        sponsor: { name: 'Claire Martin', title: 'COO', quote: 'Learn together.', photoUrl: 'https://cdn.acme.example/claire.jpg' },
        ambassadorIds: [ambassador],
        networkChannelIds: [channel],
        includeSegmentIds: [include],
        excludeSegmentIds: [exclude],
        steps: [
          stepBody(refs.email, { name: 'Teaser', offset: '-P3W', position: 5 }),
          stepBody(refs.post, { name: 'Announcement', channel: 'post', localTime: null }),
          stepBody(refs.talkingPoints, { name: 'Talking points', channel: 'talking_points', offset: '-PT36H' }),
        ],
      }).expect(201);

      expect(created.body).toMatchObject({
        status: 'draft',
        senderEmail: 'academy@acme.example',
        goalEnrolments: 40,
        sponsor: { name: 'Claire Martin', title: 'COO' },
        ambassadorIds: [ambassador],
        allowLocaleFallback: false,
        launchedAt: null,
      });
      // Steps without a position follow the highest given one; offsets are stored in canonical form.
      expect(created.body.steps.map((s: { name: string; position: number; offset: string }) => [s.name, s.position, s.offset])).toEqual([
        ['Teaser', 5, '-P21D'],
        ['Announcement', 6, '-P14D'],
        ['Talking points', 7, '-P1DT12H'],
      ]);
      expect(created.body.steps[0].localTime).toBe('09:00');

      const read = await http().get(`/v1/campaigns/${created.body.id}`).set(...as(acme.keys.viewer)).expect(200);
      expect(read.body.steps.map((s: { name: string }) => s.name)).toEqual(['Teaser', 'Announcement', 'Talking points']);
      expect(read.body.includeSegmentIds).toEqual([include]);
    });

    it('lists newest first, filters by status and pages with a cursor', async () => {
      const ids: string[] = [];
      for (const name of ['List A', 'List B', 'List C']) ids.push((await createCampaign({ name }).expect(201)).body.id);
      await setStatus(ids[1], 'paused');

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await http()
          .get('/v1/campaigns')
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .set(...as(acme.keys.viewer))
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((c) => c.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.indexOf(ids[2])).toBeLessThan(seen.indexOf(ids[1]));
      expect(seen.indexOf(ids[1])).toBeLessThan(seen.indexOf(ids[0]));

      const paused = await http().get('/v1/campaigns').query({ status: 'paused' }).set(...as(acme.keys.viewer)).expect(200);
      expect(paused.body.items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);

      const otherCourse = await f.course('Filtered course');
      const other = await createCampaign({ name: 'Other course', courseId: otherCourse, sessionId: null }).expect(201);
      const byCourse = await http().get('/v1/campaigns').query({ courseId: otherCourse }).set(...as(acme.keys.viewer)).expect(200);
      expect(byCourse.body.items.map((c: { id: string }) => c.id)).toEqual([other.body.id]);
      const bySession = await http().get('/v1/campaigns').query({ sessionId: refs.sessionId, limit: 200 }).set(...as(acme.keys.viewer)).expect(200);
      expect(bySession.body.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(ids));
      expect(bySession.body.items.map((c: { id: string }) => c.id)).not.toContain(other.body.id);

      await http().get('/v1/campaigns').query({ status: 'sleeping' }).set(...as(acme.key)).expect(400);
      const bad = await http().get('/v1/campaigns').query({ cursor: 'nope' }).set(...as(acme.key)).expect(400);
      expect(bad.body.error.code).toBe('REQUEST.INVALID_CURSOR');
    });

    it('updates a draft, clears nullable fields with null, and refuses null for required ones', async () => {
      const { body } = await createCampaign({ senderName: 'Academy', goalEnrolments: 10 }).expect(201);
      const patched = await http()
        .patch(`/v1/campaigns/${body.id}`)
        .set(...as(acme.keys.planner))
        .send({ name: 'Renamed', senderName: null, goalEnrolments: 25, allowLocaleFallback: true })
        .expect(200);
      expect(patched.body).toMatchObject({ name: 'Renamed', senderName: null, goalEnrolments: 25, allowLocaleFallback: true });

      const segment = await f.segment('Overlap');
      await http().patch(`/v1/campaigns/${body.id}`).set(...as(acme.keys.planner)).send({ excludeSegmentIds: [segment] }).expect(200);
      const overlap = await http().patch(`/v1/campaigns/${body.id}`).set(...as(acme.keys.planner)).send({ includeSegmentIds: [segment] }).expect(422);
      expect(overlap.body.error.details).toEqual([{ path: 'includeSegmentIds[0]', message: 'this segment is also excluded' }]);

      const res = await http().patch(`/v1/campaigns/${body.id}`).set(...as(acme.keys.planner)).send({ name: null, courseId: null }).expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['name', 'courseId']));
    });

    it('deletes a draft only', async () => {
      const { body } = await createCampaign().expect(201);
      await http().delete(`/v1/campaigns/${body.id}`).set(...as(acme.keys.planner)).expect(204);
      await http().get(`/v1/campaigns/${body.id}`).set(...as(acme.key)).expect(404);

      const running = await createCampaign().expect(201);
      await setStatus(running.body.id, 'running');
      const res = await http().delete(`/v1/campaigns/${running.body.id}`).set(...as(acme.key)).expect(409);
      expect(res.body.error.code).toBe('CAMPAIGN.NOT_DELETABLE');
    });
  });

  describe('validation', () => {
    it('names bad fields with 400: emails, line breaks in sender fields, ids, unknown fields, nested steps', async () => {
      const res = await createCampaign({
        senderEmail: 'not-an-email',
        senderName: 'Acme\r\nBcc: victim@example.com',
        replyTo: 'a@b.example\nX: y',
        ambassadorIds: ['not-a-uuid'],
        sponsor: { title: 'COO', photoUrl: 'javascript:alert(1)' },
        goalEnrolments: 0,
        colour: 'red',
        steps: [stepBody(refs.email, { offset: '-P1M', localTime: '9am', channel: 'fax' })],
      }).expect(400);
      expect(res.body.error.code).toBe('VALIDATION.FAILED');
      const paths = res.body.error.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'senderEmail',
          'senderName',
          'replyTo',
          'ambassadorIds',
          'sponsor.name',
          'sponsor.photoUrl',
          'goalEnrolments',
          'colour',
          'steps[0].offset',
          'steps[0].localTime',
          'steps[0].channel',
        ]),
      );
      const message = (path: string) => res.body.error.details.find((d: { path: string }) => d.path === path).message;
      expect(message('senderName')).toMatch(/line breaks/);
      expect(message('steps[0].offset')).toMatch(/months are not supported/);
    });

    it('answers 422 naming the field and index for ids that do not exist in the workspace (another workspace included)', async () => {
      const mine = await f.learner('AMB-OK');
      const theirs = await g.learner('AMB-THEIRS');
      const theirSegment = await g.segment('Theirs');
      const theirChannel = await g.networkChannel('Their Slack');
      const theirCourse = await g.course();
      const theirBrand = await g.brandKit();
      const otherCourse = await f.course('Another course');
      const otherSession = await f.session(otherCourse);

      const res = await createCampaign({
        sessionId: otherSession,
        brandKitId: theirBrand,
        ambassadorIds: [mine, mine.replace(/^.{8}/, '00000000'), theirs],
        networkChannelIds: [theirChannel],
        includeSegmentIds: [theirSegment],
      }).expect(422);
      expect(res.body.error.code).toBe('CAMPAIGN.INVALID_REFERENCE');
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([
          { path: 'sessionId', message: `not a session of course ${refs.courseId}` },
          { path: 'brandKitId', message: 'no such brand kit' },
          { path: 'ambassadorIds[1]', message: 'no such learner' },
          { path: 'ambassadorIds[2]', message: 'no such learner' },
          { path: 'networkChannelIds[0]', message: 'no such network channel' },
          { path: 'includeSegmentIds[0]', message: 'no such segment' },
        ]),
      );
      expect(res.body.error.details.some((d: { path: string }) => d.path === 'ambassadorIds[0]')).toBe(false);

      const course = await createCampaign({ courseId: theirCourse, sessionId: null }).expect(422);
      expect(course.body.error.details).toEqual([{ path: 'courseId', message: 'no such course' }]);

      // Nothing was half-written.
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM campaigns WHERE workspace_id = $1 AND session_id = $2`, [acme.id, otherSession]);
      expect(n).toBe(0);
    });

    it('refuses step references that are absent or of the wrong channel, with their paths, and writes nothing', async () => {
      const theirVersion = await g.templateVersion('email');
      const theirPersona = await g.persona('Their persona');
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM campaigns`);
      const res = await createCampaign({
        steps: [
          stepBody(refs.post),
          stepBody(theirVersion, { personaIds: [theirPersona] }),
          stepBody(refs.email, { templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: refs.email, weight: 50 }, { key: 'B', templateVersionId: refs.talkingPoints, weight: 50 }] }),
        ],
      }).expect(422);
      expect(res.body.error.details).toEqual([
        { path: 'steps[0].templateVersionId', message: 'the template is for post, but email steps need a template for email' },
        { path: 'steps[1].templateVersionId', message: 'no such template version' },
        { path: 'steps[1].personaIds[0]', message: 'no such persona' },
        { path: 'steps[2].variants[1].templateVersionId', message: 'the template is for talking_points, but email steps need a template for email' },
      ]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM campaigns`)).toEqual(before);
    });

    it('answers 404 for a campaign of another workspace, on every route', async () => {
      const { body } = await createCampaign().expect(201);
      const key = globex.key;
      await http().get(`/v1/campaigns/${body.id}`).set(...as(key)).expect(404);
      await http().patch(`/v1/campaigns/${body.id}`).set(...as(key)).send({ name: 'x' }).expect(404);
      await http().delete(`/v1/campaigns/${body.id}`).set(...as(key)).expect(404);
      await http().post(`/v1/campaigns/${body.id}/steps`).set(...as(key)).send(stepBody(refs.email)).expect(404);
      for (const action of ['launch', 'pause', 'resume', 'cancel']) await http().post(`/v1/campaigns/${body.id}/${action}`).set(...as(key)).expect(404);
      await http().get(`/v1/campaigns/${body.id}/deliveries`).set(...as(key)).expect(404);
      await http().get(`/v1/campaigns/${body.id}/deliveries/summary`).set(...as(key)).expect(404);
      const list = await http().get('/v1/campaigns').set(...as(key)).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(body.id);
      await http().get('/v1/campaigns/not-a-uuid').set(...as(acme.key)).expect(400);
    });
  });

  describe('steps', () => {
    let campaignId: string;
    beforeAll(async () => {
      campaignId = (await createCampaign().expect(201)).body.id;
    });
    const steps = () => `/v1/campaigns/${campaignId}/steps`;

    it('appends steps in creation order, or at a given free position', async () => {
      const a = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { name: 'A' })).expect(201);
      const b = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { name: 'B', anchor: 'enrol_by', offset: '-P2D' })).expect(201);
      expect([a.body.position, b.body.position]).toEqual([0, 1]);
      const c = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { name: 'C', position: 10 })).expect(201);
      expect(c.body.position).toBe(10);
      const taken = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { name: 'D', position: 1 })).expect(409);
      expect(taken.body.error.code).toBe('CAMPAIGN.STEP_POSITION_TAKEN');
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['an offset with months', { offset: '-P1M' }, 'offset', /months are not supported/],
      ['an offset that is not ISO 8601', { offset: '14 days before' }, 'offset', /not an ISO 8601 duration/],
      ['a local time that is not HH:MM', { localTime: '9h30' }, 'localTime', /HH:MM/],
      ['an unknown anchor', { anchor: 'course_start' }, 'anchor', /anchor must be one of/],
      ['neither a version nor variants', { templateVersionId: undefined }, 'templateVersionId', /required unless variants/],
      [
        'duplicate variant keys',
        { templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: randomUUID(), weight: 1 }, { key: 'A', templateVersionId: randomUUID(), weight: 1 }] },
        'variants[1].key',
        /duplicate variant key "A"/,
      ],
      ['a zero weight', { templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: randomUUID(), weight: 0 }, { key: 'B', templateVersionId: randomUUID(), weight: 1 }] }, 'variants[0].weight', /must not be less than 1/],
      ['a lower-case variant key', { templateVersionId: undefined, variants: [{ key: 'a', templateVersionId: randomUUID(), weight: 1 }, { key: 'B', templateVersionId: randomUUID(), weight: 1 }] }, 'variants[0].key', /capital letter/],
    ])('refuses %s with 400 naming %s', async (_, overrides, path, message) => {
      const res = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, overrides)).expect(400);
      const detail = res.body.error.details.find((d: { path: string }) => d.path === path);
      expect(detail?.message).toMatch(message);
    });

    it('refuses a template of the wrong channel with 422 naming templateVersionId', async () => {
      const res = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { channel: 'talking_points' })).expect(422);
      expect(res.body.error.details).toEqual([
        { path: 'templateVersionId', message: 'the template is for email, but talking_points steps need a template for talking_points' },
      ]);
      // preferred steps use email templates
      await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { name: 'Preferred', channel: 'preferred' })).expect(201);
    });

    it('refuses session anchors on an evergreen campaign, and removing the session under them', async () => {
      const evergreen = await createCampaign({ sessionId: null }).expect(201);
      const res = await http().post(`/v1/campaigns/${evergreen.body.id}/steps`).set(...as(acme.keys.planner)).send(stepBody(refs.email)).expect(422);
      expect(res.body.error.details[0]).toMatchObject({ path: 'anchor', message: expect.stringMatching(/needs a campaign on a session/) });
      await http()
        .post(`/v1/campaigns/${evergreen.body.id}/steps`)
        .set(...as(acme.keys.planner))
        .send(stepBody(refs.email, { anchor: 'learner_enrolled', offset: 'P1D' }))
        .expect(201);

      const unset = await http().patch(`/v1/campaigns/${campaignId}`).set(...as(acme.keys.planner)).send({ sessionId: null }).expect(422);
      expect(unset.body.error.details[0]).toMatchObject({ path: 'sessionId', message: expect.stringMatching(/steps\[0\] \("A"\) is anchored on session_start/) });
    });

    it('patches a step: fields given change, a pinned version replaces variants, and a patch is validated like a creation', async () => {
      const v2 = await f.templateVersion('email');
      const created = await http()
        .post(steps())
        .set(...as(acme.keys.planner))
        .send(stepBody(refs.email, { name: 'AB', templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: refs.email, weight: 90 }, { key: 'B', templateVersionId: v2, weight: 10 }] }))
        .expect(201);
      expect(created.body.templateVersionId).toBe(refs.email);
      const url = `${steps()}/${created.body.id}`;

      const patched = await http().patch(url).set(...as(acme.keys.planner)).send({ offset: '-P10D', localTime: null, essential: true }).expect(200);
      expect(patched.body).toMatchObject({ name: 'AB', offset: '-P10D', localTime: null, essential: true, variants: [{ key: 'A' }, { key: 'B' }] });

      const abTest = await http().patch(url).set(...as(acme.keys.planner)).send({ abTestFraction: 0.2, abDecideAfter: 'PT24H' }).expect(200);
      expect(abTest.body).toMatchObject({ abTestFraction: 0.2, abDecideAfter: 'P1D', abWinner: null });
      const half = await http().patch(url).set(...as(acme.keys.planner)).send({ abDecideAfter: null }).expect(400);
      expect(half.body.error.details[0]).toMatchObject({ path: 'abDecideAfter', message: expect.stringMatching(/go together/) });

      // Pinning one version ends the A/B split and its test.
      const pinned = await http().patch(url).set(...as(acme.keys.planner)).send({ templateVersionId: v2 }).expect(200);
      expect(pinned.body).toMatchObject({ templateVersionId: v2, variants: [], abTestFraction: null, abDecideAfter: null });

      await http().patch(url).set(...as(acme.keys.planner)).send({ channel: 'post' }).expect(422);
      await http().patch(url).set(...as(acme.keys.planner)).send({ offset: 'P1Y' }).expect(400);
      await http().patch(url).set(...as(acme.keys.planner)).send({ position: 0 }).expect(409);

      await http().delete(url).set(...as(acme.keys.planner)).expect(204);
      await http().patch(url).set(...as(acme.keys.planner)).send({ name: 'gone' }).expect(404);
    });

    it('locks a step that has deliveries, and every step of a campaign that is not draft or paused', async () => {
      const created = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email, { name: 'Planned' })).expect(201);
      const learner = await f.learner('PLANNED-1');
      await t.dataSource.query(
        `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, scheduled_at)
         VALUES ($1, $2, $3, $4, 'email', $5, now())`,
        [acme.id, campaignId, created.body.id, learner, refs.email],
      );
      const locked = await http().patch(`${steps()}/${created.body.id}`).set(...as(acme.keys.planner)).send({ name: 'x' }).expect(409);
      expect(locked.body.error.code).toBe('CAMPAIGN.STEP_LOCKED');
      await http().delete(`${steps()}/${created.body.id}`).set(...as(acme.keys.planner)).expect(409);

      await setStatus(campaignId, 'running');
      const res = await http().post(steps()).set(...as(acme.keys.planner)).send(stepBody(refs.email)).expect(409);
      expect(res.body.error.code).toBe('CAMPAIGN.NOT_EDITABLE');
      await http().patch(`/v1/campaigns/${campaignId}`).set(...as(acme.keys.planner)).send({ name: 'x' }).expect(409);
      await setStatus(campaignId, 'draft');
    });
  });

  describe('life cycle', () => {
    it('walks scheduled → paused → running → cancelled, refusing what the table forbids with from/to', async () => {
      const { body } = await createCampaign().expect(201);
      const action = (name: string, expected: number) => http().post(`/v1/campaigns/${body.id}/${name}`).set(...as(acme.keys.planner)).expect(expected);

      const early = await action('pause', 409);
      expect(early.body.error.code).toBe('CAMPAIGN.INVALID_TRANSITION');
      expect(early.body.error.message).toMatch(/draft → paused/);
      expect(early.body.error.details).toEqual([{ path: 'status', message: 'draft → paused is not allowed' }]);
      await action('resume', 409);

      await setStatus(body.id, 'scheduled');
      const paused = await action('pause', 200);
      expect(paused.body).toMatchObject({ status: 'paused', pausedAt: expect.any(String) });
      // While paused the plan can change, but not the session it is planned against.
      await http().patch(`/v1/campaigns/${body.id}`).set(...as(acme.keys.planner)).send({ name: 'Paused edit' }).expect(200);
      const locked = await http().patch(`/v1/campaigns/${body.id}`).set(...as(acme.keys.planner)).send({ sessionId: null }).expect(409);
      expect(locked.body.error.code).toBe('CAMPAIGN.FIELD_LOCKED');

      const resumed = await action('resume', 200);
      expect(resumed.body).toMatchObject({ status: 'running', pausedAt: null });
      const relaunch = await action('launch', 409);
      expect(relaunch.body.error.message).toMatch(/running → scheduled/);

      const cancelled = await action('cancel', 200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) });
      for (const name of ['pause', 'resume', 'cancel', 'launch']) {
        const res = await action(name, 409);
        expect(res.body.error.message).toMatch(/a cancelled campaign is final/);
      }
    });

    it('keeps the plan of a running campaign, while its goal, sponsor, ambassadors and costs still change', async () => {
      const { body } = await createCampaign().expect(201);
      const url = `/v1/campaigns/${body.id}`;
      const ambassador = await f.learner('RUN-AMB-1');
      const outsider = await g.learner('RUN-AMB-X');
      await setStatus(body.id, 'running');

      const changed = await http()
        .patch(url)
        .set(...as(acme.keys.planner))
        .send({ goalEnrolments: 60, sponsor: { name: 'Claire Martin', title: 'COO' }, ambassadorIds: [ambassador] })
        .expect(200);
      expect(changed.body).toMatchObject({ status: 'running', goalEnrolments: 60, sponsor: { name: 'Claire Martin', title: 'COO' }, ambassadorIds: [ambassador] });

      // Plan fields stay locked, named one by one, and nothing of the request is written.
      const plan = await http().patch(url).set(...as(acme.keys.planner)).send({ goalEnrolments: 70, name: 'Renamed', includeSegmentIds: [] }).expect(409);
      expect(plan.body.error.code).toBe('CAMPAIGN.NOT_EDITABLE');
      expect(plan.body.error.details.map((d: { path: string }) => d.path)).toEqual(['name', 'includeSegmentIds']);
      // Bad values name their field.
      const goal = await http().patch(url).set(...as(acme.keys.planner)).send({ goalEnrolments: 0 }).expect(400);
      expect(goal.body.error.details[0]).toMatchObject({ path: 'goalEnrolments' });
      const foreign = await http().patch(url).set(...as(acme.keys.planner)).send({ ambassadorIds: [outsider] }).expect(422);
      expect(foreign.body.error.details).toEqual([{ path: 'ambassadorIds[0]', message: 'no such learner' }]);
      const read = await http().get(url).set(...as(acme.keys.planner)).expect(200);
      expect(read.body).toMatchObject({ name: 'Hybrid management — spring', goalEnrolments: 60, ambassadorIds: [ambassador] });

      // Costs: read back, set while running, validated.
      await http().patch(`${url}/costs`).set(...as(acme.keys.planner)).send({ production: 1200, hours: 10, hourlyRate: 50, currency: 'EUR' }).expect(200);
      const costs = await http().get(`${url}/costs`).set(...as(acme.keys.planner)).expect(200);
      expect(costs.body).toEqual({ production: 1200, hours: 10, hourlyRate: 50, currency: 'EUR', cost: 1700 });
      const bad = await http().patch(`${url}/costs`).set(...as(acme.keys.planner)).send({ production: -1, currency: 'euro' }).expect(400);
      expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['currency', 'production']);

      await setStatus(body.id, 'completed');
      const done = await http().patch(url).set(...as(acme.keys.planner)).send({ goalEnrolments: 80 }).expect(409);
      expect(done.body.error.code).toBe('CAMPAIGN.NOT_EDITABLE');
    });

    it('cancelling skips pending and queued deliveries in one go, leaving sending and sent ones alone', async () => {
      const { body } = await createCampaign({ steps: [stepBody(refs.email)] }).expect(201);
      await setStatus(body.id, 'running');
      const stepId = body.steps[0].id;
      const statuses = ['pending', 'pending', 'queued', 'sending', 'sent', 'failed'];
      for (const [i, status] of statuses.entries()) {
        const learner = await f.learner(`CANCEL-${i}`);
        await t.dataSource.query(
          `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, scheduled_at, status, lease_until)
           VALUES ($1, $2, $3, $4, 'email', $5, now(), $6, CASE WHEN $6 = 'queued' THEN now() + interval '5 minutes' END)`,
          [acme.id, body.id, stepId, learner, refs.email, status],
        );
      }
      await http().post(`/v1/campaigns/${body.id}/cancel`).set(...as(acme.keys.planner)).expect(200);
      const rows = await t.dataSource.query(
        `SELECT status, reason, lease_until FROM deliveries WHERE campaign_id = $1 ORDER BY status, reason`,
        [body.id],
      );
      expect(rows.map((r: { status: string; reason: string | null }) => `${r.status}:${r.reason}`).sort()).toEqual(
        ['failed:null', 'sending:null', 'sent:null', 'skipped:campaign_cancelled', 'skipped:campaign_cancelled', 'skipped:campaign_cancelled'].sort(),
      );
      expect(rows.every((r: { status: string; lease_until: Date | null }) => r.status !== 'skipped' || r.lease_until === null)).toBe(true);
    });
  });

  describe('launch checks', () => {
    let lp: TestWorkspace;
    let l: Fixtures;
    let course: string;
    let session: string;

    const launch = (id: string, expected: number) => http().post(`/v1/campaigns/${id}/launch`).set(...as(lp.keys.planner)).expect(expected);
    const create = (body: Record<string, unknown>) =>
      http()
        .post('/v1/campaigns')
        .set(...as(lp.keys.planner))
        .send({ name: 'Launch test', courseId: course, sessionId: session, ...body })
        .expect(201);

    beforeAll(async () => {
      // A workspace of its own, so the audience is exactly these learners.
      lp = await t.createWorkspace('Launchpad');
      l = new Fixtures(t, lp);
      course = await l.course();
      session = await l.session(course, 30);
      for (const [id, locale, zone] of [
        ['FR-1', 'fr-FR', 'Europe/Paris'],
        ['FR-2', 'fr-FR', 'Europe/Paris'],
        ['FR-3', 'fr-CA', 'America/Toronto'],
        ['DE-1', 'de-DE', 'Europe/Berlin'],
        ['DE-2', 'de-AT', 'Europe/Vienna'],
        ['EN-1', 'en-US', 'America/New_York'],
      ]) {
        await l.learner(id, locale, zone);
      }
    });

    it('refuses with 422 CAMPAIGN.NOT_LAUNCHABLE listing every problem at once, and stays a draft', async () => {
      const email = await l.templateVersion('email', ['en', 'fr']);
      const post = await l.templateVersion('post', ['en']);
      const talking = await l.templateVersion('talking_points', ['en']);
      const { body } = await create({
        steps: [
          stepBody(email, { name: 'Too early', offset: '-P60D' }),
          stepBody(post, { name: 'Post', channel: 'post' }),
          stepBody(talking, { name: 'Talking points', channel: 'talking_points' }),
        ],
      });
      // The builder asks first, without launching: the same problems.
      const check = await http().get(`/v1/campaigns/${body.id}/launch-check`).set(...as(lp.key)).expect(200);
      const res = await launch(body.id, 422);
      expect(res.body.error.code).toBe('CAMPAIGN.NOT_LAUNCHABLE');
      expect(res.body.error.details).toEqual([
        { path: 'senderEmail', message: expect.stringMatching(/no sender/), code: 'LAUNCH.NO_SENDER' },
        { path: 'steps[0].offset', message: expect.stringMatching(/which is in the past/), code: 'LAUNCH.STEP_IN_THE_PAST', params: { at: expect.any(String) } },
        { path: 'steps[0].templateVersionId', message: 'no "de" variant for 2 learners', code: 'LAUNCH.MISSING_LOCALE', params: { language: 'de', count: 2, recipients: 'learner' } },
        { path: 'steps[1].channel', message: 'a post step, but the campaign has no enabled network channel', code: 'LAUNCH.NO_NETWORK_CHANNEL' },
        { path: 'steps[2].channel', message: 'a talking-points step, but the campaign has no ambassadors', code: 'LAUNCH.NO_AMBASSADORS' },
      ]);
      expect(check.body).toEqual({ launchable: false, problems: res.body.error.details });
      const read = await http().get(`/v1/campaigns/${body.id}`).set(...as(lp.key)).expect(200);
      expect(read.body).toMatchObject({ status: 'draft', launchedAt: null });
    });

    it('refuses a plan with no steps, an empty audience and a cancelled session', async () => {
      const empty = await l.segment('Nobody', 'static');
      const cancelled = await l.session(course, 20, { status: 'cancelled' });
      const { body } = await create({ senderEmail: 'academy@launchpad.example', includeSegmentIds: [empty], sessionId: cancelled });
      const res = await launch(body.id, 422);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['steps', 'sessionId', 'includeSegmentIds']);
    });

    it('refuses a talking-points template lacking the ambassadors\' language, and a disabled network channel', async () => {
      const ambassador = await l.learner('AMB-DE', 'de-DE', 'Europe/Berlin');
      const disabled = await l.networkChannel('Old Slack', false);
      const talking = await l.templateVersion('talking_points', ['en', 'fr']);
      const post = await l.templateVersion('post', ['en']);
      const { body } = await create({
        senderEmail: 'academy@launchpad.example',
        ambassadorIds: [ambassador],
        networkChannelIds: [disabled],
        steps: [stepBody(talking, { channel: 'talking_points' }), stepBody(post, { channel: 'post' })],
      });
      const res = await launch(body.id, 422);
      expect(res.body.error.details).toEqual([
        { path: 'steps[0].templateVersionId', message: 'no "de" variant for 1 ambassador', code: 'LAUNCH.MISSING_LOCALE', params: { language: 'de', count: 1, recipients: 'ambassador' } },
        { path: 'steps[1].channel', message: 'a post step, but the campaign has no enabled network channel', code: 'LAUNCH.NO_NETWORK_CHANNEL' },
      ]);
    });

    it('checks again what the plan refers to: a segment deleted since is reported, and the audience is not counted', async () => {
      const segment = await l.segment('Short-lived');
      const email = await l.templateVersion('email', ['en', 'fr', 'de']);
      const { body } = await create({ senderEmail: 'academy@launchpad.example', includeSegmentIds: [segment], steps: [stepBody(email)] });
      await t.dataSource.query(`DELETE FROM segments WHERE id = $1`, [segment]);
      const res = await launch(body.id, 422);
      expect(res.body.error.details).toEqual([{ path: 'includeSegmentIds[0]', message: 'no such segment' }]);
    });

    it('launches a sound plan (sender from the brand kit): scheduled, launchedAt set, and only once', async () => {
      const brandKitId = await l.brandKit('academy@launchpad.example');
      const email = await l.templateVersion('email', ['en', 'fr', 'de']);
      const englishOnly = await l.templateVersion('email', ['en']);
      const { body } = await create({
        brandKitId,
        steps: [
          stepBody(email, { name: 'Invitation', offset: '-P14D' }),
          stepBody(email, { name: 'Welcome', phase: 'during', anchor: 'learner_enrolled', offset: 'PT1H', localTime: null }),
        ],
      });
      const launched = await launch(body.id, 200);
      expect(launched.body).toMatchObject({ status: 'scheduled', launchedAt: expect.any(String) });
      expect(Math.abs(Date.parse(launched.body.launchedAt) - Date.now())).toBeLessThan(60_000);
      const again = await launch(body.id, 409);
      expect(again.body.error.code).toBe('CAMPAIGN.INVALID_TRANSITION');

      // With locale fallback allowed, a template in one language is enough.
      const fallback = await create({ brandKitId, allowLocaleFallback: true, steps: [stepBody(englishOnly)] });
      await launch(fallback.body.id, 200);
      const strict = await create({ brandKitId, steps: [stepBody(englishOnly)] });
      const refused = await launch(strict.body.id, 422);
      // DE-1, DE-2 and the ambassador AMB-DE (a learner of the audience too).
      expect(refused.body.error.details).toEqual([
        expect.objectContaining({ path: 'steps[0].templateVersionId', message: 'no "de" variant for 3 learners' }),
        expect.objectContaining({ path: 'steps[0].templateVersionId', message: 'no "fr" variant for 3 learners' }),
      ]);
    });
  });

  it('documents the campaign DTOs in the OpenAPI document', async () => {
    const res = await http().get('/docs-json').expect(200);
    const schemas = res.body.components.schemas;
    expect(schemas.CreateCampaignDto.properties.steps.items.$ref).toMatch(/CreateStepDto$/);
    expect(schemas.CreateStepDto.properties.channel.enum).toEqual(['email', 'post', 'talking_points', 'preferred']);
    expect(schemas.CreateStepDto.properties.offset.example).toBe('-P14D');
    expect(schemas.CampaignWithStepsDto.properties.steps.items.$ref).toMatch(/CampaignStepDto$/);
    expect(schemas.DeliveryDto.properties.learner.allOf?.[0]?.$ref ?? schemas.DeliveryDto.properties.learner.$ref).toMatch(/DeliveryLearnerDto$/);
    expect(schemas.DeliverySummaryDto.properties.steps.items.$ref).toMatch(/StepDeliverySummaryDto$/);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/v1/campaigns', '/v1/campaigns/{id}/steps/{stepId}', '/v1/campaigns/{id}/launch', '/v1/campaigns/{id}/deliveries/summary']),
    );
  });

  describe('roles', () => {
    it('lets viewers and editors read but not write; planners and admins write', async () => {
      const { body } = await createCampaign({ steps: [stepBody(refs.email)] }).expect(201);
      for (const key of [acme.keys.viewer, acme.keys.editor]) {
        const res = await createCampaign({}, key).expect(403);
        expect(res.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
        await http().patch(`/v1/campaigns/${body.id}`).set(...as(key)).send({ name: 'x' }).expect(403);
        await http().delete(`/v1/campaigns/${body.id}`).set(...as(key)).expect(403);
        await http().post(`/v1/campaigns/${body.id}/steps`).set(...as(key)).send(stepBody(refs.email)).expect(403);
        await http().patch(`/v1/campaigns/${body.id}/steps/${body.steps[0].id}`).set(...as(key)).send({ name: 'x' }).expect(403);
        await http().delete(`/v1/campaigns/${body.id}/steps/${body.steps[0].id}`).set(...as(key)).expect(403);
        for (const action of ['launch', 'pause', 'resume', 'cancel']) await http().post(`/v1/campaigns/${body.id}/${action}`).set(...as(key)).expect(403);
        await http().get(`/v1/campaigns/${body.id}`).set(...as(key)).expect(200);
        await http().get(`/v1/campaigns/${body.id}/deliveries`).set(...as(key)).expect(200);
      }
      await http().patch(`/v1/campaigns/${body.id}`).set(...as(acme.key)).send({ name: 'By admin' }).expect(200);
    });
  });

  describe('deliveries', () => {
    let campaignId: string;
    let stepIds: string[];
    let learners: string[];
    let channelId: string;

    beforeAll(async () => {
      channelId = await f.networkChannel('Teams #academy');
      const { body } = await createCampaign({
        networkChannelIds: [channelId],
        steps: [stepBody(refs.email, { name: 'Invitation' }), stepBody(refs.post, { name: 'Post', channel: 'post' })],
      }).expect(201);
      campaignId = body.id;
      stepIds = body.steps.map((s: { id: string }) => s.id);
      learners = [];
      for (let i = 0; i < 5; i++) learners.push(await f.learner(`DLV-${i}`));
      const base = Date.parse('2026-05-04T07:00:00Z');
      const rows: Array<[string, string | null, string | null, string, string, string | null, number]> = [
        [stepIds[0], learners[0], null, 'email', 'sent', null, 0],
        [stepIds[0], learners[1], null, 'email', 'skipped', 'unsubscribed', 1],
        [stepIds[0], learners[2], null, 'email', 'skipped', 'frequency_cap', 2],
        [stepIds[0], learners[3], null, 'email', 'failed', 'bounced', 3],
        [stepIds[0], learners[4], null, 'email', 'pending', null, 4],
        [stepIds[1], null, channelId, 'post', 'sent', null, 5],
      ];
      for (const [stepId, learnerId, networkChannelId, channel, status, reason, minutes] of rows) {
        await t.dataSource.query(
          `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, network_channel_id, channel, template_version_id,
                                   status, reason, attempts, last_error, scheduled_at, sent_at, variant, message_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            acme.id,
            campaignId,
            stepId,
            learnerId,
            networkChannelId,
            channel,
            channel === 'email' ? refs.email : refs.post,
            status,
            reason,
            status === 'failed' ? 1 : 0,
            status === 'failed' ? '550 mailbox unavailable' : null,
            new Date(base + minutes * 60_000),
            status === 'sent' ? new Date(base + minutes * 60_000 + 1000) : null,
            channel === 'email' ? 'A' : null,
            status === 'sent' && channel === 'email' ? '<d-1@clarion.test>' : null,
          ],
        );
      }
    });

    const list = (query: Record<string, unknown> = {}) =>
      http().get(`/v1/campaigns/${campaignId}/deliveries`).query(query).set(...as(acme.keys.viewer)).expect(200);

    it('lists every delivery in scheduled order with step name, learner summary or network channel', async () => {
      const res = await list();
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items).toHaveLength(6);
      expect(res.body.items[0]).toEqual({
        id: expect.any(String),
        stepId: stepIds[0],
        stepName: 'Invitation',
        learner: { id: learners[0], externalId: 'DLV-0', email: `dlv-0@${acme.slug}.example` },
        networkChannelId: null,
        channel: 'email',
        status: 'sent',
        reason: null,
        attempts: 0,
        lastError: null,
        scheduledAt: '2026-05-04T07:00:00.000Z',
        sentAt: '2026-05-04T07:00:01.000Z',
        variant: 'A',
        messageId: '<d-1@clarion.test>',
      });
      expect(res.body.items[3]).toMatchObject({ status: 'failed', reason: 'bounced', attempts: 1, lastError: '550 mailbox unavailable' });
      expect(res.body.items[5]).toMatchObject({ stepName: 'Post', learner: null, networkChannelId: channelId, channel: 'post' });
    });

    it.each<[string, Record<string, string>, string[]]>([
      ['status', { status: 'skipped' }, ['DLV-1', 'DLV-2']],
      ['reason', { reason: 'frequency_cap' }, ['DLV-2']],
      ['status and reason', { status: 'failed', reason: 'bounced' }, ['DLV-3']],
      ['channel', { channel: 'post' }, ['post']],
    ])('filters by %s', async (_, query, expected) => {
      const res = await list(query);
      expect(res.body.items.map((d: { learner: { externalId: string } | null }) => d.learner?.externalId ?? 'post')).toEqual(expected);
    });

    it('filters by step and by learner', async () => {
      expect((await list({ stepId: stepIds[1] })).body.items).toHaveLength(1);
      const one = await list({ learnerId: learners[4] });
      expect(one.body.items.map((d: { status: string }) => d.status)).toEqual(['pending']);
    });

    it('pages with a cursor without gaps or repeats', async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await list({ limit: 4, ...(cursor ? { cursor } : {}) });
        ids.push(...res.body.items.map((d: { id: string }) => d.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(2);
      expect(new Set(ids).size).toBe(6);
      expect(ids).toEqual((await list()).body.items.map((d: { id: string }) => d.id));
    });

    it('refuses bad filters with 400 naming them', async () => {
      const res = await http()
        .get(`/v1/campaigns/${campaignId}/deliveries`)
        .query({ status: 'lost', stepId: 'x', limit: 0 })
        .set(...as(acme.key))
        .expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['status', 'stepId', 'limit']));
    });

    it('summarises counts by step, status and reason', async () => {
      const res = await http().get(`/v1/campaigns/${campaignId}/deliveries/summary`).set(...as(acme.keys.viewer)).expect(200);
      expect(res.body.total).toBe(6);
      expect(res.body.byStatus).toEqual({ sent: 2, skipped: 2, failed: 1, pending: 1 });
      expect(res.body.steps[0]).toMatchObject({ stepId: stepIds[0], name: 'Invitation', position: 0, total: 5 });
      expect(res.body.steps[0].counts).toEqual(
        expect.arrayContaining([
          { status: 'sent', reason: null, count: 1 },
          { status: 'skipped', reason: 'unsubscribed', count: 1 },
          { status: 'skipped', reason: 'frequency_cap', count: 1 },
          { status: 'failed', reason: 'bounced', count: 1 },
          { status: 'pending', reason: null, count: 1 },
        ]),
      );
      expect(res.body.steps[1]).toMatchObject({ name: 'Post', total: 1, counts: [{ status: 'sent', reason: null, count: 1 }] });
    });
  });
});
