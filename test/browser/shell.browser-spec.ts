import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bearer, type TestWorkspace } from '../support/test-app';
import { ARTIFACTS, ConsoleHarness, VIEWPORTS } from './support/browser';
import { Members } from './support/members';
import { AppShellPage } from './pages/app-shell.page';

/** What the page's element offers (the tests' own TypeScript has no DOM library). */
interface Animatable {
  getAnimations(): Array<{ finished: Promise<unknown> }>;
}

describe('Console: the signed-in frame on a phone', () => {
  let h: ConsoleHarness;
  let members: Members;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    members = new Members(h);
  });
  afterAll(() => h?.close());

  async function signedInAdmin(ws: TestWorkspace, locale: 'en' | 'fr'): Promise<Page> {
    const email = `admin-${locale}-${ws.slug}@example.test`;
    return (await members.invited(ws, { email, role: 'admin', name: 'Dana Leclerc', locale, viewport: 'phone' })).page;
  }

  /** Every screen of the signed-in console, with the ids it needs made through the API. */
  async function everyRoute(ws: TestWorkspace): Promise<string[]> {
    const api = h.t.http();
    const learner = await api.post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'E-1', email: 'ada@example.test', firstName: 'Ada' }).expect(201);
    const course = await api.post('/v1/courses').set(...bearer(ws.key)).send({ title: 'First aid', modality: 'in_person' }).expect(201);
    const session = await api
      .post(`/v1/courses/${course.body.id}/sessions`)
      .set(...bearer(ws.key))
      .send({ startsAt: '2030-11-02T09:00:00Z', endsAt: '2030-11-02T10:00:00Z' })
      .expect(201);
    return [
      '/learners',
      '/learners/import',
      `/learners/${learner.body.id}`,
      '/personas',
      '/personas/new',
      '/segments',
      '/segments/new',
      '/courses',
      `/courses/${course.body.id}`,
      `/courses/${course.body.id}/sessions/${session.body.id}`,
      '/profile',
      '/settings/users',
      '/settings/rules',
      '/settings/api-keys',
      '/settings/channels',
      '/settings/lms',
    ];
  }

  const navbar = (page: Page) => page.getByRole('navigation', { name: /^(Main navigation|Navigation principale)$/ });

  /** The navbar takes no room on screen and no keyboard focus, the page starts at the phone's edge. */
  async function expectNavbarHidden(page: Page, where: string): Promise<void> {
    // visibility: hidden takes an element out of the roles a person (and a screen reader) meets.
    expect({ where, navigation: await navbar(page).count() }).toEqual({ where, navigation: 0 });
    const box = await page.getByRole('heading', { level: 1 }).first().boundingBox();
    expect({ where, left: box?.x }).toEqual({ where, left: 16 });
  }

  it.each(['en', 'fr'] as const)('keeps the collapsed navbar out of sight on every route at 375 px until the burger opens it (%s)', async (locale) => {
    const ws = await h.t.createWorkspace();
    const page = await signedInAdmin(ws, locale);
    const shell = new AppShellPage(page);
    for (const route of await everyRoute(ws)) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectNavbarHidden(page, route);
      await page.screenshot({ path: join(ARTIFACTS, `phone-shell-${locale}${route.replace(/\/[0-9a-f-]{36}/g, '/id').replace(/\//g, '-')}.png`) });
    }

    // Straight from the desktop layout to the phone's: no strip while the layout changes.
    await page.setViewportSize(VIEWPORTS.desktop);
    await navbar(page).waitFor();
    await page.setViewportSize(VIEWPORTS.phone);
    await navbar(page).waitFor({ state: 'hidden' });
    await expectNavbarHidden(page, 'desktop to phone');
    await page.screenshot({ path: join(ARTIFACTS, `phone-shell-${locale}-after-resize.png`) });

    // The burger shows it; choosing a section hides it again.
    await page.getByRole('button', { name: /^(Open the menu|Ouvrir le menu)$/ }).click();
    await navbar(page).waitFor();
    // Pictured once it has slid in.
    await navbar(page).evaluate((el) => Promise.all((el as unknown as Animatable).getAnimations().map((animation) => animation.finished)));
    await page.screenshot({ path: join(ARTIFACTS, `phone-shell-${locale}-menu-open.png`) });
    await shell.go(/^(Courses|Formations)$/);
    await shell.pageTitle(/^(Courses|Formations)$/).waitFor();
    await navbar(page).waitFor({ state: 'hidden' });
    await expectNavbarHidden(page, 'after choosing a section');
    await page.context().close();
  });
});
