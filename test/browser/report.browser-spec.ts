import { parse } from 'csv-parse/sync';
import { ReportFixtures } from '../support/report-fixtures';
import { bearer, type TestWorkspace } from '../support/test-app';
import { ReportPage } from './pages/report.page';
import { checkScreen, ConsoleHarness, screenshots } from './support/browser';
import { Members } from './support/members';

/**
 * The report: a DLM opens a running campaign's report from the campaigns list, asks who clicked but
 * did not enrol, exports them, and retargets them as a segment; a French colleague reads the same
 * report on the same figures and drills into a breakdown.
 */
describe('Console: the campaign report (funnel, drill-down, export, retargeting)', () => {
  let h: ConsoleHarness;
  let ws: TestWorkspace;
  let members: Members;
  let campaignId: string;
  let draftId: string;
  const L: Record<string, string> = {};

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
    ws = await h.t.createWorkspace('Report journey');
    await h.t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: 'Europe/Paris' }).expect(200);
    const f = new ReportFixtures(h.t, ws);
    const curious = await f.persona('Curious achiever');
    for (const [first, last, dept, site] of [
      ['Ana', 'Martin', 'Sales', 'Paris'],
      ['Ben', 'Petit', 'Sales', 'Lyon'],
      ['Cléa', 'Roux', 'Finance', 'Paris'],
      ['Dan', 'Noir', 'Finance', 'Lyon'],
      ['Eve', 'Blanc', 'IT', 'Paris'],
      ['Gil', 'Faure', 'IT', 'Lyon'],
      ['Ida', 'Vidal', 'Sales', 'Lyon'],
      ['Gaël', 'Lenoir', 'HR', 'Lyon'],
    ] as const) {
      L[first] = await f.named(first, last, dept, site, first === 'Ana' || first === 'Ben' ? curious : null);
    }
    const { campaignId: c, courseId, sessionId } = await f.campaign([L.Gaël!], 6);
    campaignId = c;
    await h.t.dataSource.query(`UPDATE campaigns SET name = 'Feedback that works — spring' WHERE id = $1`, [c]);
    const S1 = await f.step(c, 1, 'Invitation', ['A', 'B']);
    const S2 = await f.step(c, 2, 'Reminder', []);
    const slack = await f.networkChannel('Learning', 'slack');
    const d1: Record<string, string> = {};
    for (const [who, variant] of [['Ana', 'A'], ['Ben', 'B'], ['Cléa', 'A'], ['Dan', 'B'], ['Eve', 'A'], ['Gil', 'B']] as const) {
      d1[who] = await f.delivery(c, S1, L[who]!, { variant, status: 'sent', sentAt: '2026-03-02T08:00:00Z' });
    }
    const d2: Record<string, string> = {};
    for (const who of ['Ben', 'Cléa', 'Dan', 'Eve', 'Gil']) d2[who] = await f.delivery(c, S2, L[who]!, { status: 'sent', sentAt: '2026-03-04T08:00:00Z' });
    const post = await f.delivery(c, S2, null, { channel: 'post', status: 'sent', sentAt: '2026-03-04T08:00:00Z', networkChannelId: slack });
    const on = (step: string, deliveries: Record<string, string>, who: string, variant: string | null = null) => ({ campaignId: c, deliveryId: deliveries[who], learnerId: L[who]!, stepId: step, channel: 'email', variant });
    await f.event({ kind: 'opened', at: '2026-03-02T09:00:00Z', ...on(S1, d1, 'Ana', 'A') });
    await f.event({ kind: 'clicked', at: '2026-03-02T09:05:00Z', ...on(S1, d1, 'Ana', 'A') });
    await f.event({ kind: 'clicked', at: '2026-03-02T10:00:00Z', ...on(S1, d1, 'Ben', 'B') });
    await f.event({ kind: 'opened', at: '2026-03-02T11:00:00Z', ...on(S1, d1, 'Cléa', 'A') });
    await f.event({ kind: 'opened', at: '2026-03-02T08:00:02Z', machine: true, ...on(S1, d1, 'Dan', 'B') });
    await f.event({ kind: 'clicked', at: '2026-03-04T09:00:00Z', ...on(S2, d2, 'Gil') });
    await f.event({ kind: 'clicked', at: '2026-03-04T09:30:00Z', ...on(S2, d2, 'Eve') });
    await f.event({ kind: 'clicked', at: '2026-03-04T12:00:00Z', campaignId: c, deliveryId: post, learnerId: null, stepId: S2, channel: 'post' });
    await f.event({ kind: 'enrolled', at: '2026-03-02T12:00:00Z', campaignId: c, learnerId: L.Ana!, stepId: S1, channel: 'email', variant: 'A' });
    await f.event({ kind: 'enrolled', at: '2026-03-04T10:00:00Z', campaignId: c, learnerId: L.Gil!, stepId: S2, channel: 'email' });
    await f.event({ kind: 'enrolled', at: '2026-03-05T09:00:00Z', campaignId: c, learnerId: L.Ida!, channel: 'ambassador', ambassadorId: L.Gaël });
    for (const [who, status] of [['Ana', 'completed'], ['Gil', 'started'], ['Ida', 'enrolled']] as const) await f.enrollment(sessionId, courseId, L[who]!, status);
    await h.t.http().patch(`/v1/campaigns/${c}/costs`).set(...bearer(ws.key)).send({ production: 900, hours: 12, hourlyRate: 50, currency: 'EUR' }).expect(200);
    draftId = (await f.campaign()).campaignId;
    await h.t.dataSource.query(`UPDATE campaigns SET status = 'draft', launched_at = NULL, name = 'Not yet launched' WHERE id = $1`, [draftId]);
  });
  afterAll(() => h?.close());

  it('opens the report, drills into "clicked, not enrolled", exports and retargets them; in French too', async () => {
    const { page } = await members.signedIn(ws, { email: 'dlm@report.example', name: 'Dana Planner', role: 'planner', locale: 'en', path: '/campaigns' });
    const report = new ReportPage(page);
    await page.getByRole('link', { name: 'Report — Feedback that works — spring' }).click();
    await report.heading('Report: Feedback that works — spring').waitFor();
    await report.ready();
    // The goal and the two enrolled figures, named apart.
    await page.getByText('3 of 6 enrolments (50%)').waitFor();
    await page.getByText('Enrolled through the campaign (attributed)').waitFor();
    await page.getByText('Enrolled in the session, among the learners reached').waitFor();
    await page.getByText('Not enough data yet to compare the variants', { exact: false }).waitFor();
    await page.getByRole('cell', { name: 'Learning' }).waitFor();
    // A figure says what it counts when focused: the attribution window for the enrolled ones.
    await page.getByRole('button', { name: 'Enrolled: 3, see who', exact: true }).focus();
    await page.getByRole('tooltip').filter({ hasText: 'at most 14 days before they enrolled' }).waitFor();
    await page.keyboard.press('Escape');
    await checkScreen(page, 'report-en');

    // Who clicked but did not enrol: Eve and Ben, in name order.
    await page.getByRole('button', { name: 'clicked but did not enrol' }).click();
    const drawer = report.drawer();
    await drawer.getByText('2 learners').waitFor();
    const names = await drawer.getByRole('link').filter({ hasText: /^(Eve|Ben) / }).allTextContents();
    expect(names).toEqual(['Eve Blanc', 'Ben Petit']);
    await screenshots(page, 'report-drilldown-en');

    // The export: the same two, in the English dialect.
    const csv = await report.download(drawer.getByRole('button', { name: 'Export (CSV)' }));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, delimiter: ',' }) as string[][];
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Last name', 'First name', 'Email'],
      ['Blanc', 'Eve', `eve@${ws.slug}.example`],
      ['Petit', 'Ben', `ben@${ws.slug}.example`],
    ]);

    // Retargeting: a static segment of exactly these two, with the way to a follow-up step.
    await drawer.getByRole('button', { name: 'Retarget…' }).click();
    await drawer.getByLabel('Segment name').fill('Clicked, not enrolled — spring');
    await drawer.getByRole('button', { name: 'Create the segment of 2 learners' }).click();
    await drawer.getByText('Segment “Clicked, not enrolled — spring” created with 2 learners').waitFor();
    await drawer.getByRole('link', { name: 'Add a follow-up step for it in the campaign' }).waitFor();
    await checkScreen(page, 'report-retargeted-en');
    const segments = (await h.t.http().get('/v1/segments?limit=200').set(...bearer(ws.key)).expect(200)).body.items as Array<{ id: string; name: string; kind: string }>;
    const segment = segments.find((s) => s.name === 'Clicked, not enrolled — spring')!;
    expect(segment.kind).toBe('static');
    const membersOf = (await h.t.http().get(`/v1/segments/${segment.id}/learners?limit=200`).set(...bearer(ws.key)).expect(200)).body.items as Array<{ id: string }>;
    expect(membersOf.map((m) => m.id).sort()).toEqual([L.Eve, L.Ben].sort());
    await drawer.getByRole('button', { name: 'Close' }).click();

    // A campaign not launched yet says so.
    await page.goto(`/campaigns/${draftId}/report`);
    await page.getByRole('heading', { name: 'The campaign has not been launched yet' }).waitFor();
    await screenshots(page, 'report-empty-en');

    // In French: the same figures, a breakdown cell drilled into.
    const fr = await members.signedIn(ws, { email: 'cheffe@report.example', name: 'Claire Martin', role: 'viewer', locale: 'fr', path: `/campaigns/${campaignId}/report` });
    const rapport = new ReportPage(fr.page);
    await rapport.heading('Bilan : Feedback that works — spring').waitFor();
    await rapport.ready();
    await fr.page.getByText('3 inscriptions sur 6 (50 %)').waitFor();
    await checkScreen(fr.page, 'report-fr');
    await fr.page.getByRole('tab', { name: 'Service' }).click();
    await fr.page.getByRole('button', { name: 'Cliqués, Sales : 2, voir qui' }).click();
    await rapport.drawer().getByText('2 apprenants').waitFor();
    await rapport.drawer().getByRole('link', { name: 'Ben Petit' }).waitFor();
    // A viewer reads and exports, and cannot retarget.
    expect(await rapport.drawer().getByRole('button', { name: 'Recibler…' }).count()).toBe(0);
    const frFile = await rapport.downloadFile(rapport.drawer().getByRole('button', { name: 'Exporter (CSV)' }));
    // French headers, and a file named after the campaign and the selection.
    expect((parse(frFile.text, { bom: true, delimiter: ';' }) as string[][]).map((r) => r[0])).toEqual(['Nom', 'Martin', 'Petit']);
    expect(frFile.name).toBe('feedback-that-works-spring-cliqués-sales.csv');
    await checkScreen(fr.page, 'report-drilldown-fr');
  }, 300_000);
});
