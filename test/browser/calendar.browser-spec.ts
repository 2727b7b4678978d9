import { createCampaign, createSession, PLAIN_TEMPLATE, seedLearners } from '../support/engine-fixture';
import { bearer } from '../support/test-app';
import { checkScreen, ConsoleHarness, expectAccessible, screenshots } from './support/browser';
import { Members } from './support/members';
import { CalendarPage } from './pages/calendar.page';

const TEXTS = {
  fr: {
    day: /^jeudi 10 /,
    blackoutDay: /^vendredi 18 /,
    chip: /Campagne A — Invitation : 2 \(programmé\)/,
    collision: 'Collision : 2 apprenants',
    steps: ['Campagne A — Invitation : 2 apprenants', 'Campagne B — Rappel : 2 apprenants'],
    blackout: 'Jour bloqué : Séminaire',
    form: { add: 'Ajouter un jour bloqué', label: 'Libellé', first: 'Premier jour', save: 'Enregistrer' },
    view: 'Affichage',
    week: 'Semaine',
  },
  en: {
    day: /^Thursday, December 10$/,
    blackoutDay: /^Friday, December 18$/,
    chip: /Campagne A — Invitation: 2 \(scheduled\)/,
    collision: 'Collision: 2 learners',
    steps: ['Campagne A — Invitation: 2 learners', 'Campagne B — Rappel: 2 learners'],
    blackout: 'Blackout: Séminaire',
    form: { add: 'Add a blackout day', label: 'Label', first: 'First day', save: 'Save' },
    view: 'View',
    week: 'Week',
  },
} as const;

describe('Console: the comms calendar shows collisions and blackout days', () => {
  let h: ConsoleHarness;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
  });
  afterAll(() => h?.close());

  it.each(['fr', 'en'] as const)('two campaigns on the same day reach the same two learners; a blackout day added in the form is shaded (%s)', async (locale) => {
    const text = TEXTS[locale];
    const ws = await h.t.createWorkspace();
    await h.t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: 'Europe/Paris', defaultLocale: locale }).expect(200);
    const template = await h.t.http().post('/v1/templates').set(...bearer(ws.key)).send(PLAIN_TEMPLATE).expect(201);
    const [{ id: versionId }] = await h.t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.body.id]);
    const ids = await seedLearners(h.t.dataSource, ws.id, [
      { externalId: 'camille', firstName: 'Camille' },
      { externalId: 'yann', firstName: 'Yann' },
    ]);
    const { courseId, sessionId } = await createSession(h.t, ws, { startsAt: new Date('2031-04-20T08:00:00Z') });
    // December 2026 on the calendar: Thursday the 10th carries both campaigns' steps for both learners.
    for (const [name, step] of [['Campagne A', 'Invitation'], ['Campagne B', 'Rappel']]) {
      const campaignId = await createCampaign(h.t, ws, {
        name,
        courseId,
        sessionId,
        steps: [{ name: step, phase: 'before', anchor: 'session_start', offset: '-P7D', channel: 'email', templateVersionId: versionId }],
      });
      await h.t.dataSource.query(`UPDATE campaigns SET status = 'running', launched_at = now() WHERE id = $1`, [campaignId]);
      await h.t.dataSource.query(`UPDATE campaign_steps SET materialized_at = now() WHERE campaign_id = $1`, [campaignId]);
      await h.t.dataSource.query(
        `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, status, scheduled_at)
         SELECT $1, $2, st.id, l, 'email', $3, 'pending', '2026-12-10T09:00:00Z' FROM campaign_steps st, unnest($4::uuid[]) AS l WHERE st.campaign_id = $2`,
        [ws.id, campaignId, versionId, [ids.camille, ids.yann]],
      );
    }

    const { page, context } = await members.signedIn(ws, { email: `dlm-${locale}-${ws.slug}@example.test`, name: 'Dana Leclerc', role: 'planner', locale, path: '/calendar' });
    const calendar = new CalendarPage(page);
    await calendar.title().waitFor();
    // The calendar opens on the current month; the fixture's month is December 2026.
    const clock = new Date();
    for (let i = (clock.getFullYear() - 2026) * 12 + clock.getMonth() - 11; i > 0; i--) await page.getByRole('button', { name: /^(Previous month|Mois précédent)$/ }).click();
    for (let i = (clock.getFullYear() - 2026) * 12 + clock.getMonth() - 11; i < 0; i++) await page.getByRole('button', { name: /^(Next month|Mois suivant)$/ }).click();
    const day = calendar.day(text.day);
    await day.getByLabel(text.chip).waitFor();
    await day.getByRole('button', { name: text.collision }).click();
    const dialog = calendar.collisionDialog();
    for (const line of [...text.steps, 'Camille', 'Yann']) await dialog.getByText(line, { exact: true }).waitFor();
    await expectAccessible(page, `calendar collision (${locale})`);
    await page.keyboard.press('Escape');

    await calendar.addBlackout(text.form, { label: 'Séminaire', day: '2026-12-18' });
    await calendar.day(text.blackoutDay).getByText(text.blackout).waitFor();
    await calendar.blackoutManager().getByText('Séminaire', { exact: true }).waitFor();
    await checkScreen(page, `calendar-${locale}`);

    // The week view: the same day, taller.
    await page.getByRole('radiogroup', { name: text.view }).getByText(text.week, { exact: true }).click();
    const forward = !(clock.getFullYear() === 2026 && clock.getMonth() === 11 && clock.getDate() > 13);
    for (let i = 0; i < 6 && !(await calendar.day(text.day).isVisible()); i++) {
      await page.getByRole('button', { name: forward ? /^(Next week|Semaine suivante)$/ : /^(Previous week|Semaine précédente)$/ }).click();
    }
    await calendar.day(text.day).getByLabel(text.chip).waitFor();
    expect(await calendar.day(/./).count()).toBe(7);
    await screenshots(page, `calendar-week-${locale}`);
    await context.close();
  });
});
