import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { invitationEmail, passwordResetEmail } from '../../src/modules/people/account-emails';
import { Role } from '../../src/common/enums';
import { ARTIFACTS, VIEWPORTS } from './support/browser';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The account emails as a mail app shows them: their HTML in Chromium, at a phone's width and a desktop's. */
describe('Account emails on a phone and a desktop', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(() => browser?.close());

  const invitation = (locale: 'en' | 'fr') =>
    invitationEmail({
      locale,
      workspaceName: 'Académie du management de proximité — Europe du Sud',
      role: Role.Planner,
      invitedBy: 'Camille Durand-Lefèvre',
      link: `https://clarion.example/invitations/${'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v'}`,
      expiresAt: new Date('2026-12-07T09:00:00Z'),
      timeZone: 'Europe/Paris',
    });
  const reset = (locale: 'en' | 'fr') => passwordResetEmail({ locale, name: 'Camille', link: `https://clarion.example/reset-password?token=${'x'.repeat(43)}` });

  it.each([
    ['invitation-en', invitation('en').html],
    ['invitation-fr', invitation('fr').html],
    ['password-reset-fr', reset('fr').html],
  ])('%s fits the screen at 375 and 1280 px: no sideways scroll, the button whole on screen', async (name, html) => {
    for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
      const page = await browser.newPage({ viewport });
      await page.setContent(html);
      const fit = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number }; querySelector(s: string): { getBoundingClientRect(): { left: number; right: number } } | null } }).document;
        const button = doc.querySelector('a')!.getBoundingClientRect();
        return { scrollWidth: doc.documentElement.scrollWidth, buttonLeft: button.left, buttonRight: button.right };
      });
      await page.screenshot({ path: join(ARTIFACTS, `email-${name}-${viewport.width}.png`), fullPage: true });
      expect({ name, width: viewport.width, scrollWidth: fit.scrollWidth }).toEqual({ name, width: viewport.width, scrollWidth: viewport.width });
      expect(fit.buttonLeft).toBeGreaterThanOrEqual(0);
      expect(fit.buttonRight).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }
  });
});
