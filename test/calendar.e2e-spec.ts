import { DateTime } from 'luxon';
import { createCampaign, createSession, deliveriesOf, launch, PLAIN_TEMPLATE, seedLearners } from './support/engine-fixture';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';
import { PlannerService } from '../src/modules/delivery/planner.service';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('Shared comms calendar: volumes, collisions and blackout dates', () => {
  let t: TestApp;
  let worker: TestWorker;

  beforeAll(async () => {
    t = await TestApp.start(engineEnv({ SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  async function workspace(name: string): Promise<{ ws: TestWorkspace; versionId: string }> {
    const ws = await t.createWorkspace(name);
    await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: 'Europe/Paris', quietHours: null, allowedWeekdays: EVERY_DAY }).expect(200);
    const template = await t.http().post('/v1/templates').set(...bearer(ws.key)).send(PLAIN_TEMPLATE).expect(201);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.body.id]);
    return { ws, versionId: id };
  }

  describe('GET /v1/calendar on three campaigns checked by hand', () => {
    let ws: TestWorkspace;
    let L: Record<string, string>;
    const steps: Record<string, string> = {};
    const campaigns: Record<string, string> = {};

    // Paris is UTC+1 in early March 2031. Who gets what, and when (UTC):
    //   A1 (email)  L1 L2 L3 sent 2031-03-10 08:00            → 10 March: 3 sent
    //   A2 (email)  L1 L2 pending 2031-03-12 09:00            → 12 March: 2 planned
    //   B1 (email)  L1 L2 pending 2031-03-10 14:00            → 10 March: 2 planned
    //               L4 pending 2031-03-10 23:30 (00:30 Paris) → 11 March: 1 planned
    //   B2 (post)   one channel, sent 2031-03-10 10:00        → 10 March: 1 sent, reaches no learner
    //   C1 (email)  L1 queued 2031-03-10 16:00                → 10 March: 1 planned
    //               L3 failed, L5 skipped the same day        → reach nobody: not counted
    //   C2 (email)  L2 pending 2031-03-12 10:00               → 12 March: 1 planned
    //   C3 (email)  not planned yet: session 2031-03-20 09:00 Paris, -P1D at 09:00 → expected 19 March
    //   D1          a draft campaign's step on 11 March       → left out
    // Collisions (more than 1 message a day): 10 March L1 (A1 B1 C1 = 3) and L2 (A1 B1 = 2); 12 March L2 (A2 C2).
    // With threshold 2: 10 March L1 alone.
    beforeAll(async () => {
      const made = await workspace('Calendar by hand');
      ws = made.ws;
      L = await seedLearners(t.dataSource, ws.id, ['L1', 'L2', 'L3', 'L4', 'L5'].map((id) => ({ externalId: id, firstName: `First ${id}` })));
      const { courseId, sessionId } = await createSession(t, ws, { startsAt: new Date('2031-03-20T08:00:00Z') });
      const step = (name: string, extra: Record<string, unknown> = {}) => ({
        name,
        phase: 'before',
        anchor: 'session_start',
        offset: '-P1D',
        localTime: '09:00',
        channel: 'email',
        templateVersionId: made.versionId,
        ...extra,
      });
      const define: Record<string, string[]> = { A: ['A1', 'A2'], B: ['B1', 'B2'], C: ['C1', 'C2', 'C3'], D: ['D1'] };
      for (const [campaign, names] of Object.entries(define)) {
        campaigns[campaign] = await createCampaign(t, ws, { name: `Campaign ${campaign}`, courseId, sessionId, steps: names.map((n) => step(n)) });
        const rows: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM campaign_steps WHERE campaign_id = $1`, [campaigns[campaign]]);
        for (const r of rows) steps[r.name] = r.id;
      }
      // As the engine would have left them: three running campaigns, one draft; every step planned but C3.
      await t.dataSource.query(`UPDATE campaigns SET status = 'running', launched_at = '2031-03-01T08:00:00Z' WHERE id = ANY($1::uuid[])`, [
        [campaigns.A, campaigns.B, campaigns.C],
      ]);
      await t.dataSource.query(`UPDATE campaign_steps SET materialized_at = now() WHERE campaign_id = ANY($1::uuid[]) AND name <> 'C3'`, [
        [campaigns.A, campaigns.B, campaigns.C],
      ]);
      await t.dataSource.query(`UPDATE campaign_steps SET channel = 'post' WHERE id = $1`, [steps.B2]);
      const deliveries: [string, string | null, string, string][] = [
        ['A1', 'L1', 'sent', '2031-03-10T08:00:00Z'],
        ['A1', 'L2', 'sent', '2031-03-10T08:00:00Z'],
        ['A1', 'L3', 'sent', '2031-03-10T08:00:00Z'],
        ['A2', 'L1', 'pending', '2031-03-12T09:00:00Z'],
        ['A2', 'L2', 'pending', '2031-03-12T09:00:00Z'],
        ['B1', 'L1', 'pending', '2031-03-10T14:00:00Z'],
        ['B1', 'L2', 'pending', '2031-03-10T14:00:00Z'],
        ['B1', 'L4', 'pending', '2031-03-10T23:30:00Z'],
        ['B2', null, 'sent', '2031-03-10T10:00:00Z'],
        ['C1', 'L1', 'queued', '2031-03-10T16:00:00Z'],
        ['C1', 'L3', 'failed', '2031-03-10T16:00:00Z'],
        ['C1', 'L5', 'skipped', '2031-03-10T16:00:00Z'],
        ['C2', 'L2', 'pending', '2031-03-12T10:00:00Z'],
      ];
      for (const [stepName, learner, status, at] of deliveries) {
        const campaignId = campaigns[stepName[0]];
        await t.dataSource.query(
          `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, network_channel_id, channel, template_version_id, promotional, status, scheduled_at, sent_at)
           VALUES ($1, $2, $3, $4, CASE WHEN $4::uuid IS NULL THEN gen_random_uuid() END, CASE WHEN $4::uuid IS NULL THEN 'post' ELSE 'email' END, $5, true, $6, $7,
                   CASE WHEN $6 = 'sent' THEN $7::timestamptz END)`,
          [ws.id, campaignId, steps[stepName], learner ? L[learner] : null, made.versionId, status, at],
        );
      }
      await t.http().post('/v1/blackout-dates').set(...bearer(ws.keys.planner)).send({ startsOn: '2031-03-12', label: 'Séminaire', site: 'Lyon' }).expect(201);
    });

    const read = async (query: string) => (await t.http().get(`/v1/calendar?${query}`).set(...bearer(ws.keys.viewer)).expect(200)).body;

    it('lists each step on the days its deliveries land, in the workspace zone, with planned and sent volumes', async () => {
      const body = await read('from=2031-03-01&to=2031-03-31');
      expect(body).toMatchObject({ from: '2031-03-01', to: '2031-03-31', timeZone: 'Europe/Paris', threshold: 1 });
      const entries = body.entries.map((e: Record<string, unknown>) => [e.date, Object.keys(steps).find((k) => steps[k] === e.stepId), e.status, e.planned, e.sent, e.volume]);
      expect(entries).toEqual([
        ['2031-03-10', 'A1', 'sent', 0, 3, 3],
        ['2031-03-10', 'B1', 'scheduled', 2, 0, 2],
        ['2031-03-10', 'B2', 'sent', 0, 1, 1],
        ['2031-03-10', 'C1', 'scheduled', 1, 0, 1],
        ['2031-03-11', 'B1', 'scheduled', 1, 0, 1],
        ['2031-03-12', 'A2', 'scheduled', 2, 0, 2],
        ['2031-03-12', 'C2', 'scheduled', 1, 0, 1],
        ['2031-03-19', 'C3', 'unplanned', null, 0, null],
      ]);
      expect(body.campaigns.map((c: { name: string }) => c.name)).toEqual(['Campaign A', 'Campaign B', 'Campaign C']);
      for (const c of body.campaigns) expect(c.colour).toBe(parseInt(c.id.replace(/-/g, '').slice(0, 8), 16) % 10);
      expect(body.blackouts).toEqual([expect.objectContaining({ startsOn: '2031-03-12', endsOn: '2031-03-12', label: 'Séminaire', site: 'Lyon', country: null })]);
    });

    it('finds the collisions: who, how many, which steps; fewer with a higher threshold', async () => {
      // Sums fresh from here on: the reads below start no refresh of their own (on a slow machine the
      // earlier tests' sums may be older than 30 s), once any refresh under way has finished.
      await t.dataSource.transaction((m) => m.query(`SELECT pg_advisory_xact_lock(6513004, hashtext($1::text))`, [ws.id]));
      await t.dataSource.query(`UPDATE calendar_rollups SET computed_at = now() WHERE workspace_id = $1`, [ws.id]);
      const body = await read('from=2031-03-01&to=2031-03-31');
      const named = (c: { steps: { stepId: string; learners: number }[] }) =>
        Object.fromEntries(c.steps.map((s) => [Object.keys(steps).find((k) => steps[k] === s.stepId), s.learners]));
      expect(body.collisions.map((c: { date: string; learners: number; maxMessages: number }) => [c.date, c.learners, c.maxMessages])).toEqual([
        ['2031-03-10', 2, 3],
        ['2031-03-12', 1, 2],
      ]);
      expect(named(body.collisions[0])).toEqual({ A1: 2, B1: 2, C1: 1 });
      expect(named(body.collisions[1])).toEqual({ A2: 1, C2: 1 });
      expect(body.collisions[0].sample.map((l: { firstName: string }) => l.firstName).sort()).toEqual(['First L1', 'First L2']);
      expect(body.collisions[1].sample).toEqual([{ id: L.L2, firstName: 'First L2', lastName: null }]);
      expect(body.collisions[0].steps.every((s: { campaignId: string }) => Object.values(campaigns).includes(s.campaignId))).toBe(true);

      const higher = await read('from=2031-03-01&to=2031-03-31&threshold=2');
      expect(higher.collisions).toEqual([expect.objectContaining({ date: '2031-03-10', learners: 1, maxMessages: 3, sample: [{ id: L.L1, firstName: 'First L1', lastName: null }] })]);
      // A range ending on 10 March sees its 10 March only; 11 March in Paris is not in it.
      const day = await read('from=2031-03-10&to=2031-03-10');
      expect(day.entries.map((e: { date: string }) => e.date)).toEqual(['2031-03-10', '2031-03-10', '2031-03-10', '2031-03-10']);

      // C2 for L1 too: once the sums are older than 30 s, a read answers from them and refreshes them behind.
      // On a slow machine an earlier read may have started such a refresh: it is let finish first (its lock).
      await t.dataSource.transaction((m) => m.query(`SELECT pg_advisory_xact_lock(6513004, hashtext($1::text))`, [ws.id]));
      await t.dataSource.query(
        `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, status, scheduled_at)
         SELECT workspace_id, campaign_id, step_id, $2, channel, template_version_id, 'pending', scheduled_at FROM deliveries WHERE step_id = $1 LIMIT 1`,
        [steps.C2, L.L1],
      );
      await t.dataSource.query(`UPDATE calendar_rollups SET computed_at = now() - interval '31 seconds' WHERE workspace_id = $1`, [ws.id]);
      const stale = await read('from=2031-03-12&to=2031-03-12');
      expect(stale.collisions).toEqual([expect.objectContaining({ learners: 1 })]);
      const fresh = await waitUntil('the refreshed sums', async () => {
        const body = await read('from=2031-03-12&to=2031-03-12');
        return body.collisions[0]?.learners === 2 && new Date(body.computedAt).getTime() > new Date(stale.computedAt).getTime() && body;
      });
      expect(fresh.entries.find((e: { stepId: string }) => e.stepId === steps.C2)).toMatchObject({ planned: 2, volume: 2 });
    });

    it('refuses bad ranges naming the field, and another workspace sees none of it', async () => {
      const bad = async (query: string, status: number, code: string, path: string) => {
        const res = await t.http().get(`/v1/calendar?${query}`).set(...bearer(ws.keys.viewer)).expect(status);
        expect(res.body.error).toMatchObject({ code, details: [expect.objectContaining({ path })] });
      };
      await bad('to=2031-03-31', 400, 'CALENDAR.RANGE_INVALID', 'from');
      await bad('from=2031-02-30&to=2031-03-31', 400, 'CALENDAR.RANGE_INVALID', 'from');
      await bad('from=2031-03-31&to=2031-03-01', 400, 'CALENDAR.RANGE_INVALID', 'to');
      await bad('from=2031-01-01&to=2032-02-05', 400, 'CALENDAR.RANGE_INVALID', 'to');
      await bad('from=2031-03-01&to=2031-03-31&threshold=0', 400, 'VALIDATION.FAILED', 'threshold');
      const other = await t.createWorkspace('Calendar elsewhere');
      const res = await t.http().get('/v1/calendar?from=2031-03-01&to=2031-03-31').set(...bearer(other.key)).expect(200);
      expect(res.body).toMatchObject({ entries: [], collisions: [], blackouts: [], campaigns: [] });
    });

    it('manages blackout dates: roles, bad input, duplicates, the French holidays preset, another workspace', async () => {
      const post = (key: string, body: unknown) => t.http().post('/v1/blackout-dates').set(...bearer(key)).send(body as object);
      await post(ws.keys.viewer, { startsOn: '2031-05-02', label: 'Pont' }).expect(403);
      await post(ws.keys.editor, { startsOn: '2031-05-02', label: 'Pont' }).expect(403);
      const invalid = await post(ws.keys.planner, { startsOn: '2031-05-02', endsOn: '2031-05-01', label: '', country: 'FR', site: 'Lyon' }).expect(422);
      expect(invalid.body.error.code).toBe('BLACKOUT.INVALID');
      expect(invalid.body.error.details.map((d: { path: string }) => d.path)).toEqual(['endsOn', 'label', 'site']);
      await post(ws.keys.planner, { startsOn: '2031-05-02', label: 'Pont', colour: 'red' }).expect(400);
      const made = await post(ws.keys.planner, { startsOn: '2031-05-02', label: 'Pont', country: 'fr' }).expect(201);
      expect(made.body).toMatchObject({ startsOn: '2031-05-02', endsOn: '2031-05-02', country: 'FR', site: null });
      expect((await post(ws.keys.planner, { startsOn: '2031-05-02', label: 'Encore', country: 'FR' }).expect(409)).body.error.code).toBe('BLACKOUT.EXISTS');

      const preset = (body: unknown) => t.http().post('/v1/blackout-dates/presets/fr-public-holidays').set(...bearer(ws.keys.planner)).send(body as object);
      expect((await preset({ year: 1999 }).expect(400)).body.error.details[0].path).toBe('year');
      const first = await preset({ year: 2031 }).expect(200);
      expect(first.body.created).toHaveLength(11);
      expect(first.body.created).toContainEqual(expect.objectContaining({ startsOn: '2031-04-14', country: 'FR' })); // Easter Monday 2031
      expect((await preset({ year: 2031 }).expect(200)).body).toEqual({ created: [], skipped: 11 });

      const listed = await t.http().get('/v1/blackout-dates?from=2031-04-01&to=2031-05-31').set(...bearer(ws.keys.viewer)).expect(200);
      // Easter 2031 is 13 April: Easter Monday the 14th, Ascension 22 May.
      expect(listed.body.items.map((b: { startsOn: string }) => b.startsOn)).toEqual(['2031-04-14', '2031-05-01', '2031-05-02', '2031-05-08', '2031-05-22']);
      await t.http().get('/v1/blackout-dates?from=tomorrow').set(...bearer(ws.keys.viewer)).expect(400);

      const other = await t.createWorkspace('Blackouts elsewhere');
      await t.http().delete(`/v1/blackout-dates/${made.body.id}`).set(...bearer(other.key)).expect(404);
      await t.http().delete(`/v1/blackout-dates/${made.body.id}`).set(...bearer(ws.keys.viewer)).expect(403);
      await t.http().delete(`/v1/blackout-dates/${made.body.id}`).set(...bearer(ws.keys.planner)).expect(204);
      await t.http().delete(`/v1/blackout-dates/${made.body.id}`).set(...bearer(ws.keys.planner)).expect(404);
    });
  });

  it('moves a send that lands on a blackout day to the next allowed moment in each learner\'s own zone, and the dry run says so', async () => {
    const { ws, versionId } = await workspace('Blackouts move sends');
    const zones = { paris: 'Europe/Paris', lyon: 'Europe/Paris', newyork: 'America/New_York', tokyo: 'Asia/Tokyo' };
    const ids = await seedLearners(t.dataSource, ws.id, Object.entries(zones).map(([externalId, timeZone]) => ({ externalId, timeZone })));
    await t.dataSource.query(`UPDATE learners SET country = CASE WHEN external_id = 'newyork' THEN 'US' ELSE 'FR' END, site = initcap(external_id) WHERE workspace_id = $1`, [ws.id]);
    // The step goes "the day after launch at 09:00" in each learner's zone. Those days are blacked out
    // for everyone; the first day Paris may receive is a closing of the Lyon site, and a blackout of
    // another country that moves nobody.
    const now = DateTime.now();
    const tomorrow = (zone: string) => now.setZone(zone).plus({ days: 1 }).toISODate()!;
    const everyone = [...new Set(['Europe/Paris', 'America/New_York', 'Asia/Tokyo'].map(tomorrow))];
    let parisDay = DateTime.fromISO(tomorrow('Europe/Paris'));
    while (everyone.includes(parisDay.toISODate()!)) parisDay = parisDay.plus({ days: 1 });
    const lyonDay = parisDay.toISODate()!;
    const add = (body: object) => t.http().post('/v1/blackout-dates').set(...bearer(ws.key)).send(body).expect(201);
    for (const day of everyone) await add({ startsOn: day, label: 'Closed' });
    await add({ startsOn: lyonDay, label: 'Lyon closing', site: 'Lyon' });
    await add({ startsOn: lyonDay, label: 'Not here', country: 'DE' });

    const { courseId, sessionId } = await createSession(t, ws, { startsAt: now.plus({ days: 20 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, {
      name: 'Blackouts',
      courseId,
      sessionId,
      steps: [{ name: 'Teaser', phase: 'before', anchor: 'launch', offset: 'P1D', localTime: '09:00', channel: 'email', templateVersionId: versionId }],
    });
    await launch(t, ws, campaignId);
    const plan = await t.http().get(`/v1/campaigns/${campaignId}/plan`).set(...bearer(ws.key)).expect(200);
    await worker.module.get(PlannerService).plan();

    // The first day after the learner's own "tomorrow" that is no blackout for them, at 09:00 there.
    const blocked = (who: keyof typeof zones, day: string) => everyone.includes(day) || (who === 'lyon' && day === lyonDay);
    const expected = (who: keyof typeof zones) => {
      let day = DateTime.fromISO(tomorrow(zones[who]), { zone: zones[who] });
      while (blocked(who, day.toISODate()!)) day = day.plus({ days: 1 });
      return day.set({ hour: 9 }).toUTC().toISO();
    };
    const sent = await deliveriesOf(t.dataSource, campaignId);
    const at = Object.fromEntries(sent.map((d) => [d.external_id, DateTime.fromJSDate(d.scheduled_at).toUTC().toISO()]));
    expect(at).toEqual({ paris: expected('paris'), lyon: expected('lyon'), newyork: expected('newyork'), tokyo: expected('tokyo') });
    for (const who of ['newyork', 'tokyo'] as const) {
      expect(DateTime.fromJSDate(sent.find((d) => d.learner_id === ids[who])!.scheduled_at).setZone(zones[who]).toFormat('HH:mm')).toBe('09:00');
    }
    expect(DateTime.fromISO(at.lyon!).setZone('Europe/Paris').toISODate()).toBe(parisDay.plus({ days: 1 }).toISODate());
    expect(DateTime.fromISO(at.paris!).setZone('Europe/Paris').toISODate()).toBe(lyonDay);

    // The dry run shows the zones' moved times and warns about the Lyon learner a site blackout moves further.
    const teaser = plan.body.steps[0];
    const paris = teaser.zones.find((z: { zone: string }) => z.zone === 'Europe/Paris');
    expect(paris.sendAt).toBe(new Date(expected('paris')!).toISOString());
    expect(teaser.warnings).toContainEqual(expect.objectContaining({ code: 'PLAN.BLACKOUT', count: 1 }));
  });
});
