import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { waitUntil } from '../support/test-worker';
import { checkScreen, ConsoleHarness } from './support/browser';
import { Members } from './support/members';
import { CoursesPage } from './pages/courses.page';
import { CsvImportPage } from './pages/csv-import.page';
import { SettingsPage } from './pages/settings.page';

// Signing in needs the people API (accounts, invitations, sessions): these run once it is in this checkout.
const peopleApi = existsSync(join(__dirname, '..', '..', 'src', 'modules', 'people'));
const describePeople = peopleApi ? describe : describe.skip;

describePeople('Console: courses, sessions and settings', () => {
  let h: ConsoleHarness;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
  });
  afterAll(() => h?.close());

  /** A fresh workspace in Europe/Paris. */
  async function parisWorkspace(): Promise<TestWorkspace> {
    const ws = await h.t.createWorkspace();
    await h.t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: 'Europe/Paris' }).expect(200);
    return ws;
  }

  /** Invites `email` with `role` through the API and accepts in a new browser context; the signed-in page. */
  async function signedIn(ws: TestWorkspace, email: string, role: string, name: string, locale: 'en' | 'fr', viewport: 'desktop' | 'phone' = 'desktop'): Promise<Page> {
    return (await members.invited(ws, { email, role, name, locale, viewport })).page;
  }

  async function sessionsOf(ws: TestWorkspace, courseId: string) {
    const res = await h.t.http().get(`/v1/courses/${courseId}/sessions`).set(...bearer(ws.key)).expect(200);
    return res.body.items as { id: string; startsAt: string; endsAt: string; timeZone: string }[];
  }

  it('planner work as an admin: a course, a session in New York, a reschedule; rules saved; an API key shown once (EN)', async () => {
    const ws = await parisWorkspace();
    const page = await signedIn(ws, `admin-${ws.slug}@example.test`, 'admin', 'Dana Leclerc', 'en');
    const courses = new CoursesPage(page);

    await courses.open();
    await page.getByRole('heading', { name: 'No courses yet' }).waitFor();
    await checkScreen(page, 'courses-empty-en');

    await courses.createCourse('Managing a hybrid team', 'Blended');
    await page.getByRole('heading', { level: 1, name: 'Managing a hybrid team' }).waitFor();
    const courseId = /\/courses\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    // A session in New York while the workspace is in Paris: 9:00 in New York on 2 March 2027 (EST, UTC−5).
    await page.getByRole('button', { name: 'Schedule a session' }).click();
    const dialog = page.getByRole('dialog');
    // The workspace's zone is the default.
    expect(await dialog.getByRole('combobox', { name: /^Time zone of the session/ }).inputValue()).toBe('Europe/Paris');
    await dialog.getByLabel('Name of the session').fill('New York cohort');
    // Escape meant for the calendar closes the calendar, not the dialog (nor what was typed).
    await dialog.getByRole('textbox', { name: 'Starts — Date' }).click();
    await page.locator('[data-dates-dropdown]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-dates-dropdown]').waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Name of the session').inputValue()).toBe('New York cohort');
    // A zone is found by city or country; text that names none stays, flagged, never replaced.
    const zone = dialog.getByRole('combobox', { name: /^Time zone of the session/ });
    await zone.fill('Atlantis');
    await zone.blur();
    await dialog.getByText('“Atlantis” is no time zone', { exact: false }).waitFor();
    expect(await zone.inputValue()).toBe('Atlantis');
    await checkScreen(page, 'session-form-zone-error-en');
    await courses.pickZone(dialog, 'New York', 'America/New York');
    await courses.setDateTime(dialog, 'Starts', '03/02/2027', '09:00');
    await courses.setDateTime(dialog, 'Ends', '03/02/2027', '17:00');
    await dialog.getByText('UTC-05:00 (America/New_York)').first().waitFor();
    await dialog.getByLabel(/^Capacity/).fill('12');
    await checkScreen(page, 'session-form-en');
    await dialog.getByRole('button', { name: 'Schedule a session' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const [stored] = await sessionsOf(ws, courseId);
    expect(stored!.timeZone).toBe('America/New_York');
    expect(new Date(stored!.startsAt).toISOString()).toBe('2027-03-02T14:00:00.000Z');
    expect(new Date(stored!.endsAt).toISOString()).toBe('2027-03-02T22:00:00.000Z');
    await courses.sessionsTable().getByText('12 of 12').waitFor();
    await courses.sessionsTable().getByText(/Your time: .*\(/).first().waitFor();
    await checkScreen(page, 'course-en');

    // A draft campaign and a launched one on the session, with one learner enrolled: the reschedule
    // confirmation says what happens to each, and how many people the change notice will reach.
    const api = h.t.http();
    await api.post('/v1/campaigns').set(...bearer(ws.key)).send({ name: 'Spring push', courseId, sessionId: stored!.id }).expect(201);
    await api.post('/v1/templates/install-starters').set(...bearer(ws.key)).expect((res) => expect(res.status).toBeLessThan(300));
    const invitation = (await api.get('/v1/templates').query({ purpose: 'invitation' }).set(...bearer(ws.key)).expect(200)).body.items[0];
    const template = (await api.get(`/v1/templates/${invitation.id}`).set(...bearer(ws.key)).expect(200)).body;
    await api.post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'E-1', email: 'camille@example.test', firstName: 'Camille', timeZone: 'America/New_York' }).expect(201);
    await api.post(`/v1/sessions/${stored!.id}/enrollments`).set(...bearer(ws.key)).send({ externalId: 'E-1' }).expect(201);
    const step = { name: 'Invitation', phase: 'before', anchor: 'session_start', offset: '-P14D', localTime: '09:00', channel: 'email', templateVersionId: template.versions[0].id };
    const launched = await api.post('/v1/campaigns').set(...bearer(ws.key)).send({ name: 'March invitations', courseId, sessionId: stored!.id, senderName: 'Learning', senderEmail: 'learning@example.test', links: { enrol: 'https://lms.example.test/enrol' }, steps: [step] }).expect(201);
    await api.post(`/v1/campaigns/${launched.body.id}/launch`).set(...bearer(ws.key)).expect((res) => expect(res.status).toBeLessThan(300));
    await courses.sessionsTable().getByRole('button', { name: 'Edit or reschedule New York cohort' }).click();
    await courses.setDateTime(dialog, 'Starts', '03/02/2027', '10:00');
    await courses.setDateTime(dialog, 'Ends', '03/02/2027', '18:00');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Reschedule the session?').waitFor();
    await dialog.getByText(/^1 launched campaign is built on this session/).waitFor();
    const told = dialog.getByRole('group', { name: 'What the change does:' });
    await told.getByText('1 person invited or enrolled will be told by email, with the updated calendar invite.').waitFor();
    await told.getByText('1 planned step moves with the new dates.').waitFor();
    await dialog.getByText('1 draft campaign will use the new dates when it is launched.').waitFor();
    await checkScreen(page, 'reschedule-confirmation-en');
    await dialog.getByRole('button', { name: 'Reschedule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntil('the session rescheduled', async () => (await sessionsOf(ws, courseId))[0]!.startsAt.startsWith('2027-03-02T10:00:00.000-05:00'));

    // Sending rules: quiet hours on, saved.
    const settings = new SettingsPage(page);
    await settings.openRules();
    await page.getByRole('switch', { name: /Quiet hours/ }).check({ force: true });
    await page.getByText('Sun', { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'Sun' }).isChecked()).toBe(false);
    await settings.saveRulesButton().click();
    await page.getByText('Rules saved.').waitFor();
    const rules = (await h.t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200)).body;
    expect(rules.quietHours).toEqual({ start: '20:00', end: '08:00' });
    expect(rules.allowedWeekdays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    // Opens in aggregate only: saved once the dialog that says what stays is confirmed.
    // A click, not check(): the radio turns while the save is under way, after check() has looked.
    await page.getByRole('radio', { name: /^In aggregate only/ }).click({ force: true });
    await page.getByRole('dialog', { name: 'Count opens in aggregate only?' }).getByRole('button', { name: 'Count in aggregate' }).click();
    await page.getByText('Opens are now counted in aggregate only.').waitFor();
    expect((await h.t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200)).body.openTracking).toBe('aggregate');
    await checkScreen(page, 'settings-rules-en');

    // An API key: shown once, and it works.
    await settings.openApiKeys();
    const { secret, dialog: keyDialog } = await settings.createKey('HR sync', 'Editor');
    await keyDialog.getByText(/Copy this key now/).waitFor();
    await checkScreen(page, 'api-key-created-en');
    await h.t.http().get('/v1/workspace').set(...bearer(secret)).expect(200);
    await keyDialog.getByRole('button', { name: 'I have copied the key' }).click();
    await settings.keysTable().getByText('HR sync').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    await checkScreen(page, 'api-keys-en');
    await page.context().close();
  }, 480_000);

  it('planner: imports a session’s enrolments from a CSV file, reads the row errors and downloads them (FR)', async () => {
    const ws = await parisWorkspace();
    const api = h.t.http();
    for (const [externalId, email] of [['FR-1', 'ines.moreau@exemple.fr'], ['FR-2', 'hugo.petit@exemple.fr']]) {
      await api.post('/v1/learners').set(...bearer(ws.key)).send({ externalId, email }).expect(201);
    }
    const course = (await api.post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Sécurité au travail', modality: 'in_person' }).expect(201)).body;
    const session = (
      await api
        .post(`/v1/courses/${course.id}/sessions`)
        .set(...bearer(ws.key))
        .send({ title: 'Session de Lyon', startsAt: '2030-03-02T09:00:00+01:00', endsAt: '2030-03-02T17:00:00+01:00', capacity: 20 })
        .expect(201)
    ).body;
    const page = await signedIn(ws, `planner-${ws.slug}@example.test`, 'planner', 'Paula Planif', 'fr');

    await page.goto(`/courses/${course.id}/sessions/${session.id}`);
    await page.getByRole('heading', { level: 1, name: 'Session de Lyon' }).waitFor();
    await page.getByRole('link', { name: 'Importer un fichier CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des inscriptions' }).waitFor();

    // An LMS export: semicolons, its own column names beside the import's, one unknown address.
    const file = Buffer.from('email;status;Groupe\r\nines.moreau@exemple.fr;enrolled;A\r\nhugo.petit@exemple.fr;completed;B\r\ninconnu@exemple.fr;enrolled;A\r\n', 'utf8');
    const csv = new CsvImportPage(page);
    await csv.chooseFile('inscriptions-lyon.csv', file);
    expect(await csv.readAs('email')).toBe('E-mail');
    expect(await csv.readAs('Groupe')).toBe('Ignorée (cet import ne lit pas cette colonne)');
    await csv.sample().getByText('hugo.petit@exemple.fr').waitFor();
    await checkScreen(page, 'enrolments-import-preview-fr');

    await csv.importFile();
    expect(await csv.count(/^Créés$/)).toContain('2');
    expect(await csv.count(/^Non importés$/)).toContain('1');
    await csv.errors().getByText('inconnu@exemple.fr').first().waitFor();
    // The api's reason, said in French by its code.
    await csv.errors().getByRole('cell', { name: 'Aucun apprenant de l’espace n’a ce matricule ou cet e-mail', exact: true }).waitFor();
    await checkScreen(page, 'enrolments-import-result-fr');
    const download = await csv.downloadErrors();
    expect(download.suggestedFilename()).toMatch(/^inscriptions-lyon-.+\.csv$/);
    const lines = readFileSync(await download.path()).toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^email;status;Groupe;/);
    expect(lines[1]).toBe('inconnu@exemple.fr;enrolled;A;email: Aucun apprenant de l’espace n’a ce matricule ou cet e-mail');

    await page.getByRole('link', { name: /^← Session de Lyon$/ }).click();
    const enrolments = page.getByRole('region', { name: 'Inscriptions de la session' });
    await enrolments.getByText('hugo.petit@exemple.fr').waitFor();
    await enrolments.getByText('ines.moreau@exemple.fr').waitFor();
    await page.getByText('18 sur 20').waitFor();

    // Enrol one more by name, picked from the api's search; then someone already there, which changes nothing.
    await api.post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'FR-3', email: 'lea.fontaine@exemple.fr', firstName: 'Léa', lastName: 'Fontaine', department: 'Ventes' }).expect(201);
    await page.getByRole('button', { name: 'Inscrire un apprenant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inscrire un apprenant' });
    await dialog.getByRole('combobox', { name: /^Apprenant/ }).fill('fontaine');
    const lea = page.getByRole('option', { name: /Léa Fontaine/ });
    await lea.getByText('lea.fontaine@exemple.fr').waitFor();
    await lea.getByText(/Ventes/).waitFor();
    await checkScreen(page, 'enrol-picker-fr');
    await lea.click();
    await dialog.getByRole('button', { name: 'Inscrire', exact: true }).click();
    await page.getByText('Léa Fontaine rejoint la session avec le statut «\u00a0Inscrit\u00a0».').waitFor();
    await enrolments.getByText('Léa Fontaine').waitFor();
    await page.getByText('17 sur 20').waitFor();

    await page.getByRole('button', { name: 'Inscrire un apprenant' }).click();
    await dialog.getByRole('combobox', { name: /^Apprenant/ }).fill('ines.mor');
    await page.getByRole('option', { name: 'ines.moreau@exemple.fr' }).click();
    await dialog.getByRole('button', { name: 'Inscrire', exact: true }).click();
    await dialog.getByRole('status').getByText('ines.moreau@exemple.fr est déjà dans cette session avec le statut «\u00a0Inscrit\u00a0» : rien n’a changé.').waitFor();
    await checkScreen(page, 'enrol-unchanged-fr');
    await page.getByText('17 sur 20').waitFor();
    await page.context().close();
  }, 480_000);

  it('viewer: sees courses and settings with no write button, and the API refuses their writes (FR)', async () => {
    const ws = await parisWorkspace();
    const course = (await h.t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Manager à distance', modality: 'virtual_classroom' }).expect(201)).body;
    await h.t
      .http()
      .post(`/v1/courses/${course.id}/sessions`)
      .set(...bearer(ws.key))
      .send({ title: 'Promotion de mars', startsAt: '2027-03-02T09:00:00+01:00', endsAt: '2027-03-02T17:00:00+01:00', capacity: 20 })
      .expect(201);
    const page = await signedIn(ws, `viewer-${ws.slug}@example.test`, 'viewer', 'Victor Lecteur', 'fr');
    const courses = new CoursesPage(page);

    await courses.open();
    await courses.coursesTable().getByRole('link', { name: 'Manager à distance' }).waitFor();
    expect(await courses.newCourseButton().count()).toBe(0);
    await checkScreen(page, 'courses-viewer-fr');

    await courses.coursesTable().getByRole('link', { name: 'Manager à distance' }).click();
    await courses.sessionsTable().getByText('20 sur 20').waitFor();
    expect(await page.getByRole('button', { name: /^(Planifier une session|Modifier la formation|Supprimer la formation)$/ }).count()).toBe(0);
    expect(await courses.sessionsTable().getByRole('button', { name: /^(Modifier ou reprogrammer|Annuler) / }).count()).toBe(0);
    await checkScreen(page, 'course-viewer-fr');

    const settings = new SettingsPage(page);
    await settings.openRules();
    await page.getByText('Seuls les administrateurs peuvent modifier ces réglages.').waitFor();
    expect(await settings.saveRulesButton().count()).toBe(0);
    await page.getByText(/^Les ouvertures sont conservées par apprenant/).waitFor();
    await checkScreen(page, 'settings-rules-viewer-fr');
    await settings.openApiKeys();
    await settings.keysTable().waitFor();
    expect(await settings.createKeyButton().count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Révoquer/ }).count()).toBe(0);

    // The console hides the buttons; the API refuses the writes all the same.
    const statuses = await page.evaluate(
      async ({ workspaceId, courseId }) => {
        const session = (await (await fetch('/v1/auth/session')).json()) as { csrfToken: string };
        const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken, 'X-Clarion-Workspace': workspaceId };
        const write = (method: string, path: string, body: unknown) => fetch(path, { method, headers, body: JSON.stringify(body) }).then((r) => r.status);
        return [
          await write('POST', '/v1/courses', { title: 'Sneaky', modality: 'mooc' }),
          await write('PATCH', `/v1/courses/${courseId}`, { title: 'Renamed' }),
          await write('PATCH', '/v1/workspace', { frequencyCap: 1 }),
          await write('POST', '/v1/api-keys', { name: 'Mine', role: 'admin' }),
        ];
      },
      { workspaceId: ws.id, courseId: course.id },
    );
    expect(statuses).toEqual([403, 403, 403, 403]);
    await page.context().close();
  }, 480_000);
});
