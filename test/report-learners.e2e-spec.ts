import { parse } from 'csv-parse/sync';
import { ReportFixtures } from './support/report-fixtures';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const funnel = (
  targeted: number, sent: number, delivered: number, opened: number, machineOpened: number,
  clicked: number, enrolled: number, started: number, completed: number,
) => ({ targeted, sent, delivered, opened, machineOpened, clicked, enrolled, started, completed });

const STAGES = ['targeted', 'sent', 'delivered', 'opened', 'machineOpened', 'clicked', 'enrolled', 'started', 'completed'] as const;

interface Row {
  key: string | null;
  label: string;
  funnel: Record<string, number>;
}

/**
 * The report, its CSV and the learners behind each figure, on a hand-built campaign: twelve learners,
 * an A/B email invitation, an email reminder with a network post, talking points, an ambassador's
 * credit, an enrolment goal and costs. Every expected figure is counted by hand below.
 */
describe('Campaign report: every figure, and the learners behind it', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let f: ReportFixtures;
  let campaignId: string;
  const L: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    f = new ReportFixtures(t, acme);
    const curious = (ids.curious = await f.persona('Curious achiever'));
    const busy = (ids.busy = await f.persona('Busy manager'));
    L.ana = await f.named('Ana', 'Martin', 'Sales', 'Paris', curious);
    L.ben = await f.named('Ben', 'Petit', 'Sales', 'Lyon', curious);
    L.clea = await f.named('Cléa', 'Roux', 'Finance', 'Paris', busy);
    L.dan = await f.named('Dan', 'Noir', 'Finance', 'Lyon', null);
    L.eve = await f.named('Eve', 'Blanc', null, 'Paris', busy);
    L.fay = await f.named('Fay', 'Morel', 'Sales', 'Paris', null);
    L.gil = await f.named('Gil', 'Faure', 'IT', 'Lyon', curious);
    L.hal = await f.named('Hal', 'Brun', 'IT', 'Paris', busy);
    L.ida = await f.named('Ida', 'Vidal', 'Sales', 'Lyon', busy); // enrolled through the ambassador's link, never targeted
    L.gael = await f.named('Gaël', 'Lenoir', 'HR', 'Lyon', null); // the ambassador
    L.jo = await f.named('Jo', 'Caron', 'HR', 'Paris', null);
    L.kim = await f.named('Kim', 'Dupuis', 'Sales', 'Paris', curious); // enrols in the session on her own
    const { campaignId: c, courseId, sessionId } = await f.campaign([L.gael], 5);
    campaignId = c;
    const S1 = (ids.S1 = await f.step(c, 1, 'Invitation', ['A', 'B']));
    const S2 = (ids.S2 = await f.step(c, 2, 'Reminder', []));
    const S3 = (ids.S3 = await f.step(c, 3, 'Relays', [], null, 'talking_points'));
    const slack = (ids.slack = await f.networkChannel('Learning', 'slack'));

    const sent1 = '2026-03-02T08:00:00Z';
    const d1: Record<string, string> = {};
    for (const [who, variant] of [['ana', 'A'], ['ben', 'B'], ['clea', 'A'], ['dan', 'B'], ['fay', 'B'], ['gil', 'A'], ['hal', 'A'], ['kim', 'B']] as const) {
      d1[who] = await f.delivery(c, S1, L[who], { variant, status: 'sent', sentAt: sent1 });
    }
    await f.delivery(c, S1, L.eve, { variant: 'A', status: 'skipped', reason: 'unsubscribed' });
    const d2: Record<string, string> = {};
    for (const who of ['ana', 'ben', 'gil', 'dan']) d2[who] = await f.delivery(c, S2, L[who], { status: 'sent', sentAt: '2026-03-04T08:00:00Z' });
    const post = await f.delivery(c, S2, null, { channel: 'post', status: 'sent', sentAt: '2026-03-04T08:00:00Z', networkChannelId: slack });
    const d3gael = await f.delivery(c, S3, L.gael, { channel: 'talking_points', status: 'sent', sentAt: '2026-03-03T08:00:00Z' });
    await f.delivery(c, S3, L.jo, { channel: 'talking_points', status: 'sent', sentAt: '2026-03-03T08:00:00Z' });

    const on1 = (who: string, variant: string) => ({ campaignId: c, deliveryId: d1[who], learnerId: L[who], stepId: S1, channel: 'email', variant });
    const on2 = (who: string) => ({ campaignId: c, deliveryId: d2[who], learnerId: L[who], stepId: S2, channel: 'email' });
    await f.event({ kind: 'opened', at: '2026-03-02T09:00:00Z', ...on1('ana', 'A') });
    await f.event({ kind: 'clicked', at: '2026-03-02T09:05:00Z', ...on1('ana', 'A') });
    await f.event({ kind: 'clicked', at: '2026-03-02T10:00:00Z', ...on1('ben', 'B') }); // the click proves the open
    await f.event({ kind: 'bounced', at: '2026-03-02T08:01:00Z', ...on1('clea', 'A') });
    await f.event({ kind: 'opened', at: '2026-03-02T09:30:00Z', ...on1('dan', 'B') });
    await f.event({ kind: 'opened', at: '2026-03-02T08:00:02Z', machine: true, ...on1('fay', 'B') }); // a privacy proxy only
    await f.event({ kind: 'clicked', at: '2026-03-02T11:00:00Z', ...on1('gil', 'A') });
    await f.event({ kind: 'clicked', at: '2026-03-02T10:30:00Z', ...on1('hal', 'A') });
    await f.event({ kind: 'opened', at: '2026-03-04T09:00:00Z', ...on2('ben') });
    await f.event({ kind: 'clicked', at: '2026-03-04T09:10:00Z', ...on2('gil') });
    await f.event({ kind: 'bounced', at: '2026-03-04T08:01:00Z', ...on2('dan') });
    await f.event({ kind: 'opened', at: '2026-03-03T10:00:00Z', campaignId: c, deliveryId: d3gael, learnerId: L.gael, stepId: S3, channel: 'talking_points' });
    // The post: two human clicks and a scanner's.
    for (const machine of [false, false, true]) await f.event({ kind: 'clicked', at: '2026-03-04T12:00:00Z', campaignId: c, deliveryId: post, learnerId: null, stepId: S2, channel: 'post', machine });

    // Attributed enrolments (last click wins): Ana and Hal after the invitation A, Gil after the reminder, Ida by the ambassador.
    await f.event({ kind: 'enrolled', at: '2026-03-02T12:00:00Z', campaignId: c, learnerId: L.ana, stepId: S1, channel: 'email', variant: 'A' });
    await f.event({ kind: 'enrolled', at: '2026-03-02T15:00:00Z', campaignId: c, learnerId: L.hal, stepId: S1, channel: 'email', variant: 'A' });
    await f.event({ kind: 'enrolled', at: '2026-03-04T10:00:00Z', campaignId: c, learnerId: L.gil, stepId: S2, channel: 'email' });
    await f.event({ kind: 'enrolled', at: '2026-03-05T09:00:00Z', campaignId: c, learnerId: L.ida, channel: 'ambassador', ambassadorId: L.gael });
    // Cléa's enrolment is credited to another campaign; Kim enrolled with no campaign click.
    const other = await f.campaign();
    await f.event({ kind: 'enrolled', at: '2026-03-03T10:00:00Z', campaignId: other.campaignId, learnerId: L.clea });
    for (const [who, status] of [['ana', 'completed'], ['gil', 'started'], ['hal', 'enrolled'], ['ida', 'enrolled'], ['clea', 'enrolled'], ['kim', 'completed']] as const) {
      await f.enrollment(sessionId, courseId, L[who], status);
    }
    await t.http().patch(`/v1/campaigns/${c}/costs`).set(...bearer(acme.keys.planner)).send({ production: 601, hours: 10, hourlyRate: 42, currency: 'EUR' }).expect(200);
  });
  afterAll(() => t.close());

  const get = (path: string, key = acme.keys.viewer) => t.http().get(path).set(...bearer(key));
  const report = async () => (await get(`/v1/campaigns/${campaignId}/report`).expect(200)).body;
  const names = (items: Array<{ name: string }>) => items.map((i) => i.name);
  const learners = async (query: string) => {
    const all: Array<{ name: string; stages: string[]; [k: string]: unknown }> = [];
    let cursor: string | null = null;
    let total = -1;
    do {
      const res: { body: { total: number; items: typeof all; nextCursor: string | null } } = await get(`/v1/campaigns/${campaignId}/report/learners?${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      total = res.body.total;
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return { total, items: all };
  };

  it('counts the funnel, the rates, the two enrolled figures and how they meet, the goal', async () => {
    const body = await report();
    // Targeted: the 9 of the invitation and the 2 of the talking points. Sent: Eve's was skipped. Delivered: Cléa bounced
    // (Dan's bounce was on the reminder; his invitation arrived). Opened: Ana, Ben (click), Dan, Gil (click), Hal (click),
    // Gaël. Fay: machine only. Clicked: Ana, Ben, Gil, Hal. Enrolled (attributed): Ana, Gil, Hal, Ida; started Ana, Gil; completed Ana.
    expect(body.funnel).toEqual(funnel(11, 10, 9, 6, 1, 4, 4, 2, 1));
    expect(body.rates).toEqual({ open: 6 / 9, clickThrough: 4 / 9, clickToOpen: 4 / 6, participation: 4 / 11, conversion: 1, completion: 1 / 4 });
    // Reached and enrolled in the session whatever the attribution: Ana, Gil, Hal, Cléa (credited elsewhere), Kim (no click).
    expect(body.reached).toEqual({ targeted: 11, enrolled: 5, started: 3, completed: 2 });
    expect(body.enrolledOverlap).toEqual({ both: 3, attributedOnly: 1, reachedOnly: 2 });
    expect(body.goal).toEqual({ enrolments: 5, enrolled: 4, progress: 0.8 });
    expect(body.attributionWindowDays).toBe(14);
    expect(body.openTracking).toBe('per_learner');
  });

  it('breaks every figure down by step, channel, variant, persona, department and site', async () => {
    const { breakdowns } = await report();
    const rows = (name: string) => breakdowns[name].map((r: Row) => [r.key, r.label, r.funnel]);
    expect(rows('step')).toEqual([
      [ids.S1, '2. Invitation', funnel(9, 8, 7, 5, 1, 4, 2, 1, 1)],
      [ids.S2, '3. Reminder', funnel(4, 4, 3, 2, 0, 1, 1, 1, 0)],
      [ids.S3, '4. Relays', funnel(2, 2, 2, 1, 0, 0, 0, 0, 0)],
      [null, '(none)', funnel(0, 0, 0, 0, 0, 0, 1, 0, 0)],
    ]);
    expect(rows('channel')).toEqual([
      ['email', 'email', funnel(9, 8, 7, 5, 1, 4, 3, 2, 1)],
      ['talking_points', 'talking_points', funnel(2, 2, 2, 1, 0, 0, 0, 0, 0)],
      ['ambassador', 'ambassador', funnel(0, 0, 0, 0, 0, 0, 1, 0, 0)],
    ]);
    expect(rows('variant')).toEqual([
      ['A', 'A', funnel(5, 4, 3, 3, 0, 3, 2, 1, 1)],
      ['B', 'B', funnel(4, 4, 4, 2, 1, 1, 0, 0, 0)],
      [null, '(none)', funnel(6, 6, 5, 3, 0, 1, 2, 1, 0)],
    ]);
    expect(rows('persona')).toEqual([
      [ids.curious, 'Curious achiever', funnel(4, 4, 4, 3, 0, 3, 2, 2, 1)],
      [ids.busy, 'Busy manager', funnel(3, 2, 1, 1, 0, 1, 2, 0, 0)],
      [null, '(none)', funnel(4, 4, 4, 2, 1, 0, 0, 0, 0)],
    ]);
    expect(rows('department')).toEqual([
      ['Sales', 'Sales', funnel(4, 4, 4, 2, 1, 2, 2, 1, 1)],
      ['Finance', 'Finance', funnel(2, 2, 1, 1, 0, 0, 0, 0, 0)],
      ['HR', 'HR', funnel(2, 2, 2, 1, 0, 0, 0, 0, 0)],
      ['IT', 'IT', funnel(2, 2, 2, 2, 0, 2, 2, 1, 0)],
      [null, '(none)', funnel(1, 0, 0, 0, 0, 0, 0, 0, 0)],
    ]);
    expect(rows('site')).toEqual([
      ['Paris', 'Paris', funnel(7, 6, 5, 2, 1, 2, 2, 1, 1)],
      ['Lyon', 'Lyon', funnel(4, 4, 4, 4, 0, 2, 2, 1, 0)],
    ]);
  });

  it('gives the daily series, the A/B test, the ROI, the leaderboard and the posts', async () => {
    const body = await report();
    expect(body.daily).toEqual([
      { date: '2026-03-02', sent: 8, opened: 5, clicked: 4, enrolled: 2 },
      { date: '2026-03-03', sent: 2, opened: 1, clicked: 0, enrolled: 0 },
      { date: '2026-03-04', sent: 4, opened: 2, clicked: 1, enrolled: 1 },
      { date: '2026-03-05', sent: 0, opened: 0, clicked: 0, enrolled: 1 },
    ]);
    expect(body.abTests).toHaveLength(1);
    expect(body.abTests[0]).toMatchObject({
      stepId: ids.S1,
      variants: [
        { variant: 'A', targeted: 5, delivered: 3, clicked: 3, rate: 1, enrolled: 2 },
        { variant: 'B', targeted: 4, delivered: 4, clicked: 1, rate: 0.25, enrolled: 0 },
      ],
      leader: 'A',
      outcome: 'insufficient',
      confidence: null,
    });
    // 601 + 10 × 42 = 1,021; 4 enrolments, 1 completion.
    expect(body.roi).toEqual({ production: 601, hours: 10, hourlyRate: 42, currency: 'EUR', cost: 1021, costPerEnrolment: 255.25, costPerCompletion: 1021 });
    expect(body.ambassadors).toEqual([{ rank: 1, learnerId: L.gael, name: 'Gaël Lenoir', department: 'HR', enrolled: 1, completed: 0, clicks: 0, relayCount: 0, relayedAt: null }]);
    expect(body.posterScans).toBe(0);
    expect(body.posts).toEqual([
      expect.objectContaining({ stepId: ids.S2, stepName: '3. Reminder', channelId: ids.slack, channelName: 'Learning', channelKind: 'slack', status: 'sent', clicks: 2 }),
    ]);
  });

  it('lists exactly the learners each figure counts, in every group of every breakdown', async () => {
    const body = await report();
    for (const stage of STAGES) {
      expect([stage, (await learners(`stage=${stage}`)).total]).toEqual([stage, body.funnel[stage]]);
    }
    for (const [dimension, rows] of Object.entries(body.breakdowns) as Array<[string, Row[]]>) {
      for (const row of rows) {
        const group = row.key === null ? `dimension=${dimension}&keyNull=true` : `dimension=${dimension}&key=${encodeURIComponent(row.key)}`;
        for (const stage of STAGES) {
          const { total, items } = await learners(`stage=${stage}&${group}`);
          expect([dimension, row.label, stage, total]).toEqual([dimension, row.label, stage, row.funnel[stage]]);
          expect(items).toHaveLength(total);
        }
      }
    }
    for (const [stage, figure] of [['reachedEnrolled', 5], ['reachedStarted', 3], ['reachedCompleted', 2]] as const) {
      expect((await learners(`stage=${stage}`)).total).toBe(figure);
    }
    const gael = await learners(`stage=enrolled&dimension=ambassador&key=${L.gael}`);
    expect(names(gael.items)).toEqual(['Ida Vidal']);
  });

  it('answers who clicked but did not enrol, who enrolled but never started, and why the two enrolled figures differ', async () => {
    expect(names((await learners('stage=clicked&notStage=enrolled')).items)).toEqual(['Ben Petit']);
    // In the invitation's row: Gil clicked it, but his enrolment went to the reminder (last click wins). In name order.
    const s1 = await learners(`stage=clicked&notStage=enrolled&dimension=step&key=${ids.S1}`);
    expect(names(s1.items)).toEqual(['Gil Faure', 'Ben Petit']);
    expect(s1.items[0]).toMatchObject({
      email: `gil@${acme.slug}.example`,
      department: 'IT',
      site: 'Lyon',
      personaName: 'Curious achiever',
      stages: ['targeted', 'sent', 'delivered', 'opened', 'clicked', 'reachedEnrolled', 'reachedStarted'],
      clickedAt: '2026-03-02T11:00:00.000Z',
      enrolledAt: null,
    });
    expect(names((await learners('stage=enrolled&notStage=started')).items)).toEqual(['Hal Brun', 'Ida Vidal']);
    expect(names((await learners('stage=enrolled&notStage=reachedEnrolled')).items)).toEqual(['Ida Vidal']);
    expect(names((await learners('stage=reachedEnrolled&notStage=enrolled')).items)).toEqual(['Kim Dupuis', 'Cléa Roux']);
    expect(names((await learners('stage=machineOpened')).items)).toEqual(['Fay Morel']);
  });

  it('pages in name order with a cursor', async () => {
    const first = await get(`/v1/campaigns/${campaignId}/report/learners?stage=clicked&limit=3`).expect(200);
    expect(first.body.total).toBe(4);
    expect(names(first.body.items)).toEqual(['Hal Brun', 'Gil Faure', 'Ana Martin']);
    const second = await get(`/v1/campaigns/${campaignId}/report/learners?stage=clicked&limit=3&cursor=${first.body.nextCursor}`).expect(200);
    expect(names(second.body.items)).toEqual(['Ben Petit']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('names the field of every bad query', async () => {
    const bad = async (query: string, path: string) => {
      const res = await get(`/v1/campaigns/${campaignId}/report/learners?${query}`).expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    };
    await bad('', 'stage');
    await bad('stage=bought', 'stage');
    await bad('stage=clicked&notStage=clicked', 'notStage');
    await bad('stage=clicked&notStage=nope', 'notStage');
    await bad('stage=clicked&dimension=colour&key=x', 'dimension');
    await bad('stage=clicked&dimension=step', 'key');
    await bad('stage=clicked&key=Sales', 'dimension');
    await bad('stage=clicked&dimension=step&key=not-an-id', 'key');
    await bad(`stage=clicked&dimension=site&key=Paris&keyNull=true`, 'keyNull');
    await bad('stage=clicked&limit=0', 'limit');
    await bad('stage=clicked&cursor=garbage', 'cursor');
    await get(`/v1/campaigns/${campaignId}/report/learners.csv?stage=clicked&locale=de`).expect(400);
    const other = await get(`/v1/campaigns/${campaignId}/report/learners?stage=clicked`, globex.keys.viewer).expect(404);
    expect(other.body.error.code).toBe('CAMPAIGN.NOT_FOUND');
  });

  const text = (path: string) =>
    get(path)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });

  it('exports the list as CSV for French and English spreadsheets, parsed back', async () => {
    const query = `stage=clicked&notStage=enrolled&dimension=step&key=${ids.S1}`;
    const fr = await text(`/v1/campaigns/${campaignId}/report/learners.csv?${query}&locale=fr`);
    expect(fr.status).toBe(200);
    expect(fr.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(fr.headers['content-disposition']).toMatch(/^attachment; filename="campaign-.*-learners-clicked\.csv"$/);
    const frText = fr.body as string;
    expect(frText.charCodeAt(0)).toBe(0xfeff);
    expect(frText.endsWith('\r\n')).toBe(true);
    const frRows = parse(frText, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect(frRows).toEqual([
      ['Nom', 'Prénom', 'E-mail', 'Identifiant externe', 'Service', 'Site', 'Persona', 'Étapes atteintes', 'Envoyé le', 'Ouvert le', 'Cliqué le', 'Inscrit le'],
      // Local times of the workspace (Europe/Paris, UTC+1 in March); the stages in French words.
      ['Faure', 'Gil', `gil@${acme.slug}.example`, 'Gil', 'IT', 'Lyon', 'Curious achiever', 'Ciblés, Envoyés (apprenants), Remis, Ouverts, Cliqués, Inscrits à la session (touchés), Ont commencé la session (touchés)', '2026-03-02 09:00', '2026-03-02 12:00', '2026-03-02 12:00', ''],
      ['Petit', 'Ben', `ben@${acme.slug}.example`, 'Ben', 'Sales', 'Lyon', 'Curious achiever', 'Ciblés, Envoyés (apprenants), Remis, Ouverts, Cliqués', '2026-03-02 09:00', '2026-03-02 11:00', '2026-03-02 11:00', ''],
    ]);
    const en = (await text(`/v1/campaigns/${campaignId}/report/learners.csv?${query}&locale=en`)).body as string;
    expect(parse(en, { bom: true, delimiter: ',' })).toEqual([
      ['Last name', 'First name', 'Email', 'External id', 'Department', 'Site', 'Persona', 'Stages', 'Sent at', 'Opened at', 'Clicked at', 'Enrolled at'],
      ['Faure', 'Gil', `gil@${acme.slug}.example`, 'Gil', 'IT', 'Lyon', 'Curious achiever', 'Targeted, Sent (learners), Delivered, Opened, Clicked, Enrolled in the session (reached), Started the session (reached)', '2026-03-02 09:00', '2026-03-02 12:00', '2026-03-02 12:00', ''],
      ['Petit', 'Ben', `ben@${acme.slug}.example`, 'Ben', 'Sales', 'Lyon', 'Curious achiever', 'Targeted, Sent (learners), Delivered, Opened, Clicked', '2026-03-02 09:00', '2026-03-02 11:00', '2026-03-02 11:00', ''],
    ]);
  });

  it('exports the report CSV in both dialects, every total figure and rate read back', async () => {
    const body = await report();
    const DIMENSIONS = {
      fr: { step: 'Étape', channel: 'Canal', variant: 'Variante', persona: 'Persona', department: 'Service', site: 'Site' },
      en: { step: 'Step', channel: 'Channel', variant: 'Variant', persona: 'Persona', department: 'Department', site: 'Site' },
    } as Record<string, Record<string, string>>;
    for (const [locale, delimiter, decimal] of [['fr', ';', ','], ['en', ',', '.']] as const) {
      const csv = (await text(`/v1/campaigns/${campaignId}/report.csv?locale=${locale}`)).body as string;
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [breakdowns, , roi] = csv.slice(1).trimEnd().split('\r\n\r\n').map((s) => parse(s, { delimiter }) as string[][]);
      const num = (v: string) => (v === '' ? null : Number(v.replace(decimal, '.')));
      const header = breakdowns![0]!;
      const total = Object.fromEntries(header.map((h, i) => [h, breakdowns![1]![i]]));
      // The stages' columns follow the breakdown, key and group, in funnel order.
      expect(STAGES.map((_, i) => num(breakdowns![1]![3 + i]!))).toEqual(STAGES.map((s) => body.funnel[s]));
      const [open, clickToOpen, participation, completion] =
        locale === 'fr' ? ['Taux d’ouverture (%)', 'Taux de clic après ouverture (%)', 'Participation (%)', 'Achèvement (%)'] : ['Open rate (%)', 'Click-to-open rate (%)', 'Participation (%)', 'Completion (%)'];
      // 6 opened ÷ 9 delivered, 4 clicked ÷ 6 opened, 4 enrolled ÷ 11 targeted, 1 completed ÷ 4 enrolled: percentages, one decimal.
      expect(num(total[open]!)).toBe(66.7);
      expect(num(total[clickToOpen]!)).toBe(66.7);
      expect(num(total[participation]!)).toBe(36.4);
      expect(num(total[completion]!)).toBe(25);
      if (locale === 'fr') expect(total[open]).toBe('66,7');
      // One CSV row per breakdown row, with the same figures.
      for (const [dimension, rows] of Object.entries(body.breakdowns) as Array<[string, Row[]]>) {
        for (const row of rows) {
          const line = breakdowns!.find((l) => l[0] === DIMENSIONS[locale]![dimension] && l[1] === (row.key ?? ''))!;
          expect(STAGES.map((_, i) => num(line[3 + i]!))).toEqual(STAGES.map((s) => row.funnel[s]));
        }
      }
      expect(roi![1]).toEqual(['1021', 'EUR', '601', '10', '42', `255${decimal}25`, '1021']);
    }
  });

  it('retargets: a static segment of exactly the listed learners, for planners', async () => {
    const body = { name: 'Clicked the invitation, not enrolled', stage: 'clicked', notStage: 'enrolled', dimension: 'step', key: ids.S1 };
    await t.http().post(`/v1/campaigns/${campaignId}/report/learners/segment`).set(...bearer(acme.keys.viewer)).send(body).expect(403);
    const made = await t.http().post(`/v1/campaigns/${campaignId}/report/learners/segment`).set(...bearer(acme.keys.planner)).send(body).expect(201);
    expect(made.body).toMatchObject({ name: body.name, kind: 'static', memberCount: 2 });
    const members = await get(`/v1/segments/${made.body.id}/learners?limit=200`).expect(200);
    expect(members.body.items.map((m: { id: string }) => m.id).sort()).toEqual([L.gil, L.ben].sort());
    const segment = await get(`/v1/segments/${made.body.id}`).expect(200);
    expect(segment.body).toMatchObject({ kind: 'static', memberCount: 2 });
    // The same name again: 409, and nothing half-made.
    const again = await t.http().post(`/v1/campaigns/${campaignId}/report/learners/segment`).set(...bearer(acme.keys.planner)).send(body).expect(409);
    expect(again.body.error.code).toBe('SEGMENT.NAME_TAKEN');
    const missing = await t.http().post(`/v1/campaigns/${campaignId}/report/learners/segment`).set(...bearer(acme.keys.planner)).send({ stage: 'clicked' }).expect(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toContain('name');
    // The group without a value, in a JSON body: key null.
    const none = await t.http().post(`/v1/campaigns/${campaignId}/report/learners/segment`).set(...bearer(acme.keys.planner)).send({ name: 'No department', stage: 'targeted', dimension: 'department', key: null }).expect(201);
    expect(none.body.memberCount).toBe(1);
  });
});

describe('Campaign report with opens kept in aggregate only', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let campaignId: string;
  const L: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Initech Academy');
    await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ openTracking: 'aggregate' }).expect(200);
    const f = new ReportFixtures(t, ws);
    L.ana = await f.named('Ana', 'Martin', 'Sales', 'Paris', null);
    L.ben = await f.named('Ben', 'Petit', 'Sales', 'Lyon', null);
    L.cid = await f.named('Cid', 'Roux', 'IT', 'Paris', null);
    const { campaignId: c } = await f.campaign([], 10);
    campaignId = c;
    const S1 = await f.step(c, 1, 'Invitation', []);
    const d: Record<string, string> = {};
    for (const who of ['ana', 'ben', 'cid']) d[who] = await f.delivery(c, S1, L[who], { status: 'sent', sentAt: '2026-03-02T08:00:00Z' });
    // The pixel counted 5 human opens (Ana twice…) and 2 machine opens; nobody's open is kept. Ben clicked.
    await f.openCount(c, S1, { day: '2026-03-02', opens: 5, machineOpens: 2 });
    await f.event({ kind: 'clicked', at: '2026-03-02T10:00:00Z', campaignId: c, deliveryId: d.ben, learnerId: L.ben, stepId: S1, channel: 'email' });
  });
  afterAll(() => t.close());

  const get = (path: string) => t.http().get(path).set(...bearer(ws.keys.viewer));

  it('counts opens from the counters, gives the rates from them, and unknown opens by profile', async () => {
    const { body } = await get(`/v1/campaigns/${campaignId}/report`).expect(200);
    expect(body.openTracking).toBe('aggregate');
    expect(body.funnel).toEqual(funnel(3, 3, 3, 5, 2, 1, 0, 0, 0));
    expect(body.rates).toEqual({ open: 5 / 3, clickThrough: 1 / 3, clickToOpen: 1 / 5, participation: 0, conversion: 0, completion: null });
    const sales = body.breakdowns.department.find((r: Row) => r.key === 'Sales');
    expect(sales.funnel).toEqual(funnel(2, 2, 2, 0, 0, 1, 0, 0, 0));
    expect(sales.rates).toMatchObject({ open: null, clickToOpen: null, clickThrough: 0.5 });
    expect(body.goal).toEqual({ enrolments: 10, enrolled: 0, progress: 0 });
  });

  it('lists the clickers, and refuses a list of openers nobody kept', async () => {
    const clicked = await get(`/v1/campaigns/${campaignId}/report/learners?stage=clicked`).expect(200);
    expect(clicked.body.total).toBe(1);
    // The click is kept; the open it proves is not listed as one.
    expect(clicked.body.items[0]).toMatchObject({ name: 'Ben Petit', stages: ['targeted', 'sent', 'delivered', 'clicked'], openedAt: null });
    const opened = await get(`/v1/campaigns/${campaignId}/report/learners?stage=opened`).expect(422);
    expect(opened.body.error).toMatchObject({ code: 'REPORT.OPENS_AGGREGATE', details: [expect.objectContaining({ path: 'stage' })] });
    await get(`/v1/campaigns/${campaignId}/report/learners?stage=delivered&notStage=opened`).expect(422);
  });
});
