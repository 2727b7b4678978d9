import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const DAY = 86_400_000;

/**
 * POST /v1/campaigns/:id/clone: a new draft for another session of the same course, whose steps
 * keep their anchors and offsets, so the dry run's dates follow the new session.
 */
describe('Cloning a campaign onto another session', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let courseId: string;
  let spring: string;
  let autumn: string;
  let campaignId: string;

  const insert = async (sql: string, params: unknown[]): Promise<string> => (await t.dataSource.query<Array<{ id: string }>>(sql, params))[0].id;
  const course = (ws: TestWorkspace) => insert(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Data literacy', 'blended') RETURNING id`, [ws.id]);
  const session = (ws: TestWorkspace, course: string, startsInDays: number) => {
    const starts = new Date(Date.UTC(2030, 0, 1, 8) + startsInDays * DAY);
    return insert(
      `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, enrol_by, time_zone, status)
       VALUES ($1, $2, $3, $4, $5, 'Europe/Paris', 'scheduled') RETURNING id`,
      [ws.id, course, starts, new Date(starts.getTime() + DAY), new Date(starts.getTime() - 3 * DAY)],
    );
  };
  const clone = (body: Record<string, unknown>, id = campaignId, key = acme.keys.planner) =>
    t.http().post(`/v1/campaigns/${id}/clone`).set(...bearer(key)).send(body);

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    courseId = await course(acme);
    spring = await session(acme, courseId, 0);
    autumn = await session(acme, courseId, 35);
    await insert(`INSERT INTO learners (workspace_id, external_id, email, locale, time_zone) VALUES ($1, 'L1', 'l1@acme.example', 'fr', 'Europe/Paris') RETURNING id`, [acme.id]);
    const templateId = await insert(`INSERT INTO templates (workspace_id, name, channel, purpose, phase) VALUES ($1, 'Invitation', 'email', 'invitation', 'before') RETURNING id`, [acme.id]);
    const versionId = await insert(
      `INSERT INTO template_versions (workspace_id, template_id, version, locales, variants) VALUES ($1, $2, 1, '{fr}', '{}'::jsonb) RETURNING id`,
      [acme.id, templateId],
    );
    const step = (name: string, phase: string, anchor: string, offset: string, localTime: string | null, extra: Record<string, unknown> = {}) => ({
      name, phase, anchor, offset, localTime, channel: 'email', templateVersionId: versionId, ...extra,
    });
    const created = await t
      .http()
      .post('/v1/campaigns')
      .set(...bearer(acme.keys.planner))
      .send({
        name: 'Data literacy — spring',
        courseId,
        sessionId: spring,
        links: { survey: 'https://forms.acme.example/spring' },
        allowLocaleFallback: true,
        steps: [
          step('Invitation', 'before', 'session_start', '-P14D', '09:00', { enrollmentCondition: 'not_enrolled' }),
          step('Last call', 'before', 'enrol_by', '-P1D', '10:30', { essential: true, messageKind: 'service', attachInvite: false }),
          step('Survey', 'after', 'session_end', 'P2D', '09:00', { links: { survey: 'https://forms.acme.example/step' } }),
        ],
      })
      .expect(201);
    campaignId = created.body.id;
  });
  afterAll(() => t.close());

  it('keeps steps, anchors, offsets, links and settings; the dry run dates follow the new session', async () => {
    const copy = await clone({ sessionId: autumn }).expect(201);
    expect(copy.body).toMatchObject({
      name: 'Data literacy — spring (copy)',
      status: 'draft',
      courseId,
      sessionId: autumn,
      links: { survey: 'https://forms.acme.example/spring' },
      allowLocaleFallback: true,
      launchedAt: null,
    });
    expect(copy.body.id).not.toBe(campaignId);
    const shape = (s: Record<string, unknown>) => [s.position, s.name, s.phase, s.anchor, s.offset, s.localTime, s.enrollmentCondition, s.essential, s.links, s.messageKind, s.attachInvite, s.notice];
    const original = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(copy.body.steps.map(shape)).toEqual(original.body.steps.map(shape));
    expect(copy.body.steps.map((s: { id: string }) => s.id)).not.toContain(original.body.steps[0].id);

    // Same offsets, a session 35 days later: every step goes 35 days later, at the same local time.
    const plan = async (id: string) =>
      (await t.http().get(`/v1/campaigns/${id}/plan`).set(...bearer(acme.keys.viewer)).expect(200)).body.steps.map((s: { firstSendAt: string }) => Date.parse(s.firstSendAt));
    const [before, after] = [await plan(campaignId), await plan(copy.body.id)];
    expect(after.map((at: number, i: number) => (at - before[i]) / DAY)).toEqual([35, 35, 35]);
    expect(new Date(after[0]).toISOString()).toBe('2030-01-22T08:00:00.000Z'); // 5 Feb 2030 − 14 days, 09:00 in Paris
  });

  it('takes a name, and clones a launched campaign too (the source is left as it was)', async () => {
    await t.dataSource.query(`UPDATE campaigns SET status = 'completed' WHERE id = $1`, [campaignId]);
    const copy = await clone({ sessionId: spring, name: '  Data literacy — again ' }).expect(201);
    expect(copy.body).toMatchObject({ name: 'Data literacy — again', status: 'draft', sessionId: spring });
    const source = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(source.body.status).toBe('completed');
  });

  it('refuses a session of another course or workspace, a missing or malformed session, and hides other workspaces’ campaigns', async () => {
    const otherCourse = await session(acme, await course(acme), 60);
    const foreign = await session(globex, await course(globex), 60);
    for (const sessionId of [otherCourse, foreign]) {
      const res = await clone({ sessionId }).expect(422);
      expect(res.body.error.code).toBe('CAMPAIGN.INVALID_REFERENCE');
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'sessionId' })]);
    }
    expect((await clone({}).expect(400)).body.error.details).toEqual([expect.objectContaining({ path: 'sessionId' })]);
    expect((await clone({ sessionId: 'spring' }).expect(400)).body.error.details).toEqual([expect.objectContaining({ path: 'sessionId', code: 'FIELD.INVALID_UUID' })]);
    expect((await clone({ sessionId: autumn, name: '   ' }).expect(400)).body.error.details).toEqual([expect.objectContaining({ path: 'name' })]);
    await clone({ sessionId: foreign }, campaignId, globex.keys.planner).expect(404);
    await clone({ sessionId: autumn }, campaignId, acme.keys.viewer).expect(403);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM campaigns WHERE workspace_id = $1`, [acme.id]);
    expect(n).toBe(3);
  });
});
