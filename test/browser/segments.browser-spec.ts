import type { Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { waitUntil } from '../support/test-worker';
import { checkScreen, ConsoleHarness } from './support/browser';
import { Members } from './support/members';
import { PersonasPage } from './pages/personas.page';
import { SegmentsPage } from './pages/segments.page';

// The rule the journey builds in the builder: three conditions, one nested group.
const RULE = {
  all: [
    { field: 'department', op: 'eq', value: 'Sales' },
    { any: [{ field: 'site', op: 'eq', value: 'Lyon' }, { field: 'hireDate', op: 'gt', value: '2025-01-01' }] },
  ],
};

describe('Console: segments and personas', () => {
  let h: ConsoleHarness;
  let ws: TestWorkspace;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
    ws = await h.t.createWorkspace();
    // 24 learners: Sales and Support, in Lyon and Paris, hired before and after 2025.
    for (let i = 1; i <= 24; i++) {
      await h.t
        .http()
        .post('/v1/learners')
        .set(...bearer(ws.key))
        .send({
          externalId: `E${i}`,
          email: `learner${i}@acme.test`,
          firstName: `Learner${i}`,
          lastName: 'Test',
          department: i % 3 === 0 ? 'Support' : 'Sales',
          site: i % 2 === 0 ? 'Lyon' : 'Paris',
          hireDate: i % 4 === 0 ? '2024-06-01' : '2025-09-01',
        })
        .expect((res) => expect([200, 201]).toContain(res.status));
    }
  });
  afterAll(() => h?.close());

  async function signedIn(locale: 'en' | 'fr'): Promise<Page> {
    const { page } = await members.signedIn(ws, { email: `dlm-${locale}-${ws.slug}@example.test`, name: `Dana ${locale}`, role: 'planner', locale, path: '/segments' });
    await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
    return page;
  }

  const preview = async (rule: object) => (await h.t.http().post('/v1/segments/preview').set(...bearer(ws.key)).send({ rule }).expect(200)).body.count as number;

  // A shared machine makes each step slow: the journeys get room.
  const JOURNEY_MS = 300_000;

  it('builds a segment with a nested group, sees the API’s count live, saves, reopens it, shows it as JSON', async () => {
    const page = await signedIn('en');
    const segments = new SegmentsPage(page);
    await page.getByRole('heading', { level: 2, name: 'No segments yet' }).waitFor();
    await checkScreen(page, 'segments-empty-en');

    await segments.startNew();
    await segments.setName('Sales, Lyon or recent');
    const builder = segments.builder();
    await builder.addCondition();
    await builder.choose(1, 'Field', 'Department');
    await builder.fill(1, 'Sales');
    await builder.addGroup();
    const nested = builder.group('Group: Any of');
    await nested.choose(1, 'Field', 'Site');
    await nested.fill(1, 'Lyon');
    await nested.addCondition();
    await nested.choose(2, 'Field', 'Hire date');
    await nested.choose(2, 'Operator', 'is after');
    await nested.fill(2, '2025-01-01');

    const expected = await preview(RULE);
    expect(expected).toBeGreaterThan(0);
    await segments.liveCount().getByText(`${expected} learners match`).waitFor();
    await checkScreen(page, 'segment-editor-en');

    await segments.create();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sales, Lyon or recent' }).waitFor();
    await segments.liveCount().getByText(`${expected} learners match`).waitFor();
    const json = await segments.builder().showJson();
    expect(JSON.parse(json)).toEqual(RULE);
    await checkScreen(page, 'segment-json-en');

    await page.getByRole('tab', { name: 'Learners' }).click();
    await page.getByRole('region', { name: 'Learners in this segment' }).waitFor();
    expect(await page.getByRole('region', { name: 'Learners in this segment' }).getByRole('row').count()).toBe(expected + 1);

    await segments.open();
    await segments.table().getByRole('link', { name: 'Sales, Lyon or recent' }).waitFor();
    await segments.table().getByText(String(expected), { exact: true }).waitFor();
    await checkScreen(page, 'segments-list-en');
    await page.context().close();
  }, JOURNEY_MS);

  it('fills a persona canvas, ranks channels by keyboard drag, assigns now', async () => {
    const page = await signedIn('en');
    const personas = new PersonasPage(page);
    await personas.open();
    await personas.startNew();
    await personas.field(/^Name/).fill('Ambitious newcomer');
    await personas.field(/^Summary/).fill('Joined less than a year ago, eager to prove themselves and to build a network.');
    await personas.field(/^Behavioural model/).fill('Learns in short bursts between meetings.');
    // Goals and needs are ranked lists: lines added with Enter, the most important dragged first.
    await personas.addLines('Short-term goals', ['Close a first deal', 'Master the CRM']);
    await personas.dragByKeyboard('Master the CRM', -1);
    await waitUntil('the goals reordered', async () => (await personas.rankedLines('Short-term goals').first().inputValue()) === 'Master the CRM');
    await personas.addLines('Needs', ['Concrete, job-related examples']);
    await personas.addLines('Objections', ['No time during closing weeks']);
    await personas.addLines('Ambitions', ['Be recognised by leadership']);
    await checkScreen(page, 'persona-canvas-lists-en');
    await personas.addChannel('Email');
    await personas.addChannel('Network post');
    await personas.addChannel('Talking points (ambassadors)');
    await personas.dragByKeyboard('Talking points \\(ambassadors\\)', -2);
    await waitUntil('the channels reordered', async () => (await personas.rankedChannels().first().innerText()).includes('Talking points'));
    // A chip's checkbox is hidden off screen: a person clicks its label.
    for (const day of ['Tuesday', 'Thursday']) {
      const box = page.getByRole('checkbox', { name: day });
      await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
      expect(await box.isChecked()).toBe(true);
    }
    await personas.preferredTime().fill('09:30');
    await personas.field(/^Tone/).fill('Energetic, concrete, peer-to-peer');
    await page.getByRole('switch', { name: 'Give this persona to the learners a rule selects' }).check({ force: true });
    const rule = personas.builder();
    await rule.addCondition();
    await rule.choose(1, 'Field', 'Department');
    await rule.fill(1, 'Sales');
    await page.getByRole('button', { name: 'Create the persona' }).click();
    await page.waitForURL(/\/personas\/[0-9a-f-]{36}$/);
    const personaId = page.url().split('/').pop()!;

    const saved = (await h.t.http().get(`/v1/personas/${personaId}`).set(...bearer(ws.key)).expect(200)).body;
    expect(saved).toMatchObject({
      name: 'Ambitious newcomer',
      shortTermGoals: ['Master the CRM', 'Close a first deal'],
      preferredChannels: ['talking_points', 'email', 'post'],
      preferredDays: ['tue', 'thu'],
      preferredTime: '09:30',
      assignmentRule: { all: [{ field: 'department', op: 'eq', value: 'Sales' }] },
    });

    const sales = await preview({ field: 'department', op: 'eq', value: 'Sales' });
    // The rule's members are counted beside it, as in the segment editor.
    await page.getByRole('region', { name: 'Live count' }).getByText(`${sales} learners match`).waitFor();
    // Assigning asks first, with how many learners it takes (none has a persona yet).
    await page.getByRole('button', { name: 'Assign now' }).click();
    const confirm = page.getByRole('dialog', { name: 'Assign “Ambitious newcomer” now?' });
    await confirm.getByText(`${sales} learners will get this persona now:`).waitFor();
    await confirm.getByText(`${sales} with no persona yet`).waitFor();
    await confirm.getByText(`Afterwards, ${sales} learners will have this persona.`).waitFor();
    await checkScreen(page, 'persona-assign-confirm-en');
    await confirm.getByRole('button', { name: `Assign ${sales} learners` }).click();
    await page.getByRole('status').getByText(`${sales} learners newly given this persona.`).waitFor();
    await page.getByText(`${sales} learners have this persona.`).waitFor();
    await checkScreen(page, 'persona-canvas-en');

    await personas.open();
    await page.getByRole('link', { name: 'Ambitious newcomer' }).waitFor();
    await checkScreen(page, 'personas-list-en');
    await page.context().close();
  }, JOURNEY_MS);

  it('in French: learners never enrolled in anything, said with "n’a aucune inscription"; a viewer cannot open a new segment', async () => {
    const page = await signedIn('fr');
    const segments = new SegmentsPage(page);
    await segments.table().waitFor();
    await segments.startNew();
    await segments.setName('Sans formation');
    const builder = segments.builder();
    await builder.addCondition();
    await page.getByRole('combobox', { name: 'Champ — Condition 1' }).click();
    await page.getByRole('option', { name: 'Statut d’inscription', exact: true }).click();
    await page.getByRole('combobox', { name: 'Opérateur — Condition 1' }).click();
    await page.getByRole('option', { name: 'n’a aucune inscription', exact: true }).click();
    await page.getByRole('combobox', { name: 'Inscription à — Condition 1' }).click();
    await page.getByRole('option', { name: 'dans toutes les formations', exact: true }).click();
    const expected = await preview({ all: [{ field: 'enrollment.status', op: 'exists', value: false }] });
    expect(expected).toBe(24);
    await segments.liveCount().getByText(`${expected} apprenants correspondent`).waitFor();
    expect(JSON.parse(await builder.showJson())).toEqual({ all: [{ field: 'enrollment.status', op: 'exists', value: false }] });
    await checkScreen(page, 'segment-no-enrolment-fr');
    await page.context().close();

    const { page: viewer } = await members.signedIn(ws, { email: `viewer-${ws.slug}@example.test`, name: 'Victor', role: 'viewer', locale: 'fr', path: '/segments/new' });
    await viewer.getByText('Vous ne pouvez pas créer de segment').waitFor();
    expect(await viewer.getByRole('button', { name: 'Créer le segment' }).count()).toBe(0);
    await checkScreen(viewer, 'segment-new-viewer-fr');
    await viewer.context().close();
  }, JOURNEY_MS);

  it('in French: the same screens', async () => {
    const page = await signedIn('fr');
    const segments = new SegmentsPage(page);
    await segments.table().getByRole('link', { name: 'Sales, Lyon or recent' }).waitFor();
    await checkScreen(page, 'segments-list-fr');
    await segments.table().getByRole('link', { name: 'Sales, Lyon or recent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sales, Lyon or recent' }).waitFor();
    await segments.liveCount().getByText(/apprenants correspondent/).waitFor();
    await checkScreen(page, 'segment-editor-fr');
    const personas = new PersonasPage(page);
    await personas.open();
    await page.getByRole('link', { name: 'Ambitious newcomer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ambitious newcomer' }).waitFor();
    await page.getByText(/apprenants ont ce persona/).waitFor();
    await checkScreen(page, 'persona-canvas-fr');
    await personas.open();
    await checkScreen(page, 'personas-list-fr');
    await page.context().close();
  }, JOURNEY_MS);
});
