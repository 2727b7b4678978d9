import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { bearer, type TestWorkspace } from '../support/test-app';
import { ARTIFACTS, checkScreen, ConsoleHarness, expectAccessible, VIEWPORTS } from './support/browser';
import { Members } from './support/members';

/**
 * An ambassador opens the page of their personal link on a phone, copies the ready-to-post text,
 * follows their short link and sees the click counted; says "I shared it". An English-speaking
 * ambassador reads theirs in English; a revoked link says it is no longer valid. The DLM manages
 * the links from the campaign builder and prints the campaign's A4 poster.
 */
describe('Ambassador page and campaign poster', () => {
  let h: ConsoleHarness;
  let ws: TestWorkspace;
  let members: Members;
  let campaignId: string;
  const ambassadors: Record<'ines' | 'john', string> = { ines: '', john: '' };

  // A phone's browser: a headless Chromium's own user agent says "HeadlessChrome", and its clicks count as a machine's.
  const PHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const sql = (text: string, params: unknown[]) => h.t.dataSource.query(text, params);
  const path = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
    ws = await h.t.createWorkspace('Relais');
    await sql(`UPDATE workspaces SET default_locale = 'fr', time_zone = 'Europe/Paris' WHERE id = $1`, [ws.id]);
    await h.t.http().post('/v1/templates/install-starters').set(...bearer(ws.key)).expect(201);
    // The workspace's brand kit, its logo uploaded to Clarion (served from PUBLIC_BASE_URL/media, another origin than the harness's).
    const kit = await h.t.http().post('/v1/brand-kits').set(...bearer(ws.key)).send({ name: 'Relais Formation', isDefault: true, senderName: 'Relais', senderEmail: 'formation@relais.example', colors: { primary: '#7a2e8e', accent: '#f2a900' } }).expect(201);
    const logo = new PNG({ width: 160, height: 48 });
    logo.data.fill(0x7a);
    await h.t.http().post(`/v1/brand-kits/${kit.body.id}/logo`).set(...bearer(ws.key)).set('Content-Type', 'image/png').send(PNG.sync.write(logo)).expect(200);
    const [{ id: versionId }] = await sql(
      `SELECT v.id FROM template_versions v JOIN templates tp ON tp.id = v.template_id WHERE tp.workspace_id = $1 AND tp.starter_key = 'ambassador-talking-points' ORDER BY v.version DESC LIMIT 1`,
      [ws.id],
    );
    // The "LMS" is the api's own health page: the short link's redirect lands somewhere real.
    const [{ id: courseId }] = await sql(
      `INSERT INTO courses (workspace_id, code, title, description, modality, lms_url, translations)
       VALUES ($1, 'CYBER-1', 'Cybersécurité : les bons réflexes', 'Repérer le hameçonnage et protéger ses données en deux heures.', 'e_learning', $2, $3) RETURNING id`,
      [ws.id, `${h.baseUrl}/health`, JSON.stringify([{ locale: 'en', title: 'Cybersecurity: good reflexes', description: 'Spot phishing and protect your data in two hours.' }])],
    );
    const [{ id: sessionId }] = await sql(
      `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, enrol_by, time_zone, location)
       VALUES ($1, $2, date_trunc('day', now()) + interval '30 days 7 hours', date_trunc('day', now()) + interval '30 days 9 hours', now() + interval '25 days', 'Europe/Paris', 'Lyon, salle Confluence') RETURNING id`,
      [ws.id, courseId],
    );
    for (const [key, first, last, locale] of [
      ['ines', 'Inès', 'Moreau', 'fr'],
      ['john', 'John', 'Carter', 'en'],
    ] as const) {
      const n = randomUUID().slice(0, 8);
      const [row] = await sql(`INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, locale) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
        ws.id,
        `A-${n}`,
        `${first.toLowerCase()}.${n}@relais.example`,
        first,
        last,
        locale,
      ]);
      ambassadors[key] = row.id;
    }
    [{ id: campaignId }] = await sql(
      `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, ambassador_ids, sponsor) VALUES ($1, 'Mois de la cybersécurité', $2, $3, 'running', $4, $5) RETURNING id`,
      [ws.id, courseId, sessionId, [ambassadors.ines, ambassadors.john], JSON.stringify({ name: 'Claire Dubois', title: 'DSI' })],
    );
    await sql(
      `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
       VALUES ($1, $2, 1, 'Kit ambassadeurs', 'before', 'session_start', '-P21D', 'talking_points', $3)`,
      [ws.id, campaignId, versionId],
    );
  });
  afterAll(() => h?.close());

  async function issue(learnerId: string): Promise<{ pageUrl: string; shortUrl: string }> {
    return (await h.t.http().post(`/v1/campaigns/${campaignId}/ambassadors/${learnerId}/link`).set(...bearer(ws.key)).expect(201)).body;
  }

  const clicks = (page: Page) => page.getByTestId('my-clicks').textContent();

  it('on a phone, in French: copies the post, follows the short link and sees the click counted, says "I shared it"', async () => {
    const { pageUrl, shortUrl } = await issue(ambassadors.ines);
    const context = await h.newContext('fr', 'phone', { userAgent: PHONE_UA });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl });
    const page = await context.newPage();
    await page.goto(path(pageUrl));
    await page.getByRole('heading', { name: 'Cybersécurité : les bons réflexes' }).waitFor();
    await page.getByText('Bonjour Inès,').waitFor();
    // The header's time is the key messages' (Inès's zone), the zone named.
    const header = (await page.getByText(/^Session : /).textContent()) ?? '';
    const start = /de (\d\d:\d\d) à \d\d:\d\d \(heure de Paris\)/.exec(header)?.[1];
    expect(start).toBeDefined();
    await page.getByText(`La prochaine session commence le`).filter({ hasText: `à ${start}` }).waitFor();

    // A big copy button; what lands in the clipboard is the post, with the short link in it.
    const copy = page.getByRole('button', { name: 'Copier le message' });
    const box = await copy.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    expect(box!.width).toBeGreaterThan(VIEWPORTS.phone.width - 80);
    await copy.click();
    await page.getByRole('button', { name: 'Copié !' }).waitFor();
    const copied = await page.evaluate('navigator.clipboard.readText()');
    expect(copied).toContain('J’ai suivi Cybersécurité : les bons réflexes');
    expect(copied).toContain(shortUrl);

    // The QR code is large enough to scan from another phone.
    const qr = await page.getByRole('img', { name: /QR code de votre lien/ }).boundingBox();
    expect(qr!.width).toBeGreaterThanOrEqual(240);

    expect(await clicks(page)).toBe('0');
    await page.goto(path(shortUrl));
    const landed = new URL(page.url());
    expect(landed.pathname).toBe('/health');
    expect(landed.searchParams.get('ref')).toBe(path(shortUrl).split('/').pop());
    await page.goto(path(pageUrl));
    await page.getByText('Bonjour Inès,').waitFor();
    expect(await clicks(page)).toBe('1');

    await page.getByRole('button', { name: 'Je l’ai partagé' }).click();
    await page.getByRole('status').getByText('Partage noté aujourd’hui, merci !').waitFor();
    await page.getByText('1 jour de partage noté').waitFor();
    await checkScreen(page, 'ambassador-page-fr');
    await context.close();
  });

  it('in English for an English-speaking ambassador; a revoked link says so, in French and English', async () => {
    const { pageUrl } = await issue(ambassadors.john);
    const context = await h.newContext('en', 'phone');
    const page = await context.newPage();
    await page.goto(path(pageUrl));
    await page.getByText('Hello John,').waitFor();
    await page.getByRole('button', { name: 'Copy the post' }).waitFor();
    // Inès is on the board by her first name only; John hides his own name from the others.
    await page.getByRole('cell', { name: 'Inès', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'John (you)', exact: true }).waitFor();
    expect(await page.getByText('Moreau').count()).toBe(0);
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/leaderboard-opt-out') && r.ok()),
      page.getByRole('switch', { name: 'Hide my first name on the leaderboard' }).check(),
    ]);
    await checkScreen(page, 'ambassador-page-en');

    await h.t.http().delete(`/v1/campaigns/${campaignId}/ambassadors/${ambassadors.john}/link`).set(...bearer(ws.key)).expect(200);
    await page.reload();
    // A page of its own, in the workspace's name, that says what to do (in John's language).
    await page.getByRole('heading', { name: 'This link is no longer valid' }).waitFor();
    await page.getByText('Ask the training team for a new link.').waitFor();
    await page.getByText('Relais', { exact: true }).waitFor();
    await expectAccessible(page, 'revoked ambassador link (en)');
    await context.close();

    const fr = await h.newContext('fr', 'phone');
    const frPage = await fr.newPage();
    // A link Clarion never issued: the same words, no brand.
    await frPage.goto(`/a/${'x'.repeat(44)}`);
    await frPage.getByRole('heading', { name: 'Ce lien n’est plus valide' }).waitFor();
    await frPage.getByText('Demandez un nouveau lien à l’équipe formation.').waitFor();
    expect(await frPage.getByText('Relais', { exact: true }).count()).toBe(0);
    await checkScreen(frPage, 'ambassador-link-unknown-fr');
    await fr.close();
  });

  it('the DLM sees the links from the campaign builder, is asked before replacing or revoking one, and prints the A4 poster in the language chosen', async () => {
    const { page, context } = await members.signedIn(ws, { email: `dlm-${ws.slug}@relais.example`, name: 'Dana Leclerc', role: 'planner', locale: 'fr', path: `/campaigns/${campaignId}` });
    await page.getByRole('button', { name: 'Ambassadeurs (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ambassadeurs de la campagne' });
    const ines = dialog.getByRole('listitem', { name: 'Inès Moreau' });
    const john = dialog.getByRole('listitem', { name: 'John Carter' });
    await ines.getByText('Lien actif').waitFor();
    await john.getByText('Lien révoqué').waitFor();
    await dialog.getByText('dans ses éléments de langage').waitFor();
    // A revoked link is replaced at once (nothing works to break); the new link is sent to no one.
    await john.getByRole('button', { name: 'Nouveau lien' }).click();
    await john.getByText('Lien actif').waitFor();
    await john.getByText('Le nouveau lien n’est envoyé à personne automatiquement', { exact: false }).waitFor();
    await john.getByRole('button', { name: 'Copier le lien', exact: true }).waitFor();
    await checkScreen(page, 'campaign-ambassadors-dialog-fr');

    // Revoking an active link asks first, saying what stops working and what does not.
    const before = (await h.t.http().get(`/v1/campaigns/${campaignId}/ambassadors`).set(...bearer(ws.key)).expect(200)).body;
    await ines.getByRole('button', { name: 'Révoquer' }).click();
    const confirm = page.getByRole('dialog', { name: 'Inès Moreau : révoquer le lien de sa page ?' });
    await confirm.getByText('e-mails déjà partis ne fonctionnera plus', { exact: false }).waitFor();
    await confirm.getByText('Son lien court continue de fonctionner', { exact: false }).waitFor();
    await checkScreen(page, 'campaign-ambassadors-revoke-confirm-fr');
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'hidden' });
    // Nothing happened; a new link over the active one asks too, then replaces it.
    await ines.getByRole('button', { name: 'Nouveau lien' }).click();
    const reissue = page.getByRole('dialog', { name: 'Inès Moreau : remplacer le lien de sa page ?' });
    await reissue.getByText('L’ancien lien, celui des e-mails déjà envoyés, cessera de fonctionner.').waitFor();
    await reissue.getByRole('button', { name: 'Créer un nouveau lien' }).click();
    await reissue.waitFor({ state: 'hidden' });
    await ines.getByRole('button', { name: 'Copier le lien', exact: true }).waitFor();
    const after = (await h.t.http().get(`/v1/campaigns/${campaignId}/ambassadors`).set(...bearer(ws.key)).expect(200)).body;
    const pageUrlOf = (list: Array<{ learnerId: string; pageUrl: string }>) => list.find((a) => a.learnerId === ambassadors.ines)!.pageUrl;
    expect(pageUrlOf(after)).not.toBe(pageUrlOf(before));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: 'Affiche' }).click();
    await page.getByRole('heading', { name: 'Affiche de la campagne' }).waitFor();
    // The sheet starts in the console's language; the session's zone is named, the deadline given.
    let sheet = page.getByRole('article', { name: 'Cybersécurité : les bons réflexes' });
    await sheet.getByText('Scannez pour vous inscrire').waitFor();
    await sheet.getByText('Lyon, salle Confluence').waitFor();
    await sheet.getByText(/\(heure de Paris\)$/).first().waitFor();
    await sheet.getByText('Inscriptions', { exact: true }).waitFor();
    await sheet.getByText(/^jusqu’au .*\(heure de Paris\)$/).waitFor();
    // The brand kit's logo, uploaded to Clarion, is drawn.
    await page.waitForFunction(`[...document.querySelectorAll('article img')].some((i) => i.alt === 'Relais Formation' && i.complete && i.naturalWidth > 0)`);
    await sheet.getByRole('img', { name: /QR code vers/ }).waitFor();
    await checkScreen(page, 'campaign-poster-fr');
    const typed = page.getByTestId('poster-typed-link');
    const within = async () => {
      const [outer, inner] = [await sheet.boundingBox(), await typed.boundingBox()];
      expect(inner!.y + inner!.height).toBeLessThanOrEqual(outer!.y + outer!.height - 4);
      expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
    };
    await page.setViewportSize(VIEWPORTS.phone);
    await within();

    // On paper: A4 less 10 mm printer margins (190 × 277 mm at 96 dpi), the sheet alone, nothing cut.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const printed = await sheet.boundingBox();
    expect(Math.round(printed!.width)).toBe(718);
    expect(Math.round(printed!.height)).toBe(1047);
    await within();
    await page.screenshot({ path: join(ARTIFACTS, 'campaign-poster-print-a4-fr.png') });
    await page.emulateMedia({ media: 'screen' });
    // Printed for real (A4, the sheet's own margins): one page, the poster alone.
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);

    // For an English-speaking site: the course's English words, the dates in English.
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.getByText('English', { exact: true }).click();
    sheet = page.getByRole('article', { name: 'Cybersecurity: good reflexes' });
    await sheet.getByText('Scan to enrol').waitFor();
    await sheet.getByText(/\(Paris time\)$/).first().waitFor();
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await within();
    await page.screenshot({ path: join(ARTIFACTS, 'campaign-poster-print-a4-en.png') });
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });
});
