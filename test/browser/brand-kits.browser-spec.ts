import { deflateSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { waitUntil } from '../support/test-worker';
import { join } from 'node:path';
import { ARTIFACTS, checkScreen, ConsoleHarness } from './support/browser';
import { Members } from './support/members';
import { BrandKitsPage } from './pages/brand-kits.page';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** A real PNG logo: a dark blue band with a lighter square, width × height, RGB. */
function logoPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const inSquare = x > 8 && x < height + 8 - 8 && y > 8 && y < height - 8;
      row.set(inSquare ? [242, 169, 0] : [15, 44, 82], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const FR_FOOTER = 'Vous recevez cet e-mail en tant que membre de la communauté apprenante Acme.';
const EN_FOOTER = 'You receive this email as a member of the Acme learning community.';
// The email preview is a sandboxed frame (no script): axe checks the console around it.
const PREVIEW = { exclude: ['iframe[sandbox=""]'] };
const LEGAL = 'Acme SA, 12 rue de la Paix, 75002 Paris. RCS Paris 123 456 789.';

describe('Console: brand kits and content in each language', () => {
  let h: ConsoleHarness;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
  });
  afterAll(() => h?.close());

  /** A fresh workspace writing in French (the base texts), with English as another language. */
  async function frenchWorkspace(): Promise<TestWorkspace> {
    const ws = await h.t.createWorkspace();
    await h.t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ defaultLocale: 'fr' }).expect(200);
    return ws;
  }

  /**
   * Uploaded logos are served at PUBLIC_BASE_URL/media/…; the test api listens on another port, so
   * the browser is sent there for them (as a reverse proxy would in production).
   */
  async function serveMedia(context: BrowserContext): Promise<void> {
    const media = `${new URL(h.t.config.publicBaseUrl).origin}/media/**`;
    if (media.startsWith(h.baseUrl)) return;
    await context.route(media, async (route) => {
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ response: await route.fetch({ url: `${h.baseUrl}${path}` }) });
    });
  }

  /** Once the dialog has finished opening (its fade-in would show the page through it). */
  const settled = (page: Page) =>
    page.waitForFunction(() => {
      const dialog = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[role="dialog"]');
      const style = (element: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string; transform: string } }).getComputedStyle(element);
      for (let e = dialog as { parentElement: unknown } | null; e; e = e.parentElement as typeof e) if (style(e).opacity !== '1') return false;
      return dialog !== null;
    });

  const kitOf = async (ws: TestWorkspace, id: string) => (await h.t.http().get(`/v1/brand-kits/${id}`).set(...bearer(ws.key)).expect(200)).body;

  it('an editor creates a kit, drops a PNG logo, recolours it with a live preview, adds an English footer and saves (EN)', async () => {
    const ws = await frenchWorkspace();
    const { page, context } = await members.signedIn(ws, { email: `editor-${ws.slug}@example.test`, name: 'Eddie Editor', role: 'editor', locale: 'en', path: '/brand-kits' });
    await serveMedia(context);
    const kits = new BrandKitsPage(page);
    await page.getByRole('heading', { level: 1, name: 'Brand kits' }).waitFor();
    await page.getByRole('heading', { name: 'No brand kit yet' }).waitFor();
    await checkScreen(page, 'brand-kits-empty-en');

    await kits.create('Acme Learning Academy', 'Acme Learning Academy', 'learning@acme.example');
    const kitId = /\/brand-kits\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    // The logo, dropped as a file from the desktop: stored by Clarion and shown at once.
    await kits.dropLogo(logoPng(160, 48), 'acme-logo.png', 'image/png');
    await page.getByText('Logo saved.').waitFor();
    const logoUrl = (await kitOf(ws, kitId)).logoUrl as string;
    expect(logoUrl).toMatch(/\/media\/[0-9a-f-]+\.png$/);
    expect(await page.getByRole('textbox', { name: /^Logo address/ }).inputValue()).toBe(logoUrl);
    await page.getByRole('img', { name: 'Current logo' }).waitFor();
    // An SVG is refused before it is sent.
    await kits.dropLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg', 'image/svg+xml');
    await page.getByText('“logo.svg” is not a PNG, JPEG, GIF or WebP image.').waitFor();

    // The live preview follows the colour as it is typed, before any save.
    await waitUntil('the preview with the logo', async () => (await kits.previewHtml()).includes(logoUrl));
    expect(await kits.previewHtml()).toContain('#1f4e8c');
    await kits.colour('Primary colour').fill('#c0392b');
    await waitUntil('the preview in the new primary colour', async () => (await kits.previewHtml()).includes('#c0392b'));
    await page.getByText('Unsaved changes').first().waitFor();

    // The footer and legal mention in the workspace's language (French), then the footer in English.
    await page.getByRole('textbox', { name: /^Footer$/ }).fill(FR_FOOTER);
    await page.getByRole('textbox', { name: /^Legal mention$/ }).fill(LEGAL);
    await page.getByText(/The texts above are written in French/).waitFor();
    await kits.addLanguage('English');
    await page.getByRole('textbox', { name: 'Footer (English)' }).fill(EN_FOOTER);
    // The English preview shows the English footer, and the legal mention written only in French.
    await kits.choose('EN');
    await waitUntil('the English footer in the preview', async () => (await kits.previewHtml()).includes(EN_FOOTER));
    expect(await kits.previewHtml()).toContain(LEGAL);
    await kits.choose('FR');
    await waitUntil('the French footer in the preview', async () => (await kits.previewHtml()).includes(FR_FOOTER));
    await kits.choose('EN');
    await waitUntil('the English footer again', async () => (await kits.previewHtml()).includes(EN_FOOTER));
    await checkScreen(page, 'brand-kit-editor-en', PREVIEW);
    await kits.choose('Desktop · 1 280 px');
    await page.getByTitle('Preview of the email in English, 1280 px wide').waitFor();
    await checkScreen(page, 'brand-kit-editor-desktop-preview-en', PREVIEW);

    // Leaving with unsaved changes asks first.
    await page.getByRole('navigation').getByRole('link', { name: 'Courses' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Stay on the page' }).click();
    await leave.waitFor({ state: 'hidden' });

    await kits.saveButton().click();
    await page.getByText('Brand kit saved.').waitFor();
    const saved = await kitOf(ws, kitId);
    expect(saved.colors.primary).toBe('#c0392b');
    expect(saved.footerText).toBe(FR_FOOTER);
    expect(saved.legalMention).toBe(LEGAL);
    expect(saved.translations).toEqual([{ locale: 'en', footerText: EN_FOOTER }]);
    expect(saved.logoUrl).toBe(logoUrl);

    await page.getByRole('link', { name: 'All brand kits' }).click();
    const card = kits.list().getByRole('listitem').filter({ hasText: 'Acme Learning Academy' });
    await card.getByText('Default').waitFor();
    await card.getByRole('img', { name: /^Colours of Acme Learning Academy: #c0392b/ }).waitFor();
    await checkScreen(page, 'brand-kits-en');
    await context.close();
  }, 480_000);

  it('a viewer sees the kits and their settings with no write button; an editor sees the editor in French (FR)', async () => {
    const ws = await frenchWorkspace();
    const api = h.t.http();
    const kit = (
      await api
        .post('/v1/brand-kits')
        .set(...bearer(ws.key))
        .send({
          name: 'Académie Acme',
          senderName: 'Académie Acme',
          senderEmail: 'formation@acme.example',
          colors: { primary: '#0b6e4f', secondary: '#073b3a' },
          footerText: FR_FOOTER,
          legalMention: LEGAL,
          translations: [{ locale: 'en', senderName: 'Acme Academy', footerText: EN_FOOTER }],
        })
        .expect(201)
    ).body;
    await api.post('/v1/brand-kits').set(...bearer(ws.key)).send({ name: 'Réseau commercial', senderName: 'Direction commerciale', senderEmail: 'ventes@acme.example' }).expect(201);

    const editor = await members.signedIn(ws, { email: `redac-${ws.slug}@example.test`, name: 'Rédactrice', role: 'editor', locale: 'fr', path: `/brand-kits/${kit.id}` });
    const kits = new BrandKitsPage(editor.page);
    await editor.page.getByRole('heading', { level: 1, name: 'Académie Acme' }).waitFor();
    await editor.page.getByRole('tab', { name: 'Anglais' }).waitFor();
    await waitUntil('the preview', async () => (await kits.previewHtml()).includes(FR_FOOTER));
    await checkScreen(editor.page, 'brand-kit-editor-fr', PREVIEW);
    // The preview itself on a phone, where it sits below the form (a full-page shot leaves frames out of view blank).
    await editor.page.setViewportSize({ width: 375, height: 740 });
    await kits.previewFrame().scrollIntoViewIfNeeded();
    await editor.page.locator('section, div').filter({ has: kits.previewFrame() }).last().screenshot({ path: join(ARTIFACTS, 'brand-kit-preview-fr-375.png') });
    await editor.page.setViewportSize({ width: 1280, height: 800 });
    await kits.open();
    await editor.page.getByRole('button', { name: 'Nouvelle charte' }).click();
    await editor.page.getByRole('dialog', { name: 'Nouvelle charte' }).waitFor();
    await settled(editor.page);
    await checkScreen(editor.page, 'brand-kit-create-fr');
    await editor.context.close();

    const viewer: { page: Page; context: BrowserContext } = await members.signedIn(ws, { email: `lecteur-${ws.slug}@example.test`, name: 'Lecteur', role: 'viewer', locale: 'fr', path: '/brand-kits' });
    const page = viewer.page;
    await page.getByRole('heading', { level: 1, name: 'Identité visuelle' }).waitFor();
    await new BrandKitsPage(page).list().getByText('Réseau commercial').waitFor();
    expect(await page.getByRole('button', { name: /Nouvelle charte|Supprimer|par défaut/ }).count()).toBe(0);
    await checkScreen(page, 'brand-kits-viewer-fr');
    await page.getByRole('link', { name: 'Consulter la charte Académie Acme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Académie Acme' }).waitFor();
    await page.getByText(/Vous consultez cette charte/).waitFor();
    expect(await page.getByRole('button', { name: /Enregistrer|Retirer|Choisir une image/ }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Ajouter une langue' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /^Nom de la charte/ }).getAttribute('readonly')).not.toBeNull();
    await checkScreen(page, 'brand-kit-viewer-fr');
    await viewer.context.close();
  }, 480_000);

  it('a planner gives a course an English title in the course form; the course page lists its languages (FR)', async () => {
    const ws = await frenchWorkspace();
    const course = (
      await h.t
        .http()
        .post('/v1/courses')
        .set(...bearer(ws.key))
        .send({ title: 'Sécurité au travail', modality: 'in_person', description: 'Les bons réflexes au quotidien.' })
        .expect(201)
    ).body;
    const { page, context } = await members.signedIn(ws, { email: `planif-${ws.slug}@example.test`, name: 'Paula Planif', role: 'planner', locale: 'fr', path: `/courses/${course.id}` });
    await page.getByRole('heading', { level: 1, name: 'Sécurité au travail' }).waitFor();
    await page.getByRole('group', { name: 'Langues :' }).getByText('Français (par défaut)').waitFor();

    await page.getByRole('button', { name: 'Modifier la formation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Autres langues' }).waitFor();
    await dialog.getByRole('combobox', { name: 'Ajouter une langue' }).click();
    await page.getByRole('option', { name: 'Anglais' }).click();
    const title = dialog.getByRole('textbox', { name: 'Titre (anglais)' });
    expect(await title.getAttribute('placeholder')).toBe('Sécurité au travail');
    await title.fill('Workplace safety');
    await settled(page);
    await checkScreen(page, 'course-form-languages-fr');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('group', { name: 'Langues :' }).getByText('Anglais').waitFor();
    const stored = (await h.t.http().get(`/v1/courses/${course.id}`).set(...bearer(ws.key)).expect(200)).body;
    expect(stored.translations).toEqual([{ locale: 'en', title: 'Workplace safety' }]);
    expect(stored.title).toBe('Sécurité au travail');
    await checkScreen(page, 'course-languages-fr');
    await context.close();
  }, 480_000);
});
