import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { CsvImportPage } from './pages/csv-import.page';
import { LearnersPage } from './pages/learners.page';
import { SignInPage } from './pages/sign-in.page';
import { checkScreen, ConsoleHarness } from './support/browser';
import { Members, PASSWORD } from './support/members';

// Signing in needs the people API (accounts, invitations, sessions): the journey runs once it is in this checkout.
const peopleApi = existsSync(join(__dirname, '..', '..', 'src', 'modules', 'people'));
const describePeople = peopleApi ? describe : describe.skip;

// What a French HR team exports from Excel: Windows-1252, semicolons, French headers, CRLF; row 4 has a bad email.
const FRENCH_EXCEL = iconv.encode(
  [
    'Matricule;Prénom;Nom;Adresse e-mail;Service;Site;Pays;Date d’embauche;Centre de coût',
    'FR-001;Françoise;Lefèvre;francoise.lefevre@exemple.fr;Ressources humaines;Lyon;FR;15/03/2021;CC-210',
    'FR-002;Zoë;Œillet;zoe.oeillet@exemple.fr;Achats – Europe;Paris;FR;01/09/2019;CC-118',
    'FR-003;Hélène;Gaßner;helene.gassner(at)exemple.fr;Ventes;Lyon;FR;02/01/2024;CC-305',
    'FR-004;Benoît;Dupré;benoit.dupre@exemple.fr;Ventes;Bordeaux;FR;10/10/2020;CC-305',
  ].join('\r\n') + '\r\n',
  'windows-1252',
);

// A "CSV UTF-8" export: BOM, commas, English headers.
const UTF8_BOM = Buffer.from(
  '\uFEFFexternal_id,email,first_name,last_name,department,site,country,locale\n' +
    'UK-001,amelia.clarke@example.co.uk,Amelia,Clarke,Sales,London,GB,en-GB\n' +
    'DE-001,jurgen.muller@example.de,Jürgen,Müller,Finance,Berlin,DE,de-DE\n',
  'utf8',
);

