import type { Page } from 'playwright-core';
import { bearer } from '../support/test-app';
import { checkScreen, ConsoleHarness, VIEWPORTS } from './support/browser';
import { Members } from './support/members';
import { UsersPage } from './pages/users.page';

/** What the page's elements offer (the tests' own TypeScript has no DOM library). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { top: number };
}

describe('Console: settings on a phone', () => {
  let h: ConsoleHarness;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
  });
  afterAll(() => h?.close());

  /** The page is as wide as the screen: nothing sticks out sideways. */
  const pageWidth = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { documentElement: Box } }).document.documentElement.scrollWidth);

  it.each([
    ['en', 'Members', 'Network channels', 'Users & roles'],
    ['fr', 'Membres', 'Canaux réseau', 'Utilisateurs et rôles'],
  ] as const)('users as cards, tabs scrolling sideways, channels in their region, at 375 px (%s)', async (locale, membersName, channelsTab, usersHeading) => {
    const ws = await h.t.createWorkspace();
    await h.t.http().post('/v1/users').set(...bearer(ws.key)).send({ email: `someone-with-a-long-address-${ws.slug}@example.test`, role: 'editor' }).expect(201);
    await h.t
      .http()
      .post('/v1/network-channels')
      .set(...bearer(ws.key))
      .send({ name: 'Slack #formation-managers-europe-du-sud', kind: 'slack', url: 'https://hooks.slack.com/services/T000/B000/abcdefghijklmnop' })
      .expect(201);
    const { page, context } = await members.invited(ws, { email: `admin-${locale}-${ws.slug}@example.test`, role: 'admin', name: 'Dana Leclerc', locale, viewport: 'phone' });

    const users = new UsersPage(page);
    await users.open();
    await page.getByRole('heading', { level: 2, name: usersHeading }).waitFor();
    // One card per person, with the role and the remove button in it; no table to scroll.
    const card = users.membersTable().getByRole('listitem').filter({ hasText: 'Dana Leclerc' });
    await card.getByRole('combobox').waitFor();
    expect(await users.membersTable().getByRole('table').count()).toBe(0);
    expect(await users.pendingTable().getByRole('listitem').count()).toBe(1);
    expect(await pageWidth(page)).toBe(VIEWPORTS.phone.width);
    await checkScreen(page, `settings-users-${locale}`);

    // The tabs keep one line and scroll inside their strip; the current one is on screen.
    await page.setViewportSize(VIEWPORTS.phone);
    await page.getByRole('tab', { name: channelsTab }).click();
    await page.getByRole('region', { name: channelsTab }).waitFor();
    const strip = await page.getByRole('tablist').evaluate((el) => ({ scrollWidth: (el as unknown as Box).scrollWidth, clientWidth: (el as unknown as Box).clientWidth }));
    expect(strip.scrollWidth).toBeGreaterThan(strip.clientWidth);
    const tab = await page.getByRole('tab', { name: channelsTab, selected: true }).boundingBox();
    expect(tab!.x).toBeGreaterThanOrEqual(0);
    expect(tab!.x + tab!.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    const tops = await page.getByRole('tab').evaluateAll((els) => els.map((el) => Math.round((el as unknown as Box).getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await pageWidth(page)).toBe(VIEWPORTS.phone.width);
    await checkScreen(page, `settings-channels-${locale}`);
    await context.close();
  });
});
