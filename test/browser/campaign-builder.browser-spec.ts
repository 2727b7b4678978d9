import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { waitUntil } from '../support/test-worker';
import { CampaignBuilderPage } from './pages/campaign-builder.page';
import { checkScreen, ConsoleHarness } from './support/browser';
import { Members } from './support/members';

/**
 * The campaign builder: a DLM builds a plan of eight steps from approved templates on the timeline
 * around the session, reads the dry run (a lane per time zone) and a warning, launches after a
 * confirmation that gives the numbers; then a French colleague reads it and copies it onto the
 * next session.
 */
describe('Console: the campaign builder (timeline, dry run, launch, clone)', () => {
  let h: ConsoleHarness;
  let ws: TestWorkspace;
  let members: Members;
  let startsAt: DateTime;

  beforeAll(async () => {
    h = await ConsoleHarness.start({ SCHEDULER_ENABLED: 'false' }, { worker: true });
    members = new Members(h);
    ws = await h.t.createWorkspace('Builder', { templateApproval: true });
    const api = (method: 'post' | 'patch', path: string, body: object) => h.t.http()[method](path).set(...bearer(ws.key)).send(body);
    await api('patch', '/v1/workspace', { timeZone: 'Europe/Paris', quietHours: { start: '20:00', end: '08:00' }, allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }).expect(200);
    await api('post', '/v1/templates/install-starters', {}).expect(201);
    const course = (await api('post', '/v1/courses', { title: 'Leading hybrid teams', modality: 'blended', lmsUrl: 'https://lms.example.com/hybrid' }).expect(201)).body;
    startsAt = DateTime.now().setZone('Europe/Paris').startOf('day').plus({ days: 40, hours: 9 });
    for (const start of [startsAt, startsAt.plus({ days: 63 })]) {
      await api('post', `/v1/courses/${course.id}/sessions`, {
        startsAt: start.toISO(),
        endsAt: start.plus({ days: 2, hours: 8 }).toISO(),
        enrolBy: start.minus({ days: 3 }).toISO(),
        timeZone: 'Europe/Paris',
      }).expect(201);
    }
    const zones = ['Europe/Paris', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'];
    for (const [i, timeZone] of zones.entries()) {
      await api('post', '/v1/learners', { externalId: `L-${i}`, email: `learner${i}@builder.example`, firstName: `Learner ${i}`, locale: i % 2 ? 'fr' : 'en', timeZone }).expect(201);
    }
  });
  afterAll(() => h?.close());

  it('builds eight steps on the timeline from templates, reads a warning, launches with the numbers; the key screens in French, and a copy onto the next session', async () => {
    const { page } = await members.signedIn(ws, { email: 'dlm@builder.example', name: 'Dana Planner', role: 'planner', locale: 'en', path: '/campaigns' });
    const builder = new CampaignBuilderPage(page);
    await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    await page.getByRole('heading', { name: 'No campaign yet' }).waitFor();
    await checkScreen(page, 'campaigns-empty-en');

    // A campaign for the session, with its survey link and sender.
    await page.getByRole('button', { name: 'New campaign' }).first().click();
    const form = builder.dialog();
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Hybrid teams — spring');
    await builder.choose(form, 'Course', 'Leading hybrid teams');
    await builder.choose(form, 'Session', new RegExp(startsAt.setLocale('en').toFormat('LLL d, yyyy')));
    await form.getByLabel('Sender address').fill('academy@builder.example');
    await form.getByLabel('Survey link').fill('not a link');
    await form.getByRole('button', { name: 'Create the campaign' }).click();
    await form.getByText('An address starting with http:// or https://').waitFor();
    await form.getByLabel('Survey link').fill('https://forms.example.com/hybrid');
    await form.getByRole('button', { name: 'Create the campaign' }).click();
    await builder.heading('Hybrid teams — spring').waitFor();
    await page.getByRole('heading', { name: 'No step yet' }).waitFor();
    await checkScreen(page, 'campaign-builder-empty-en');

    // Eight steps from the starter library, placed around the session.
    await builder.addStep({ template: 'Teaser — something is coming', days: 21, time: '09:00' });
    await builder.addStep({ template: 'Invitation — enrolment is open', days: 14, time: '09:00' });
    await builder.addStep({ template: 'Enrolment reminder', days: 7, time: '21:00' });
    await builder.addStep({ template: 'Last call — seats left', days: 7, time: '22:00' });
    await builder.addStep({ template: 'Practical information — the day before', phase: 'Before', days: 1, direction: 'before', time: '10:00' });
    await builder.addStep({ template: 'Welcome aboard', days: 0, time: '08:30' });
    await builder.addStep({ template: 'Mid-course nudge', days: 1, direction: 'after', time: '12:00' });
    await builder.addStep({ template: 'Feedback survey', days: 1, time: '09:00' });
    for (const name of ['Teaser — something is coming', 'Last call — seats left', 'Welcome aboard', 'Feedback survey']) await builder.card(name).waitFor();
    const campaignId = page.url().split('/').pop()!;
    const steps = (await h.t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.key)).expect(200)).body.steps as Array<{ name: string; anchor: string; offset: string; localTime: string }>;
    expect(steps.map((s) => [s.anchor, s.offset, s.localTime])).toEqual([
      ['session_start', '-P21D', '09:00'],
      ['session_start', '-P14D', '09:00'],
      ['session_start', '-P7D', '21:00'],
      ['session_start', '-P7D', '22:00'],
      ['session_start', '-P1D', '10:00'],
      ['session_start', 'PT0M', '08:30'],
      ['session_start', 'P1D', '12:00'],
      ['session_end', 'P1D', '09:00'],
    ]);

    // The dry run: a lane per zone of the audience, and the evening steps the quiet hours pile up, in words.
    const lanes = page.getByRole('region', { name: 'Local send times by time zone' });
    for (const zone of ['Paris', 'New York', 'Tokyo']) await lanes.getByRole('columnheader', { name: zone }).waitFor();
    await builder.warnings().filter({ hasText: '“Enrolment reminder” lands at the same minute as “Last call — seats left”' }).first().waitFor();
    await page.getByText('Nothing stands in the way of the launch.').waitFor();
    await checkScreen(page, 'campaign-builder-en');

    // A step opened: everything it holds, editable.
    await builder.card('Welcome aboard').click();
    await builder.dialog().getByRole('heading', { name: 'Step “Welcome aboard”' }).waitFor();
    // The step shows the template and version it pins.
    const template = builder.dialog().getByRole('textbox', { name: 'Template', exact: true }).or(builder.dialog().getByRole('combobox', { name: 'Template', exact: true })).first();
    await waitUntil('the pinned template', async () => (await template.inputValue()) === 'Welcome aboard');
    await checkScreen(page, 'campaign-step-form-en');
    await builder.dialog().getByRole('button', { name: 'Cancel' }).click();

    // Launch: the confirmation says what will happen, with the dry run's numbers.
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
    const confirm = builder.dialog();
    await confirm.getByText('4 learners in the audience').waitFor();
    await confirm.getByText(/messages planned over 8 steps/).waitFor();
    await confirm.getByText('warnings of the dry run still stand', { exact: false }).waitFor();
    await checkScreen(page, 'campaign-launch-confirm-en');
    await confirm.getByRole('button', { name: 'Launch the campaign' }).click();
    await page.getByText('Scheduled', { exact: true }).waitFor();
    const launched = (await h.t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.key)).expect(200)).body;
    expect(launched.status).toBe('scheduled');

    // An enrolled learner, then the session moves by a day: the engine adds a change notice, drawn on the timeline.
    const api = h.t.http();
    await api.post(`/v1/sessions/${launched.sessionId}/enrollments`).set(...bearer(ws.key)).send({ externalId: 'L-0' }).expect(201);
    const moved = { startsAt: startsAt.plus({ days: 1 }).toISO(), endsAt: startsAt.plus({ days: 3, hours: 8 }).toISO() };
    const told = await api.post(`/v1/sessions/${launched.sessionId}/change-preview`).set(...bearer(ws.key)).send(moved).expect(200);
    expect(told.body).toMatchObject({ change: 'reschedule', toldByEmail: 1 });
    await api.patch(`/v1/sessions/${launched.sessionId}`).set(...bearer(ws.key)).send(moved).expect(200);
    await waitUntil('the change notice step', async () => {
      await h.tick();
      const { steps: now } = (await api.get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.key))).body;
      return now.some((s: { notice: string | null }) => s.notice === 'session_changed');
    });
    await page.reload();
    await page.getByText('Change notice', { exact: true }).first().waitFor();
    await checkScreen(page, 'campaign-builder-notice-en');

    // In French: the list, the builder, and a copy onto the next session.
    const fr = await frenchPlanner();
    await fr.getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
    await fr.getByRole('link', { name: 'Hybrid teams — spring' }).first().waitFor();
    // Running by now: the worker has planned it since the session moved.
    await fr.getByText('En cours', { exact: true }).filter({ visible: true }).first().waitFor();
    await checkScreen(fr, 'campaigns-list-fr');
    await fr.getByRole('link', { name: 'Hybrid teams — spring' }).first().click();
    await fr.getByRole('heading', { level: 1, name: 'Hybrid teams — spring' }).waitFor();
    await fr.getByRole('listitem').filter({ hasText: 'arrive à la même minute que « Last call — seats left »' }).first().waitFor();
    await checkScreen(fr, 'campaign-builder-fr');
    await fr.getByRole('button', { name: 'Plus' }).click();
    await fr.getByRole('menuitem', { name: 'Copier sur une autre session' }).click();
    const clone = fr.getByRole('dialog');
    await new CampaignBuilderPage(fr).choose(clone, /^Session de la formation/, new RegExp(startsAt.plus({ days: 63 }).setLocale('fr').toFormat('d LLL yyyy').replace('.', '\\.?')));
    await checkScreen(fr, 'campaign-clone-fr');
    await clone.getByRole('button', { name: 'Créer la copie' }).click();
    await fr.getByRole('heading', { level: 1, name: 'Hybrid teams — spring (copie)' }).waitFor();
    await fr.getByText('Brouillon').first().waitFor();
    const copyId = fr.url().split('/').pop()!;
    const copy = await waitUntil('the copy', async () => (await h.t.http().get(`/v1/campaigns/${copyId}`).set(...bearer(ws.key))).body);
    expect(copy.steps.map((s: { offset: string }) => s.offset)).toEqual(steps.map((s) => s.offset));
  });

  it('sets the goal, ambassadors and costs of a running campaign in its settings, and opens a follow-up step narrowed to a retargeted segment, pausing first', async () => {
    const api = h.t.http();
    const list = (await api.get('/v1/campaigns').set(...bearer(ws.key)).expect(200)).body.items as Array<{ id: string; name: string; status: string }>;
    const running = list.find((c) => c.name === 'Hybrid teams — spring')!;
    await h.t.dataSource.query(`UPDATE campaigns SET status = 'running' WHERE id = $1`, [running.id]);
    const fr = await frenchPlanner('cdf2@builder.example');
    await fr.getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
    await fr.goto(`/campaigns/${running.id}`);
    await fr.getByRole('heading', { level: 1, name: 'Hybrid teams — spring' }).waitFor();
    // A launched campaign leads to its report.
    await fr.getByRole('link', { name: /Voir le bilan/ }).waitFor();

    // Running: the settings hold what is not the sending plan.
    await fr.getByRole('button', { name: 'Plus' }).click();
    await fr.getByRole('menuitem', { name: 'Réglages de la campagne' }).click();
    const settings = fr.getByRole('dialog');
    await settings.getByText('Le plan d’envoi, lui, seulement en pause', { exact: false }).waitFor();
    await settings.getByRole('textbox', { name: /Objectif d’inscriptions/ }).fill('40');
    const picker = settings.getByRole('textbox', { name: /Apprenants ambassadeurs/ }).or(settings.getByRole('combobox', { name: /Apprenants ambassadeurs/ })).first();
    await picker.click();
    await picker.pressSequentially('Learner 1');
    await fr.getByRole('option', { name: /Learner 1/ }).first().click();
    await settings.getByRole('textbox', { name: /Coût de production/ }).fill('1200');
    await settings.getByRole('textbox', { name: /Devise/ }).fill('eur');
    await checkScreen(fr, 'campaign-settings-goal-fr');
    await settings.getByRole('button', { name: 'Enregistrer' }).click();
    await fr.getByText('Réglages enregistrés.').waitFor();
    const saved = (await api.get(`/v1/campaigns/${running.id}`).set(...bearer(ws.key)).expect(200)).body;
    expect(saved).toMatchObject({ status: 'running', goalEnrolments: 40, ambassadorIds: [expect.any(String)] });
    expect((await api.get(`/v1/campaigns/${running.id}/costs`).set(...bearer(ws.key)).expect(200)).body).toMatchObject({ production: 1200, currency: 'EUR' });

    // The report's "Recibler" link: the builder offers the pause, then the form narrowed to the segment.
    const [segment] = await h.t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO segments (workspace_id, name, rule, kind, frozen_at) VALUES ($1, 'Relance — cliqués sans inscription', '{}'::jsonb, 'static', now()) RETURNING id`,
      [ws.id],
    );
    await fr.goto(`/campaigns/${running.id}?addStep=1&segmentId=${segment!.id}`);
    await fr.getByText('Le plan se modifie campagne en pause', { exact: false }).waitFor();
    await checkScreen(fr, 'campaign-follow-up-pause-fr');
    await fr.getByRole('button', { name: 'Mettre en pause et ajouter l’étape' }).click();
    const step = fr.getByRole('dialog');
    await step.getByRole('heading', { name: 'Ajouter une étape' }).waitFor();
    const narrowed = step.getByRole('textbox', { name: 'Seulement ce segment' }).or(step.getByRole('combobox', { name: 'Seulement ce segment' })).first();
    await waitUntil('the segment in the form', async () => (await narrowed.inputValue()) === 'Relance — cliqués sans inscription');
    await checkScreen(fr, 'campaign-follow-up-step-fr');
    expect((await api.get(`/v1/campaigns/${running.id}`).set(...bearer(ws.key)).expect(200)).body.status).toBe('paused');
  });

  async function frenchPlanner(email = 'cdf@builder.example'): Promise<Page> {
    const { page } = await members.signedIn(ws, { email, name: 'Camille Chargée de formation', role: 'planner', locale: 'fr', path: '/campaigns' });
    return page;
  }
});
