import type { Page } from 'playwright-core';
import { PasswordHasher } from '../../src/modules/people/password-hasher';
import { UsersService } from '../../src/modules/people/users.service';
import { bearer, type TestWorkspace } from '../support/test-app';
import { join } from 'node:path';
import { ARTIFACTS, checkScreen, ConsoleHarness } from './support/browser';
import { SignInPage } from './pages/sign-in.page';
import { TemplatesPage } from './pages/templates.page';

const PASSWORD = 'correct horse battery staple';
const STARTER = 'Invitation — les inscriptions sont ouvertes';
const COPY = 'Invitation — cohorte de printemps';
const ADMIN_COPY = 'Invitation — cohorte d’automne';

type Role = 'admin' | 'planner' | 'editor' | 'viewer';

describe('Console: the template studio (library, preview, versions, review)', () => {
  let h: ConsoleHarness;
  let ws: TestWorkspace;

  beforeAll(async () => {
    // With a worker: test sends are sent by it, as campaign mail.
    h = await ConsoleHarness.start({ SCHEDULER_ENABLED: 'false' }, { worker: true });
    ws = await h.t.createWorkspace('Studio', { templateApproval: true });
    // A French comms team: starters install in French.
    await h.t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ defaultLocale: 'fr', timeZone: 'Europe/Paris' }).expect(200);
  });
  afterAll(() => h?.close());

  /** A member with `role`, signed in on a fresh browser in `locale`, on the template library. */
  async function signedIn(role: Role, name: string, locale: 'en' | 'fr'): Promise<Page> {
    const email = `${role}-${ws.slug}@example.test`;
    const passwordHash = await h.t.app.get(PasswordHasher).hash(PASSWORD);
    await h.t.app.get(UsersService).provisionMember(ws.id, { email, name, locale, role: role as never, passwordHash });
    const context = await h.newContext(locale);
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open('/templates');
    await signIn.signIn(email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: /^(Templates|Modèles)$/ }).waitFor();
    return page;
  }

  const detail = async (id: string) => (await h.t.http().get(`/v1/templates/${id}`).set(...bearer(ws.key)).expect(200)).body;

  it('an editor finds a starter, previews it, duplicates it and submits v2; a planner sends it back, then approves; a viewer only reads', async () => {
    // The editor, in French: an empty library offers the starters.
    const editor = await signedIn('editor', 'Élise Rédactrice', 'fr');
    const studio = new TemplatesPage(editor);
    await editor.getByRole('heading', { name: 'Votre bibliothèque est vide' }).waitFor();
    await checkScreen(editor, 'templates-empty-fr');
    await editor.getByRole('button', { name: 'Installer la bibliothèque de départ' }).click();
    await studio.card(STARTER).waitFor();

    // Found by channel and words; the card says what it is for, in words.
    await editor.getByRole('combobox', { name: 'Canal' }).click();
    await editor.getByRole('option', { name: 'E-mail' }).click();
    await studio.search('inscriptions');
    await studio.card(STARTER).getByText('E-mail · Avant la session · Invitation').waitFor();
    await studio.card(STARTER).getByText('Approuvée').waitFor();
    await studio.card(STARTER).getByText('FR', { exact: true }).waitFor();
    await studio.card(STARTER).getByText('EN', { exact: true }).waitFor();
    expect(new URL(editor.url()).searchParams.get('channel')).toBe('email');
    await checkScreen(editor, 'templates-library-fr');

    // Its page: the preview at 375 px in French, then in English.
    await studio.card(STARTER).getByRole('link', { name: STARTER }).click();
    await editor.getByRole('heading', { level: 1, name: STARTER }).waitFor();
    const frenchFrame = /^Aperçu en français, sur 375 px de large$/;
    await studio.previewFrame(frenchFrame).waitFor();
    expect(await (await studio.previewContent(frenchFrame)).locator('body').innerText()).toMatch(/inscri/i);
    await editor.getByRole('link', { name: 'Modifier' }).waitFor();
    await checkScreen(editor, 'template-preview-fr-375');
    // The frame itself, scrolled into view on a phone (a full-page capture leaves frames below the fold blank).
    await editor.setViewportSize({ width: 375, height: 740 });
    await studio.previewFrame(frenchFrame).scrollIntoViewIfNeeded();
    await studio.previewFrame(frenchFrame).screenshot({ path: join(ARTIFACTS, 'template-preview-frame-fr-375.png') });
    await editor.setViewportSize({ width: 1280, height: 800 });
    await editor.getByRole('radiogroup', { name: 'Langue du contenu' }).getByText('EN', { exact: true }).click();
    const englishFrame = /^Aperçu en anglais, sur 375 px de large$/;
    await studio.previewFrame(englishFrame).waitFor();
    expect(await (await studio.previewContent(englishFrame)).locator('body').innerText()).toMatch(/enrol/i);
    await editor.getByRole('radiogroup', { name: 'Largeur de l’aperçu' }).getByText(/^Ordinateur/).click();
    await studio.previewFrame(/^Aperçu en anglais, sur 1\s?280 px de large$/).waitFor();
    await checkScreen(editor, 'template-preview-en-1280');

    // Duplicated under a new name: the copy starts its own review, as a draft.
    await editor.getByRole('button', { name: 'Autres actions' }).click();
    await editor.getByRole('menuitem', { name: 'Dupliquer' }).click();
    const dialog = editor.getByRole('dialog');
    expect(await dialog.getByRole('textbox', { name: /^Nom de la copie/ }).inputValue()).toBe(`${STARTER} (copie)`);
    await dialog.getByRole('textbox', { name: /^Nom de la copie/ }).fill(COPY);
    await dialog.getByRole('button', { name: 'Dupliquer' }).click();
    await editor.getByRole('heading', { level: 1, name: COPY }).waitFor();
    const copyId = /\/templates\/([0-9a-f-]{36})/.exec(editor.url())![1]!;
    await studio.reviewPanel().getByText('Brouillon', { exact: true }).waitFor();

    // A second version, saved through the api (the editor's screen comes later).
    const v1 = (await detail(copyId)).latest.variants;
    const v2 = { ...v1, fr: { ...v1.fr, subject: 'Dernières places : {{course.title}}, {{formatDate session.startsAt}}' } };
    await h.t.http().post(`/v1/templates/${copyId}/versions`).set(...bearer(ws.keys.editor)).send({ variants: v2 }).expect(201);
    await studio.open(copyId, COPY);
    await studio.tab(/^Comparer$/).click();
    await editor.getByText('1 champ modifié de la v1 à la v2').waitFor();
    const french = editor.getByRole('region', { name: 'Modifications en français' });
    await french.getByText('Objet', { exact: true }).waitFor();
    expect(await french.locator('ins').first().innerText()).toContain('Dernières places');
    await editor.getByRole('region', { name: 'Modifications en anglais' }).getByText('Rien n’a changé dans cette langue.').waitFor();
    await checkScreen(editor, 'template-diff-fr');

    // Submitted for review.
    await studio.reviewStep(/^Soumettre à la relecture$/, /^Soumettre$/, 'Prête pour la cohorte de printemps');
    await studio.reviewPanel().getByText('En relecture', { exact: true }).waitFor();
    expect((await detail(copyId)).latestStatus).toBe('in_review');

    // The planner, in English, sends it back with a comment.
    const planner = await signedIn('planner', 'Paul Planner', 'en');
    const plannerStudio = new TemplatesPage(planner);
    await plannerStudio.open(copyId, COPY);
    await plannerStudio.reviewPanel().getByRole('button', { name: 'Approve' }).waitFor();
    await plannerStudio.reviewPanel().getByRole('button', { name: 'Request changes' }).click();
    const changes = planner.getByRole('dialog', { name: 'Request changes on version 2' });
    // A request for changes says what to change.
    await changes.getByRole('button', { name: 'Send back' }).click();
    await changes.getByText('Say what to change').waitFor();
    await checkScreen(planner, 'template-request-changes-en');
    await changes.getByRole('textbox', { name: /^What to change/ }).fill('Le bouton doit dire « Je m’inscris ».');
    await changes.getByRole('button', { name: 'Send back' }).click();
    await changes.waitFor({ state: 'hidden' });
    await plannerStudio.reviewPanel().getByText('Changes requested', { exact: true }).waitFor();

    // The editor reads the comment, and submits the version again.
    await editor.reload();
    await studio.reviewPanel().getByText('Le bouton doit dire « Je m’inscris ».').waitFor();
    await studio.reviewPanel().getByText(/^— Paul Planner/).waitFor();
    await checkScreen(editor, 'template-changes-requested-fr');
    await studio.reviewStep(/^Soumettre à la relecture$/, /^Soumettre$/);

    // The planner approves it; the history says who did what.
    await planner.reload();
    await plannerStudio.reviewStep(/^Approve$/, /^Approve$/, 'Good to go.');
    await plannerStudio.reviewPanel().getByText('Approved', { exact: true }).waitFor();
    expect((await detail(copyId)).latestStatus).toBe('approved');
    await plannerStudio.tab(/^Review history$/).click();
    await planner.getByText('Version 2 approved', { exact: true }).waitFor();
    await planner.getByText('Changes requested on version 2', { exact: true }).waitFor();
    await planner.getByText(/^Paul Planner, /).first().waitFor();
    await planner.getByText(/^Élise Rédactrice, /).first().waitFor();
    await checkScreen(planner, 'template-history-en');
    await plannerStudio.tab(/^2 versions$/).click();
    await planner.getByRole('button', { name: 'Restore version 1' }).waitFor();
    await checkScreen(planner, 'template-versions-en');

    // The editor sends the approved version as a test, to herself: the worker sends it through SMTP.
    await editor.reload();
    await editor.getByRole('button', { name: 'Envoyer un test' }).click();
    const test = editor.getByRole('dialog', { name: 'Envoyer un test de la version 2' });
    await test.getByText(`Il vous est envoyé, à editor-${ws.slug}@example.test.`).waitFor();
    await test.getByRole('button', { name: 'Envoyer le test' }).click();
    await test.getByText('Test envoyé').waitFor();
    await test.getByText(`editor-${ws.slug}@example.test : envoyé`).waitFor();
    await test.getByText(/^Remis au serveur SMTP 127\.0\.0\.1:\d+\.$/).waitFor();
    await checkScreen(editor, 'template-test-send-fr');
    const [mail] = h.mail.to(`editor-${ws.slug}@example.test`).slice(-1);
    expect(mail.parsed.subject).toMatch(/^\[TEST\] Dernières places : /);
    expect(mail.parsed.headers.get('x-clarion-test')).toBe('1');
    await editor.keyboard.press('Escape');

    // A viewer sees the library and the template, and no button that writes.
    const viewer = await signedIn('viewer', 'Victor Lecteur', 'fr');
    const viewerStudio = new TemplatesPage(viewer);
    await viewerStudio.card(COPY).waitFor();
    expect(await viewer.getByRole('button', { name: /^Actions pour/ }).count()).toBe(0);
    await viewerStudio.open(copyId, COPY);
    await viewerStudio.previewFrame(/^Aperçu en français/).waitFor();
    for (const name of ['Modifier', 'Autres actions', 'Soumettre à la relecture', 'Approuver', 'Demander des modifications']) {
      expect(await viewer.getByRole('button', { name, exact: true }).count()).toBe(0);
      expect(await viewer.getByRole('link', { name, exact: true }).count()).toBe(0);
    }
    await viewerStudio.tab(/^2 versions$/).click();
    expect(await viewer.getByRole('button', { name: /^Restaurer/ }).count()).toBe(0);
    await checkScreen(viewer, 'template-viewer-fr');
  }, 300_000);

  it('an admin turns template review off in the rules; restored versions are then approved on saving', async () => {
    const admin = await signedIn('admin', 'Ada Admin', 'en');
    await admin.goto('/settings/rules');
    const toggle = admin.getByRole('switch', { name: /^Review template versions before campaigns use them/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await admin.getByText('Template versions are now approved as soon as they are saved.').waitFor();
    expect((await h.t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200)).body.templateApproval).toBe(false);
    await checkScreen(admin, 'settings-template-review-en');

    // A template of its own with two versions, made through the api (the starters install once).
    await h.t.http().post('/v1/templates/install-starters').set(...bearer(ws.key)).expect(201);
    const starter = (await h.t.http().get('/v1/templates').query({ q: STARTER }).set(...bearer(ws.key)).expect(200)).body.items[0];
    const copyId = (await h.t.http().post(`/v1/templates/${starter.id}/duplicate`).set(...bearer(ws.key)).send({ name: ADMIN_COPY }).expect(201)).body.id as string;
    const variants = (await detail(copyId)).latest.variants;
    await h.t.http().post(`/v1/templates/${copyId}/versions`).set(...bearer(ws.key)).send({ variants: { ...variants, en: { ...variants.en, subject: 'Last seats: {{course.title}}' } } }).expect(201);

    // Version 1 restored as version 3: approved as soon as it is saved.
    const page = new TemplatesPage(admin);
    await page.open(copyId, ADMIN_COPY);
    await page.tab(/^2 versions$/).click();
    await admin.getByRole('button', { name: 'Restore version 1' }).click();
    const restore = admin.getByRole('dialog', { name: 'Restore version 1?' });
    await restore.getByText('This workspace asks for no review: version 3 is approved as soon as it is saved.').waitFor();
    await checkScreen(admin, 'template-restore-en');
    await restore.getByRole('button', { name: 'Save as version 3' }).click();
    await restore.waitFor({ state: 'hidden' });
    await page.tab(/^3 versions$/).waitFor();
    const restored = (await detail(copyId)).versions[0];
    expect([restored.version, restored.status]).toEqual([3, 'approved']);
    await page.reviewPanel().getByText('This workspace asks for no review: versions are approved as soon as they are saved.').waitFor();

    // A campaign pins version 3: the library says so, and the template can only be archived.
    const course = await h.t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Manager à l’ère hybride', modality: 'blended' }).expect(201);
    await h.t
      .http()
      .post('/v1/campaigns')
      .set(...bearer(ws.key))
      .send({
        name: 'Cohorte d’automne — relances',
        courseId: course.body.id,
        steps: [{ name: 'Invitation', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: restored.id }],
      })
      .expect(201);
    const studio = new TemplatesPage(admin);
    await studio.openLibrary();
    await studio.card(ADMIN_COPY).getByRole('button', { name: 'Used by 1 campaign' }).click();
    await admin.getByRole('dialog').getByText('Cohorte d’automne — relances').waitFor();
    await checkScreen(admin, 'templates-used-by-en');
    await admin.keyboard.press('Escape');
    await studio.card(ADMIN_COPY).getByRole('button', { name: `Actions for ${ADMIN_COPY}` }).click();
    await admin.getByRole('menuitem', { name: 'Archive' }).click();
    const dialog = admin.getByRole('dialog', { name: `Archive “${ADMIN_COPY}”?` });
    await dialog.getByText('A template a campaign uses can only be archived, never deleted: this campaign keeps sending its versions.').waitFor();
    await dialog.getByText('Cohorte d’automne — relances').waitFor();
    await checkScreen(admin, 'template-archive-in-use-en');
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await studio.card(ADMIN_COPY).waitFor({ state: 'detached' });
    await admin.getByRole('combobox', { name: 'Show' }).click();
    await admin.getByRole('option', { name: 'Archived', exact: true }).click();
    await studio.card(ADMIN_COPY).getByText('Archived', { exact: true }).waitFor();
    await checkScreen(admin, 'templates-archived-en');
  }, 180_000);
});
