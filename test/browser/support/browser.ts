import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { SmtpSink } from '../../support/smtp-sink';
import { SchedulerService } from '../../../src/modules/delivery/scheduler.service';
import { TestWorker } from '../../support/test-worker';
import { TestApp } from '../../support/test-app';

const ROOT = join(__dirname, '..', '..', '..');
export const CONSOLE_DIR = join(ROOT, 'dist', 'web');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } } as const;
export type ViewportName = keyof typeof VIEWPORTS;

/**
 * The real api serving the built console on a free port of 127.0.0.1, a Chromium to drive it, and
 * the SMTP server its account emails (invitations, resets) reach over the real mail path.
 */
export class ConsoleHarness {
  private constructor(
    readonly t: TestApp,
    readonly baseUrl: string,
    readonly browser: Browser,
    readonly mail: SmtpSink,
    private readonly worker: TestWorker | null,
  ) {}

  /** `worker`: also run the worker (scheduler and queue processors) in this process, for what it sends (test sends…). */
  static async start(overrides: Record<string, string> = {}, options: { worker?: boolean } = {}): Promise<ConsoleHarness> {
    if (!existsSync(join(CONSOLE_DIR, 'index.html'))) throw new Error('The console is not built: run `npm run build:web` (npm run test:browser does).');
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    const mail = await SmtpSink.start();
    const t = await TestApp.start({ CONSOLE_DIR, SMTP_URL: mail.url, ...overrides });
    const worker = options.worker ? await TestWorker.start(t.config) : null;
    const port = await t.listen();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    return new ConsoleHarness(t, `http://127.0.0.1:${port}`, browser, mail, worker);
  }

  /**
   * A fresh browser profile (no cookie, no stored language) in the given language. It asks for reduced motion, as
   * some people do: a notification then appears at once, never half faded in while axe measures its contrast.
   */
  /** `userAgent`: a real browser's, for a journey whose visits must count as a person's (a headless Chromium's counts as a machine's). */
  async newContext(locale: 'en' | 'fr' = 'en', viewport: ViewportName = 'desktop', options: { userAgent?: string } = {}): Promise<BrowserContext> {
    const context = await this.browser.newContext({ baseURL: this.baseUrl, locale, viewport: VIEWPORTS[viewport], reducedMotion: 'reduce', ...options });
    context.setDefaultTimeout(15_000);
    return context;
  }

  /** One round of the worker's scheduler (for journeys started with `SCHEDULER_ENABLED: 'false'` and a worker). */
  async tick(): Promise<void> {
    if (!this.worker) throw new Error('ConsoleHarness.tick() needs the worker: start with { worker: true }');
    await this.worker.module.get(SchedulerService).tick();
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.worker?.close();
    await this.t.close();
    await this.mail.stop();
  }
}

/** Further parts a check leaves out. Sandboxed frames always are: a template's preview is an email's own HTML, run with no script, which axe cannot enter (it waits forever). */
export interface AxeScope {
  exclude?: string[];
}

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page, screen: string, scope: AxeScope = {}): Promise<void> {
  await settled(page);
  const builder = new AxeBuilder({ page }).exclude('iframe[sandbox]');
  for (const selector of scope.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
    throw new Error(`Accessibility violations on ${screen}:\n  ${lines.join('\n  ')}`);
  }
}

/** Waits for the page's running transitions (the navigation sliding back in when the page widens, a notification fading in). */
async function settled(page: Page): Promise<void> {
  // A spinner's animation never ends: only those that do are waited for.
  await page.evaluate(`Promise.all(document.getAnimations()
    .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
    .map((a) => a.finished.catch(() => undefined)))`);
}

/** Screenshots of the page at 1280 and 375 px wide (test/artifacts/<name>-<width>.png), then back to 1280. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport);
    await page.evaluate('document.fonts.ready');
    await settled(page);
    // From the top: a page scrolled by the journey would show its fixed header halfway down. Scrolled
    // once the resize is laid out (two frames): a focused code editor scrolls its caret back into view then.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.width}.png`), fullPage: true });
  }
}

/** axe and screenshots at both widths: what every screen of a journey goes through. */
export async function checkScreen(page: Page, name: string, scope: AxeScope = {}): Promise<void> {
  await screenshots(page, name);
  await expectAccessible(page, `${name} (1280 px)`, scope);
  await page.setViewportSize(VIEWPORTS.phone);
  await settled(page);
  await expectAccessible(page, `${name} (375 px)`, scope);
  await page.setViewportSize(VIEWPORTS.desktop);
}
