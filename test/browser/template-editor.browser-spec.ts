import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { ARTIFACTS, checkScreen, ConsoleHarness, VIEWPORTS } from './support/browser';
import { AppShellPage } from './pages/app-shell.page';
import { Members } from './support/members';
import { TemplateEditorPage } from './pages/template-editor.page';


// The email previews are sandboxed frames without scripts: axe cannot run inside them (and their markup is the email's, not the console's).
const PREVIEW_FRAME = { exclude: ['iframe[sandbox]'] };
const JOURNEY_MS = 240_000;

describe('Console: the template editor', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
  });
  afterAll(() => h?.close());

  /** Invited with `role` through the API (the link read from the email) and accepted in a new browser: the signed-in page. */
  async function signedIn(ws: TestWorkspace, email: string, role: string, name: string, locale: 'en' | 'fr'): Promise<Page> {
    return (await new Members(h).invited(ws, { email, name, role, locale })).page;
  }

  /** A workspace asking for reviews, with the starters, a bilingual brand kit and course, a session, a campaign and a learner. */
  async function studioWorkspace() {
    const ws = await h.t.createWorkspace('Studio Acme', { templateApproval: true });
    const api = (method: 'post' | 'get' | 'patch', path: string) => h.t.http()[method](path).set(...bearer(ws.key));
    await api('patch', '/v1/workspace').send({ defaultLocale: 'fr', timeZone: 'Europe/Paris' }).expect(200);
    await api('post', '/v1/brand-kits')
      .send({ name: 'Académie Acme', senderName: 'Académie', senderEmail: 'academie@acme.example', footerText: 'Pied de page Acme', translations: [{ locale: 'en', footerText: 'Acme footer' }] })
      .expect(201);
    const course = await api('post', '/v1/courses')
      .send({ title: 'Manager à distance', modality: 'blended', description: 'Deux matinées pour mieux manager.', translations: [{ locale: 'en', title: 'Remote management', description: 'Two mornings to manage better.' }] })
      .expect(201);
    const session = await api('post', `/v1/courses/${course.body.id}/sessions`)
      .send({ startsAt: '2031-03-04T08:00:00Z', endsAt: '2031-03-04T11:00:00Z', timeZone: 'Europe/Paris', location: 'Lyon, salle Confluence' })
      .expect(201);
    await api('post', '/v1/campaigns').send({ name: 'Printemps des managers', courseId: course.body.id, sessionId: session.body.id }).expect(201);
    await api('post', '/v1/learners').send({ externalId: 'E-1', email: 'camille.martin@acme.example', firstName: 'Camille', lastName: 'Martin', locale: 'fr', timeZone: 'Europe/Paris' }).expect(201);
    await api('post', '/v1/templates/install-starters').expect(201);
    const templates = (await api('get', '/v1/templates?limit=50').expect(200)).body.items as Array<{ id: string; starterKey: string }>;
    const id = (key: string) => templates.find((t) => t.starterKey === key)!.id;
    return { ws, invitation: id('invitation'), announcement: id('post-session-announcement'), talkingPoints: id('ambassador-talking-points') };
  }

  it('an editor fixes a typo at its line, previews as a learner of a campaign in French and English, saves a version and submits it (FR)', async () => {
    const { ws, invitation } = await studioWorkspace();
    const page = await signedIn(ws, `editor-${ws.slug}@example.test`, 'editor', 'Élise Rédactrice', 'fr');
    const editor = new TemplateEditorPage(page);
    await editor.open(invitation);
    await editor.status().getByText('Version 1 · approuvée').waitFor();
    // The starter's preview: sample data, in French, at phone width.
    await editor.frame(375).getByText('une place vous attend', { exact: false }).first().waitFor();

    // A typo in a variable, typed at the end of the title's text (line 3 of the body): the editor offers the variables as one types.
    await editor.endOfBodyLine('fr', 3, '</mj-text>'.length);
    await page.keyboard.type(' {{learner.f');
    await editor.completion().getByRole('option', { name: /learner\.firstName/ }).waitFor();
    await checkScreen(page, 'template-editor-completion-fr', PREVIEW_FRAME);
    await page.keyboard.type('ristName');
    await page.keyboard.press('Escape');
    await page.keyboard.type('}}');
    const problems = editor.problems();
    await problems.getByText('Corps, ligne 3 :').waitFor();
    // Said in French: the api gives the problem's code and values, not only its English text.
    await problems.getByText('variable inconnue « learner.fristName » (vouliez-vous dire « learner.firstName » ?)').waitFor();
    // The same problem is marked in the editor, on line 3.
    await editor.bodyLine('fr', 3).locator('.cm-lintRange-error').waitFor();
    await editor.bodyLine('fr', 3).filter({ hasText: 'vous attend {{learner.fristName}}</mj-text>' }).waitFor();
    await page.getByText('Le brouillon contient un problème', { exact: false }).waitFor();
    await checkScreen(page, 'template-editor-error-fr', PREVIEW_FRAME);

    // Fixed with the completion: the variable is inserted with its closing braces.
    for (let i = 0; i < ' {{learner.fristName}}'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(' {{learner.firstN');
    await editor.completion().getByRole('option', { name: /learner\.firstName/ }).click();
    await editor.bodyLine('fr', 3).filter({ hasText: 'une place vous attend {{learner.firstName}}</mj-text>' }).waitFor();
    await problems.waitFor({ state: 'detached' });

    // As Camille, a learner of the campaign: the course and the footer in French…
    await editor.previewAs('Printemps des managers', 'Camille', /^Camille Martin/);
    const phone = editor.frame(375);
    await phone.getByText('Pied de page Acme').waitFor();
    await phone.getByText('Deux matinées pour mieux manager.', { exact: false }).first().waitFor();
    await phone.getByText('Camille, une place vous attend Camille', { exact: false }).first().waitFor();
    await checkScreen(page, 'template-editor-preview-fr', PREVIEW_FRAME);
    // The email itself as a phone shows it (full-page shots leave the sandboxed frame unpainted below the fold).
    await page.setViewportSize(VIEWPORTS.phone);
    await page.locator('iframe[data-width="375"]').scrollIntoViewIfNeeded();
    await page.locator('iframe[data-width="375"]').screenshot({ path: join(ARTIFACTS, 'template-editor-email-fr-375.png') });
    await page.setViewportSize(VIEWPORTS.desktop);

    // …and in English: the English variant, with the course's and the brand kit's English text.
    await editor.previewLocale('EN');
    await phone.getByText('Acme footer').waitFor();
    await phone.getByText('Two mornings to manage better.', { exact: false }).first().waitFor();
    expect(await phone.getByText('Pied de page Acme').count()).toBe(0);
    await page.getByText('Ordinateur · 1 280 px').click();
    await editor.frame(1280).getByText('Acme footer').waitFor();
    await checkScreen(page, 'template-editor-preview-en-desktop', PREVIEW_FRAME);

    // Saved as version 2, a draft the workspace asks to review; then submitted.
    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await editor.status().getByText('Version 2 · brouillon').waitFor();
    await page.getByRole('button', { name: 'Soumettre pour relecture' }).click();
    await editor.status().getByText('Version 2 · en relecture').waitFor();
    const saved = await h.t.http().get(`/v1/templates/${invitation}`).set(...bearer(ws.key)).expect(200);
    expect(saved.body.latestVersion).toBe(2);
    expect(saved.body.latest.status).toBe('in_review');
    expect(saved.body.latest.variants.fr.body).toContain('vous attend {{learner.firstName}}</mj-text>');
  }, JOURNEY_MS);

  it('shows posts as Slack and Teams would, talking points as the ambassador’s email, and a new template’s first fields (EN)', async () => {
    const { ws, announcement, talkingPoints } = await studioWorkspace();
    const page = await signedIn(ws, `planner-${ws.slug}@example.test`, 'planner', 'Paul Planner', 'en');
    const editor = new TemplateEditorPage(page);

    await editor.open(announcement);
    await page.getByRole('region', { name: 'Preview in Slack' }).waitFor();
    await checkScreen(page, 'template-editor-post-slack-en', PREVIEW_FRAME);
    await editor.preview().getByRole('radiogroup', { name: 'Tool' }).getByText('Teams', { exact: true }).click();
    await page.getByRole('region', { name: 'Preview in Microsoft Teams' }).waitFor();
    await checkScreen(page, 'template-editor-post-teams-en', PREVIEW_FRAME);

    await editor.open(talkingPoints);
    await page.getByRole('group', { name: 'Key messages' }).waitFor();
    await editor.frame(375).locator('body').waitFor();
    await checkScreen(page, 'template-editor-talking-points-en', PREVIEW_FRAME);

    await page.goto('/templates/new');
    await page.getByRole('heading', { level: 1, name: 'New template' }).waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Spring invitation');
    await checkScreen(page, 'template-editor-new-en', PREVIEW_FRAME);
    // Leaving with unsaved changes asks first.
    await new AppShellPage(page).go('Learners');
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await page.getByRole('heading', { level: 1, name: 'New template' }).waitFor();
  }, JOURNEY_MS);
});