describePeople('Console: learners journeys', () => {
  let h: ConsoleHarness;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
  });
  afterAll(() => h?.close());

  /** A planner who accepted their invitation: signed in, on the learners page. */
  async function plannerPage(ws: TestWorkspace): Promise<{ page: Page; email: string }> {
    const email = `planner-${ws.slug}@example.test`;
    const { page } = await members.invited(ws, { email, role: 'planner', name: 'Paula Planner' });
    await new LearnersPage(page).heading().waitFor();
    return { page, email };
  }

  /** Gives a learner some history: an enrolment, a sent invitation, an open and a click, a skipped reminder. */
  async function seedHistory(ws: TestWorkspace, learnerId: string): Promise<void> {
    const q = async (sql: string, params: unknown[]) => ((await h.t.dataSource.query(sql, params)) as Array<{ id: string }>)[0]?.id;
    const courseId = await q(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Manager en transition', 'blended') RETURNING id`, [ws.id]);
    const sessionId = await q(
      `INSERT INTO course_sessions (workspace_id, course_id, title, starts_at, ends_at, time_zone)
       VALUES ($1, $2, 'Lyon, printemps', now() + interval '20 days', now() + interval '21 days', 'Europe/Paris') RETURNING id`,
      [ws.id, courseId],
    );
    const campaignId = await q(`INSERT INTO campaigns (workspace_id, name, course_id, session_id, status) VALUES ($1, 'Lancement printemps', $2, $3, 'running') RETURNING id`, [
      ws.id,
      courseId,
      sessionId,
    ]);
    const step = (position: number, name: string) =>
      q(
        `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
         VALUES ($1, $2, $3, $4, 'before', 'session_start', '-P14D', 'email', gen_random_uuid()) RETURNING id`,
        [ws.id, campaignId, position, name],
      );
    const invitation = await step(1, 'Invitation');
    const reminder = await step(2, 'Relance');
    const sent = await q(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, status, scheduled_at, sent_at)
       VALUES ($1, $2, $3, $4, 'email', gen_random_uuid(), 'sent', now() - interval '3 days', now() - interval '3 days') RETURNING id`,
      [ws.id, campaignId, invitation, learnerId],
    );
    await q(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, status, reason, scheduled_at)
       VALUES ($1, $2, $3, $4, 'email', gen_random_uuid(), 'skipped', 'frequency_cap', now() - interval '1 day') RETURNING id`,
      [ws.id, campaignId, reminder, learnerId],
    );
    for (const [kind, ago] of [['opened', '70 hours'], ['clicked', '69 hours'], ['enrolled', '68 hours']] as const) {
      await q(
        `INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, course_id, session_id, source, idempotency_key)
         VALUES ($1, $2, now() - $3::interval, $4, $5, $6, $7, 'email', $8, $9, 'tracking', gen_random_uuid()::text) RETURNING id`,
        [ws.id, kind, ago, learnerId, sent, campaignId, invitation, courseId, sessionId],
      );
    }
    await q(
      `INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, enrolled_at, created_at)
       VALUES ($1, $2, $3, $4, 'enrolled', now() - interval '68 hours', now() - interval '68 hours') RETURNING id`,
      [ws.id, sessionId, courseId, learnerId],
    );
  }

  // Long: six screens, each with screenshots and axe at two widths.
  it('planner: imports a French Excel file and a UTF-8 file, reads the row errors, downloads them, opens a learner’s timeline', async () => {
    const ws = await h.t.createWorkspace();
    const { page, email } = await plannerPage(ws);
    const learners = new LearnersPage(page);
    await page.getByRole('heading', { name: 'No learners yet' }).waitFor();
    await checkScreen(page, 'learners-empty');

    // The French Excel file: the preview maps its French headers, reads Windows-1252 and its accents.
    await learners.startImport();
    const csv = new CsvImportPage(page);
    await csv.chooseFile('export-rh.csv', FRENCH_EXCEL);
    expect(await csv.readAs('Prénom')).toBe('First name');
    expect(await csv.readAs('Adresse e-mail')).toBe('Email');
    expect(await csv.readAs('Matricule')).toBe('Employee ID');
    expect(await csv.readAs('Centre de coût')).toMatch(/^Attribute “/);
    await page.getByText('Encoding: WINDOWS-1252').waitFor();
    await csv.sample().getByRole('cell', { name: 'Lefèvre' }).waitFor();
    // The bad email of row 4 is flagged before the import, quoted as written.
    const problem = csv.sampleProblems().getByRole('row').filter({ hasText: 'helene.gassner(at)exemple.fr' });
    expect(await problem.getByRole('cell').allInnerTexts()).toEqual(['4', 'Adresse e-mail', 'helene.gassner(at)exemple.fr', 'Not a valid email address']);
    // No consent column: the preview says what the import will do, and it stays as it was unless changed.
    await page.getByRole('note').filter({ hasText: 'No consent column' }).getByText(/new learners will be imported as consenting/).waitFor();
    await checkScreen(page, 'learners-import-preview');

    await csv.importFile();
    expect(await csv.count(/^Created$/)).toContain('3');
    expect(await csv.count(/^Not imported$/)).toContain('1');
    const errorRow = csv.errors().getByRole('row').filter({ hasText: 'helene.gassner(at)exemple.fr' });
    expect(await errorRow.getByRole('cell').first().innerText()).toBe('4');
    await errorRow.getByRole('cell', { name: 'Adresse e-mail' }).waitFor();
    await checkScreen(page, 'learners-import-result');

    // The error file: the failed row as written, with its error, UTF-8 with a BOM, separated by semicolons.
    const download = await csv.downloadErrors();
    expect(download.suggestedFilename()).toBe('export-rh-errors.csv');
    const errorFile = readFileSync(await download.path());
    expect([...errorFile.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = errorFile.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Matricule;Prénom;Nom;Adresse e-mail;Service;Site;Pays;Date d’embauche;Centre de coût;Errors');
    expect(lines[1]).toMatch(/^FR-003;Hélène;Gaßner;helene\.gassner\(at\)exemple\.fr;Ventes;Lyon;FR;02\/01\/2024;CC-305;.*Adresse e-mail: /);
    expect(lines).toHaveLength(3);

    // The UTF-8 file with a BOM.
    await csv.importAnother();
    await csv.chooseFile('staff-utf8.csv', UTF8_BOM);
    expect(await csv.readAs('external_id')).toBe('Employee ID');
    await page.getByText('Encoding: UTF-8').waitFor();
    await csv.importFile();
    expect(await csv.count(/^Created$/)).toContain('2');
    await page.getByText('Every row was read.').waitFor();

    // The table: accents intact, search and filters in the URL.
    await page.getByRole('link', { name: 'Back to learners' }).click();
    await learners.table().getByRole('link', { name: 'Françoise Lefèvre' }).waitFor();
    await learners.table().getByRole('link', { name: 'Jürgen Müller' }).waitFor();
    await page.getByText('1–5 of 5').waitFor();
    await checkScreen(page, 'learners-table');
    await learners.search('lefèvre');
    await page.waitForURL(/q=lef%C3%A8vre|q=lefèvre/);
    await page.getByText('1–1 of 1').waitFor();
    await learners.filter(/^Department$/, /^Ventes \(1\)$/);
    await page.getByRole('heading', { name: 'No learner matches' }).waitFor();
    await page.goBack();
    await page.getByText('1–1 of 1').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('1–5 of 5').waitFor();

    // A learner's page and timeline.
    const [{ id: learnerId }] = (await h.t.dataSource.query(`SELECT id FROM learners WHERE workspace_id = $1 AND external_id = 'FR-001'`, [ws.id])) as Array<{ id: string }>;
    await seedHistory(ws, learnerId);
    await learners.openLearner('Françoise Lefèvre');
    await page.getByRole('heading', { level: 1, name: 'Françoise Lefèvre' }).waitFor();
    const timeline = page.getByRole('list', { name: 'What happened to this learner, newest first' });
    // A message says what it is and which step it belongs to.
    await timeline.getByText('Email not sent · step “Relance”').waitFor();
    await timeline.getByText('Reason: frequency cap reached').waitFor();
    await timeline.getByText('Enrolment in Manager en transition').waitFor();
    const titles = await timeline.locator('li').allInnerTexts();
    expect(titles[0]).toContain('Email not sent · step “Relance”');
    expect(titles.at(-1)).toContain('Email sent · step “Invitation”');
    await page.getByText('CC-210').waitFor(); // the cost centre, kept as an attribute
    await checkScreen(page, 'learner-page');

    // The same screens in French, in a new browser profile.
    const fr = await (await h.newContext('fr')).newPage();
    const signIn = new SignInPage(fr);
    await signIn.open('/learners');
    await signIn.signIn(email, PASSWORD);
    const frLearners = new LearnersPage(fr);
    await frLearners.table().getByRole('link', { name: 'Françoise Lefèvre' }).waitFor();
    // The account speaks English (it was set up in English): switch to French.
    await fr.getByRole('banner').getByText('FR', { exact: true }).click();
    await fr.getByRole('heading', { level: 1, name: 'Apprenants' }).waitFor();
    await fr.getByText('1–5 sur 5').waitFor();
    await checkScreen(fr, 'learners-table-fr');
    await frLearners.openLearner('Françoise Lefèvre');
    await fr.getByText('Motif : plafond de fréquence atteint').waitFor();
    await checkScreen(fr, 'learner-page-fr');

    // Changing the learner: the site, the network consent, an attribute.
    await fr.getByRole('button', { name: 'Modifier', exact: true }).click();
    const edit = fr.getByRole('dialog', { name: 'Modifier Françoise Lefèvre' });
    await edit.getByRole('textbox', { name: 'Site' }).fill('Lyon Part-Dieu');
    await edit.getByRole('switch', { name: /^Consentement réseau/ }).uncheck();
    await edit.getByRole('button', { name: 'Ajouter un attribut' }).click();
    await edit.getByRole('textbox', { name: 'Nom de l’attribut 2' }).fill('niveau');
    await edit.getByRole('textbox', { name: 'Valeur de l’attribut 2' }).fill('B2');
    await checkScreen(fr, 'learner-edit-fr');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await edit.waitFor({ state: 'detached' });
    await fr.getByText('Lyon Part-Dieu').waitFor();
    const [changed] = (await h.t.dataSource.query(`SELECT site, consent_network, attributes FROM learners WHERE id = $1`, [learnerId])) as Array<Record<string, unknown>>;
    expect(changed).toEqual({ site: 'Lyon Part-Dieu', consent_network: false, attributes: expect.objectContaining({ niveau: 'B2' }) });

    // Erasing another learner (GDPR): the confirmation says what goes, then the list.
    await fr.getByRole('link', { name: 'Apprenants', exact: true }).first().click();
    await frLearners.openLearner('Benoît Dupré');
    await fr.getByRole('button', { name: 'Effacer (RGPD)' }).click();
    const erase = fr.getByRole('dialog', { name: 'Effacer Benoît Dupré ?' });
    await erase.getByText('Cette action est irréversible.').waitFor();
    await checkScreen(fr, 'learner-erase-fr');
    await erase.getByRole('button', { name: 'Effacer définitivement' }).click();
    await fr.waitForURL(/\/learners$/);
    await fr.getByText('1–4 sur 4').waitFor();
    expect(await h.t.dataSource.query(`SELECT 1 FROM learners WHERE workspace_id = $1 AND external_id = 'FR-004'`, [ws.id])).toEqual([]);
    await fr.goto('/learners/import');
    const frCsv = new CsvImportPage(fr);
    await frCsv.chooseFile('export-rh.csv', FRENCH_EXCEL);
    expect(await frCsv.readAs('Prénom')).toBe('Prénom');
    // The api's note and row errors come in French, by their codes.
    await fr.getByText('Le fichier n’est pas en UTF-8 : il a été lu en WINDOWS-1252', { exact: false }).waitFor();
    await frCsv.sampleProblems().getByRole('row').filter({ hasText: 'helene.gassner(at)exemple.fr' }).getByRole('cell', { name: 'Adresse e-mail invalide', exact: true }).waitFor();
    const consent = fr.getByRole('note').filter({ hasText: 'Aucune colonne de consentement' });
    await consent.getByText(/seront importés comme consentants/).waitFor();
    // The planner chooses to import the new learners without consent.
    await consent.getByRole('radio', { name: 'Sans consentement' }).check();
    await consent.getByText(/seront importés sans consentement/).waitFor();
    await checkScreen(fr, 'learners-import-preview-fr');
    await frCsv.importFile();
    const frErrorRow = frCsv.errors().getByRole('row').filter({ hasText: 'helene.gassner(at)exemple.fr' });
    await frErrorRow.getByRole('cell', { name: 'Adresse e-mail invalide', exact: true }).waitFor();
    await checkScreen(fr, 'learners-import-result-fr');
    // FR-004, erased above, comes back as a new learner, without consent; the others keep theirs.
    const consents = (await h.t.dataSource.query(`SELECT external_id, consent_email FROM learners WHERE workspace_id = $1 AND external_id LIKE 'FR-%' ORDER BY external_id`, [ws.id])) as Array<{
      external_id: string;
      consent_email: boolean;
    }>;
    expect(consents).toEqual([
      { external_id: 'FR-001', consent_email: true },
      { external_id: 'FR-002', consent_email: true },
      { external_id: 'FR-004', consent_email: false },
    ]);
  }, 600_000);

  it('viewer: sees learners without any import button', async () => {
    const ws = await h.t.createWorkspace();
    await h.t.http().post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'V-1', email: 'lea.lefevre@example.test', firstName: 'Léa', lastName: 'Lefèvre' }).expect(201);
    const email = `viewer-${ws.slug}@example.test`;
    const { page } = await members.invited(ws, { email, role: 'viewer', name: 'Victor Viewer', viewport: 'phone' });
    const learners = new LearnersPage(page);
    await learners.cards().getByRole('link', { name: 'Léa Lefèvre' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import a CSV file' }).count()).toBe(0);
    await learners.cards().getByRole('link', { name: 'Léa Lefèvre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Léa Lefèvre' }).waitFor();
    expect(await page.getByRole('button', { name: /^(Edit|Erase \(GDPR\))$/ }).count()).toBe(0);
    await page.goto('/learners/import');
    await page.getByText('Only admins and planners can import learners.').waitFor();
  });
});
