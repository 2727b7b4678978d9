import { randomUUID } from 'node:crypto';
import { AbWinnerService } from '../src/modules/analytics/ab-winner.service';
import { ReportFixtures } from './support/report-fixtures';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const HOUR = 3_600_000;

const funnel = (
  targeted: number, sent: number, delivered: number, opened: number, machineOpened: number,
  clicked: number, enrolled: number, started: number, completed: number,
) => ({ targeted, sent, delivered, opened, machineOpened, clicked, enrolled, started, completed });

describe('Campaign report', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let f: ReportFixtures;
  let campaignId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    f = new ReportFixtures(t, acme);

    // The hand-computed fixture: see the expected figures in each test.
    const curious = (ids.curious = await f.persona('Curious achiever'));
    const busy = (ids.busy = await f.persona('Busy manager'));
    const L1 = (ids.L1 = await f.learner('Alice', 'Sales', 'Paris', curious));
    const L2 = (ids.L2 = await f.learner('Bruno', 'Sales', 'Lyon', curious));
    const L3 = await f.learner('Chloé', 'Finance', 'Paris', busy);
    const L4 = await f.learner('David', 'Finance', 'Lyon', null);
    const L5 = await f.learner('Emma', null, 'Paris', busy);
    const L9 = await f.learner('Iris', 'Sales', 'Paris', null);
    const L8 = await f.learner('Hugo', 'Sales', 'Lyon', busy); // enrolled through an ambassador, never targeted
    const ambassador = (ids.ambassador = await f.learner('Gaëlle', 'HR', 'Lyon', curious));
    const quiet = (ids.quiet = await f.learner('Fanny', 'HR', 'Paris', null)); // an ambassador with no credit
    const { campaignId: c, courseId, sessionId } = await f.campaign([ambassador, quiet]);
    campaignId = c;
    const S1 = (ids.S1 = await f.step(c, 1, 'Invitation', ['A', 'B']));
    const S2 = (ids.S2 = await f.step(c, 2, 'Reminder', []));

    // Step 1 (A/B): sent, sent, sent then bounced, skipped, failed.
    const d11 = await f.delivery(c, S1, L1, { variant: 'A', status: 'sent', sentAt: '2026-03-02T08:00:00Z' });
    const d12 = await f.delivery(c, S1, L2, { variant: 'B', status: 'sent', sentAt: '2026-03-02T08:00:00Z' });
    const d13 = await f.delivery(c, S1, L3, { variant: 'A', status: 'sent', sentAt: '2026-03-02T08:00:00Z' });
    await f.delivery(c, S1, L4, { variant: 'B', status: 'skipped', reason: 'unsubscribed' });
    await f.delivery(c, S1, L5, { variant: 'A', status: 'failed', reason: 'rejected' });
    // Step 2: three emails, talking points to L4, and a network post (never in the funnel).
    const d21 = await f.delivery(c, S2, L1, { status: 'sent', sentAt: '2026-03-04T08:00:00Z' });
    const d22 = await f.delivery(c, S2, L2, { status: 'sent', sentAt: '2026-03-04T08:00:00Z' });
    const d23 = await f.delivery(c, S2, L4, { channel: 'talking_points', status: 'sent', sentAt: '2026-03-04T08:00:00Z' });
    const d25 = await f.delivery(c, S2, L9, { status: 'sent', sentAt: '2026-03-04T08:00:00Z' });
    await f.delivery(c, S2, null, { channel: 'post', status: 'sent', sentAt: '2026-03-04T08:00:00Z' });

    const on = (deliveryId: string, learnerId: string, stepId: string, variant: string | null = null) => ({ campaignId: c, deliveryId, learnerId, stepId, channel: 'email', variant });
    await f.event({ kind: 'opened', at: '2026-03-02T09:00:00Z', ...on(d11, L1, S1, 'A') });
    await f.event({ kind: 'opened', at: '2026-03-02T09:10:00Z', ...on(d11, L1, S1, 'A') }); // a second open counts once
    await f.event({ kind: 'clicked', at: '2026-03-02T09:05:00Z', ...on(d11, L1, S1, 'A') });
    await f.event({ kind: 'opened', at: '2026-03-02T08:00:02Z', machine: true, ...on(d12, L2, S1, 'B') }); // privacy proxy
    await f.event({ kind: 'clicked', at: '2026-03-02T08:00:03Z', machine: true, ...on(d12, L2, S1, 'B') }); // link scanner
    await f.event({ kind: 'bounced', at: '2026-03-02T08:01:00Z', ...on(d13, L3, S1, 'A') });
    await f.event({ kind: 'opened', at: '2026-03-04T09:00:00Z', ...on(d21, L1, S2) });
    await f.event({ kind: 'clicked', at: '2026-03-04T09:01:00Z', ...on(d21, L1, S2) });
    await f.event({ kind: 'clicked', at: '2026-03-04T10:00:00Z', ...on(d22, L2, S2) }); // images blocked: the click proves the open
    await f.event({ kind: 'opened', at: '2026-03-04T08:00:01Z', machine: true, ...on(d23, L4, S2), channel: 'talking_points' });
    await f.event({ kind: 'opened', at: '2026-03-04T12:00:00Z', ...on(d23, L4, S2), channel: 'talking_points' });
    await f.event({ kind: 'opened', at: '2026-03-04T08:00:02Z', machine: true, ...on(d25, L9, S2) });
    // Attributed enrolments: L1 after its click on variant A (23:30 UTC is already the 3rd in Paris), L2 after step 2,
    // L8 through the ambassador's link.
    await f.event({ kind: 'enrolled', at: '2026-03-02T23:30:00Z', campaignId: c, learnerId: L1, stepId: S1, channel: 'email', variant: 'A' });
    await f.event({ kind: 'enrolled', at: '2026-03-04T11:00:00Z', campaignId: c, learnerId: L2, stepId: S2, channel: 'email' });
    await f.event({ kind: 'enrolled', at: '2026-03-05T09:00:00Z', campaignId: c, learnerId: L8, ambassadorId: ambassador });
    // L3's enrolment is credited to another campaign: reached by this one, not attributed to it.
    const other = await f.campaign();
    await f.event({ kind: 'enrolled', at: '2026-03-03T10:00:00Z', campaignId: other.campaignId, learnerId: L3 });

    await f.enrollment(sessionId, courseId, L1, 'completed');
    await f.enrollment(sessionId, courseId, L2, 'started');
    await f.enrollment(sessionId, courseId, L8, 'enrolled');
    await f.enrollment(sessionId, courseId, L3, 'enrolled');
  });
  afterAll(() => t.close());

  const get = (path: string, key = acme.keys.viewer) => t.http().get(path).set(...bearer(key));

  it('counts the funnel in unique learners, machine opens apart, and derives the rates', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    expect(body.campaign).toMatchObject({ id: campaignId, name: 'Printemps du feedback', status: 'running', timeZone: 'Europe/Paris' });
    // Targeted L1 L2 L3 L4 L5 L9; sent all but L5 (failed); L3 bounced; opened L1 L2 (by click) L4; L9 only machine-opened;
    // clicked L1 L2 (L2's scanner click on step 1 does not count); enrolled L1 L2 L8; started L1 L2; completed L1.
    expect(body.funnel).toEqual(funnel(6, 5, 4, 3, 1, 2, 3, 2, 1));
    expect(body.rates.open).toBeCloseTo(3 / 4, 10);
    expect(body.rates.clickThrough).toBeCloseTo(2 / 4, 10);
    expect(body.rates.clickToOpen).toBeCloseTo(2 / 3, 10);
    expect(body.rates.participation).toBeCloseTo(3 / 6, 10);
    // Above 1: the ambassador's enrolment came without any campaign click.
    expect(body.rates.conversion).toBeCloseTo(3 / 2, 10);
    expect(body.rates.completion).toBeCloseTo(1 / 3, 10);
    // The session's learners reached by the campaign, attributed or not: L1 completed, L2 started, L3 enrolled.
    expect(body.reached).toEqual({ targeted: 6, enrolled: 3, started: 2, completed: 1 });
  });

  it('breaks the funnel down by step, channel and variant, enrolments going to the attributed click', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    const rows = (name: string) => body.breakdowns[name].map((r: { key: string | null; label: string; funnel: unknown }) => [r.key, r.label, r.funnel]);
    expect(rows('step')).toEqual([
      [ids.S1, '2. Invitation', funnel(5, 3, 2, 1, 1, 1, 1, 1, 1)],
      [ids.S2, '3. Reminder', funnel(4, 4, 4, 3, 1, 2, 1, 1, 0)],
      [null, '(none)', funnel(0, 0, 0, 0, 0, 0, 1, 0, 0)],
    ]);
    expect(rows('channel')).toEqual([
      ['email', 'email', funnel(6, 4, 3, 2, 1, 2, 2, 2, 1)],
      ['talking_points', 'talking_points', funnel(1, 1, 1, 1, 0, 0, 0, 0, 0)],
      [null, '(none)', funnel(0, 0, 0, 0, 0, 0, 1, 0, 0)],
    ]);
    expect(rows('variant')).toEqual([
      ['A', 'A', funnel(3, 2, 1, 1, 0, 1, 1, 1, 1)],
      ['B', 'B', funnel(2, 1, 1, 0, 1, 0, 0, 0, 0)],
      [null, '(none)', funnel(4, 4, 4, 3, 1, 2, 2, 1, 0)],
    ]);
    const step1 = body.breakdowns.step[0].rates;
    expect(step1).toEqual({ open: 0.5, clickThrough: 0.5, clickToOpen: 1, participation: 0.2, conversion: 1, completion: 1 });
    expect(body.breakdowns.step[2].rates).toEqual({ open: null, clickThrough: null, clickToOpen: null, participation: null, conversion: null, completion: 0 });
  });

  it('breaks the funnel down by persona, department and site of the learner', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    const rows = (name: string) => body.breakdowns[name].map((r: { key: string | null; label: string; funnel: unknown }) => [r.key, r.label, r.funnel]);
    expect(rows('persona')).toEqual([
      [ids.busy, 'Busy manager', funnel(2, 1, 0, 0, 0, 0, 1, 0, 0)],
      [ids.curious, 'Curious achiever', funnel(2, 2, 2, 2, 0, 2, 2, 2, 1)],
      [null, '(none)', funnel(2, 2, 2, 1, 1, 0, 0, 0, 0)],
    ]);
    expect(rows('department')).toEqual([
      ['Sales', 'Sales', funnel(3, 3, 3, 2, 1, 2, 3, 2, 1)],
      ['Finance', 'Finance', funnel(2, 2, 1, 1, 0, 0, 0, 0, 0)],
      [null, '(none)', funnel(1, 0, 0, 0, 0, 0, 0, 0, 0)],
    ]);
    expect(rows('site')).toEqual([
      ['Paris', 'Paris', funnel(4, 3, 2, 1, 1, 1, 1, 1, 1)],
      ['Lyon', 'Lyon', funnel(2, 2, 2, 2, 0, 1, 2, 1, 0)],
    ]);
  });

  it('gives a daily series cut in the workspace time zone', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    expect(body.daily).toEqual([
      { date: '2026-03-02', sent: 3, opened: 1, clicked: 1, enrolled: 0 },
      { date: '2026-03-03', sent: 0, opened: 0, clicked: 0, enrolled: 1 },
      { date: '2026-03-04', sent: 4, opened: 3, clicked: 2, enrolled: 1 },
      { date: '2026-03-05', sent: 0, opened: 0, clicked: 0, enrolled: 1 },
    ]);
  });

  it('reports each variant of an A/B step, and says when there is not enough data', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    expect(body.abTests).toEqual([
      {
        stepId: ids.S1,
        stepName: 'Invitation',
        metric: 'click_through',
        variants: [
          { variant: 'A', targeted: 3, delivered: 1, clicked: 1, rate: 1, enrolled: 1 },
          { variant: 'B', targeted: 2, delivered: 1, clicked: 0, rate: 0, enrolled: 0 },
        ],
        leader: 'A',
        z: expect.any(Number),
        pValue: expect.any(Number),
        outcome: 'insufficient',
        confidence: null,
        verdict: 'not enough data yet',
        testFraction: null,
        winner: null,
        decidedAt: null,
      },
    ]);
  });

  it('ranks the ambassadors, those without credit included', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    expect(body.ambassadors).toEqual([
      { rank: 1, learnerId: ids.ambassador, name: 'Gaëlle Test', department: 'HR', enrolled: 1, completed: 0, clicks: 0, relayCount: 0, relayedAt: null },
      { rank: 2, learnerId: ids.quiet, name: 'Fanny Test', department: 'HR', enrolled: 0, completed: 0, clicks: 0, relayCount: 0, relayedAt: null },
    ]);
  });

  it('computes the ROI from the cost inputs set by a planner', async () => {
    const before = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    expect(before.body.roi).toEqual({ production: null, hours: null, hourlyRate: null, currency: null, cost: null, costPerEnrolment: null, costPerCompletion: null });

    await t.http().patch(`/v1/campaigns/${campaignId}/costs`).set(...bearer(acme.keys.editor)).send({ production: 1 }).expect(403);
    const set = await t
      .http()
      .patch(`/v1/campaigns/${campaignId}/costs`)
      .set(...bearer(acme.keys.planner))
      .send({ production: 1000, hours: 10, hourlyRate: 50, currency: 'EUR' })
      .expect(200);
    expect(set.body).toEqual({ production: 1000, hours: 10, hourlyRate: 50, currency: 'EUR', cost: 1500 });

    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    // 3 enrolments, 1 completion.
    expect(body.roi).toEqual({ production: 1000, hours: 10, hourlyRate: 50, currency: 'EUR', cost: 1500, costPerEnrolment: 500, costPerCompletion: 1500 });

    // A field left out is kept; null clears one.
    const partial = await t.http().patch(`/v1/campaigns/${campaignId}/costs`).set(...bearer(acme.key)).send({ hours: null }).expect(200);
    expect(partial.body).toEqual({ production: 1000, hours: null, hourlyRate: 50, currency: 'EUR', cost: 1000 });
  });

  it('names the bad cost fields', async () => {
    const res = await t
      .http()
      .patch(`/v1/campaigns/${campaignId}/costs`)
      .set(...bearer(acme.keys.planner))
      .send({ production: -1, hours: 1.234, hourlyRate: 'ten', currency: 'euro', extra: true })
      .expect(400);
    expect(res.body.error.code).toBe('VALIDATION.FAILED');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['production', 'hours', 'hourlyRate', 'currency', 'extra']));
  });

  const csv = (query = '') =>
    get(`/v1/campaigns/${campaignId}/report.csv${query}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });

  it('exports the breakdowns as CSV with a BOM, one row per group, then the A/B tests, the ROI, the leaderboard, the poster and the posts', async () => {
    const res = await csv('?locale=en');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="campaign-${campaignId}-report.csv"`);
    const text = res.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [breakdowns, ab, roi, leaderboard, poster, posts] = text.slice(1).trimEnd().split('\r\n\r\n').map((section) => section.split('\r\n'));
    expect(ab![0]).toBe('A/B test (step),Variant,Targeted,Delivered,Clicked,Click-through rate (%),Enrolled,Leader,p-value,Winner sent to the rest,Verdict');
    expect(roi![0]).toBe('Cost,Currency,Production,Hours,Hourly rate,Cost per enrolment,Cost per completion');
    expect(roi).toHaveLength(2);
    expect(leaderboard![0]).toBe('Ambassador rank,Ambassador,Department,Days shared,Clicks,Enrolled,Completed');
    expect(poster).toEqual(['Poster,Scans', '"Poster (scans of its short link; not in the per-learner funnel)",0']);
    // The post of step 2 (position 2, numbered 3), its channel gone, sent 08:00 UTC = 09:00 in Paris.
    expect(posts).toEqual(['Network post (step),Channel,Status,Sent at,Clicks', '3. Reminder,(deleted channel),Posted,2026-03-04 09:00,0']);
    const lines = breakdowns!;
    expect(lines[0]).toBe(
      'Breakdown,Key,Group,Targeted,Sent (learners),Delivered,Opened,Machine opens only,Clicked,Enrolled,Started,Completed,Open rate (%),Click-through rate (%),Click-to-open rate (%),Participation (%),Conversion (%),Completion (%)',
    );
    // total + 3 steps + 3 channels + 3 personas + 3 departments + 2 sites + 3 variants.
    expect(lines).toHaveLength(1 + 18);
    // Opened 3 ÷ delivered 4 = 75 %, clicked 2 ÷ 4 = 50 %, 2 ÷ 3 opened = 66.7 %, enrolled 3 ÷ 6 targeted = 50 %, 3 ÷ 2 clicked = 150 %, completed 1 ÷ 3 = 33.3 %.
    expect(lines[1]).toBe('Total,,Printemps du feedback,6,5,4,3,1,2,3,2,1,75,50,66.7,50,150,33.3');
    expect(lines).toContain(`Step,${ids.S1},2. Invitation,5,3,2,1,1,1,1,1,1,50,50,100,20,100,100`);
    expect(lines).toContain('Department,,(none),1,0,0,0,0,0,0,0,0,,,,0,,');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['Breakdown', 'Total', ...Array(3).fill('Step'), ...Array(3).fill('Channel'), ...Array(3).fill('Persona'), ...Array(3).fill('Department'), ...Array(2).fill('Site'), ...Array(3).fill('Variant')]);
  });

  it('writes it for French Excel (French words, `;`, decimal comma) when asked or when the workspace speaks French, and refuses another locale', async () => {
    const french = (await csv('?locale=fr')).body as string;
    const [header, total] = french.slice(1).split('\r\n');
    expect(header).toMatch(/^Répartition;Clé;Groupe;Ciblés;Envoyés \(apprenants\);.*;Taux d’ouverture \(%\);/);
    expect(total).toBe('Total;;Printemps du feedback;6;5;4;3;1;2;3;2;1;75;50;66,7;50;150;33,3');
    expect(french).toContain('Service;;(aucun);1;0;0;0;0;0;0;0;0;;;;0;;');
    await t.http().patch('/v1/workspace').set(...bearer(acme.key)).send({ defaultLocale: 'fr' }).expect(200);
    try {
      expect(((await csv()).body as string).slice(1).split('\r\n')[1]).toBe(total);
    } finally {
      await t.http().patch('/v1/workspace').set(...bearer(acme.key)).send({ defaultLocale: 'en' }).expect(200);
    }
    const bad = await get(`/v1/campaigns/${campaignId}/report.csv?locale=de`).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'locale' })]);
  });

  it('answers with zeros and null rates for a campaign with nothing sent yet', async () => {
    const { campaignId: empty } = await f.campaign();
    const { body } = await get(`/v1/campaigns/${empty}/report`).expect(200);
    expect(body.funnel).toEqual(funnel(0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(body.rates).toEqual({ open: null, clickThrough: null, clickToOpen: null, participation: null, conversion: null, completion: null });
    expect(body.breakdowns).toEqual({ step: [], channel: [], persona: [], department: [], site: [], variant: [] });
    expect(body.daily).toEqual([]);
    expect(body.reached).toEqual({ targeted: 0, enrolled: 0, started: 0, completed: 0 });
  });

  it('counts a learner once in a variant or a channel that several of its steps share', async () => {
    const { campaignId: c } = await f.campaign();
    const [J, K] = [await f.learner('Jules', 'Sales', 'Paris', null), await f.learner('Karim', 'Sales', 'Lyon', null)];
    const [S1, S2, S3, S4] = [
      await f.step(c, 1, 'Invitation', ['A', 'B']),
      await f.step(c, 2, 'Reminder', []),
      await f.step(c, 3, 'Last call', []),
      await f.step(c, 4, 'Follow-up', ['A', 'B']),
    ];
    const sentAt = '2026-03-02T08:00:00Z';
    await f.delivery(c, S1, J, { variant: 'A', status: 'sent', sentAt });
    const j4 = await f.delivery(c, S4, J, { variant: 'A', status: 'sent', sentAt });
    await f.delivery(c, S2, J, { status: 'sent', sentAt });
    const j3 = await f.delivery(c, S3, J, { status: 'sent', sentAt });
    await f.delivery(c, S1, K, { variant: 'B', status: 'sent', sentAt });
    await f.delivery(c, S4, K, { variant: 'A', status: 'failed', reason: 'rejected' });
    await f.delivery(c, S2, K, { status: 'sent', sentAt });
    await f.delivery(c, S3, K, { status: 'skipped', reason: 'frequency_cap' });
    await f.event({ kind: 'opened', at: '2026-03-02T09:00:00Z', campaignId: c, learnerId: J, deliveryId: j4, stepId: S4, channel: 'email', variant: 'A' });
    await f.event({ kind: 'clicked', at: '2026-03-02T10:00:00Z', campaignId: c, learnerId: J, deliveryId: j3, stepId: S3, channel: 'email' });

    const { body } = await get(`/v1/campaigns/${c}/report`).expect(200);
    const rows = (name: string) => body.breakdowns[name].map((r: { key: string | null; funnel: unknown }) => [r.key, r.funnel]);
    // Variant A: Jules (steps 1 and 4, opened in 4) and Karim (step 4 failed); no variant: both (steps 2 and 3).
    expect(rows('variant')).toEqual([
      ['A', funnel(2, 1, 1, 1, 0, 0, 0, 0, 0)],
      ['B', funnel(1, 1, 1, 0, 0, 0, 0, 0, 0)],
      [null, funnel(2, 2, 2, 1, 0, 1, 0, 0, 0)],
    ]);
    expect(rows('channel')).toEqual([['email', funnel(2, 2, 2, 1, 0, 1, 0, 0, 0)]]);
    expect(body.funnel).toEqual(funnel(2, 2, 2, 1, 0, 1, 0, 0, 0));
  });

  it('answers 404 for a campaign of another workspace, and 400 for a malformed id', async () => {
    for (const path of [`/v1/campaigns/${campaignId}/report`, `/v1/campaigns/${campaignId}/report.csv`]) {
      const res = await get(path, globex.keys.viewer).expect(404);
      expect(res.body.error.code).toBe('CAMPAIGN.NOT_FOUND');
    }
    await t.http().patch(`/v1/campaigns/${campaignId}/costs`).set(...bearer(globex.key)).send({ production: 5 }).expect(404);
    await get('/v1/campaigns/nope/report').expect(400);
  });
});

describe('A/B verdict and auto-winner on a known answer', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let f: ReportFixtures;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Initech Academy');
    f = new ReportFixtures(t, ws);
  });
  afterAll(() => t.close());

  /** A step tested on 2,000 learners: A clicked by `clicksA` of 1,000, B by `clicksB` of 1,000; first sends `sentHoursAgo` ago. */
  async function abStep(clicksA: number, clicksB: number, sentHoursAgo: number): Promise<{ campaignId: string; stepId: string }> {
    const { campaignId } = await f.campaign();
    const stepId = await f.step(campaignId, 1, 'Invitation', ['A', 'B'], { fraction: 0.2, decideAfter: 'PT24H' });
    const tag = randomUUID().slice(0, 8);
    await t.dataSource.query(
      `WITH l AS (
         INSERT INTO learners (workspace_id, external_id, email)
         SELECT $1, $2 || '-' || i, $2 || '-' || i || '@ab.example' FROM generate_series(1, 2000) i
         RETURNING id, split_part(external_id, '-', 2)::int AS i
       ), d AS (
         INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, status, scheduled_at, sent_at)
         SELECT $1, $3, $4, l.id, 'email', CASE WHEN l.i <= 1000 THEN 'A' ELSE 'B' END, gen_random_uuid(), 'sent', now(), now() - make_interval(hours => $7)
           FROM l
         RETURNING id, learner_id, variant
       )
       INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, source, idempotency_key)
       SELECT $1, 'clicked', now(), d.learner_id, d.id, $3, $4, 'email', d.variant, 'test', d.id::text
         FROM d JOIN l ON l.id = d.learner_id
        WHERE (d.variant = 'A' AND l.i <= $5) OR (d.variant = 'B' AND l.i - 1000 <= $6)`,
      [ws.id, tag, campaignId, stepId, clicksA, clicksB, sentHoursAgo],
    );
    return { campaignId, stepId };
  }

  it('says B converts better at 99% for 200/1000 against 260/1000 (z ≈ 3.19, p ≈ 0.0014)', async () => {
    const { campaignId } = await abStep(200, 260, 48);
    const { body } = await t.http().get(`/v1/campaigns/${campaignId}/report`).set(...bearer(ws.keys.viewer)).expect(200);
    const [test] = body.abTests;
    expect(test.variants).toEqual([
      { variant: 'A', targeted: 1000, delivered: 1000, clicked: 200, rate: 0.2, enrolled: 0 },
      { variant: 'B', targeted: 1000, delivered: 1000, clicked: 260, rate: 0.26, enrolled: 0 },
    ]);
    expect(test).toMatchObject({ leader: 'B', outcome: 'significant', confidence: 99, verdict: 'B converts better, 99% confidence', testFraction: 0.2 });
    expect(test.z).toBeCloseTo(3.188, 3);
    expect(test.pValue).toBeCloseTo(0.00143, 4);
  });

  it('decides the winner of the steps whose test period is over, once', async () => {
    const due = await abStep(120, 100, 25);
    const early = await abStep(100, 300, 2);
    const winners = t.app.get(AbWinnerService);

    const decided = await winners.decideDueWinners();
    expect(decided).toEqual(expect.arrayContaining([{ stepId: due.stepId, winner: 'A' }]));
    expect(decided.map((d) => d.stepId)).not.toContain(early.stepId);

    const { body } = await t.http().get(`/v1/campaigns/${due.campaignId}/report`).set(...bearer(ws.keys.viewer)).expect(200);
    // Not significant (p ≈ 0.15), so the higher rate wins.
    expect(body.abTests[0]).toMatchObject({ winner: 'A', verdict: 'no significant difference yet' });
    expect(new Date(body.abTests[0].decidedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // A second run changes nothing; the early step is decided once its period is over.
    expect((await winners.decideDueWinners()).map((d) => d.stepId)).not.toContain(due.stepId);
    const later = await winners.decideDueWinners(new Date(Date.now() + 23 * HOUR));
    expect(later).toEqual(expect.arrayContaining([{ stepId: early.stepId, winner: 'B' }]));
  });
});
