import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { configureApi } from '../src/app.setup';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { Channel } from '../src/common/enums';
import { DEFAULT_BRAND } from '../src/modules/branding/brand-style';
import { compileEmailSource } from '../src/modules/templates/email-compiler';
import { sampleContext } from '../src/modules/templates/sample-data';
import { starterFromFiles } from '../src/modules/templates/starter-catalog';
import { composeTalkingPoints } from '../src/modules/templates/talking-points-composer';
import type { EmailVariant, TalkingPointsVariant } from '../src/modules/templates/template-content';
import { TemplateLibrary } from '../src/modules/templates/template-library';
import { type RenderRequest, TemplateRenderer } from '../src/modules/templates/template-renderer';
import { freshBenchDatabase, log, percentile, writeResults } from './bench-support';

const PREVIEW_REQUESTS = 120;

// CPU time of this process in ms (user + system, GC threads included).
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * `npm run bench:render`: for every starter email (and talking points) in every locale, the time to
 * compile MJML once per version, then personalised renders per second on one core from the cache.
 * Compile times are wall clock; renders per core are counted against this single-threaded process's
 * CPU time (on a shared machine, wall time also measures the other tenants), wall clock beside.
 */
async function main(): Promise<void> {
  const library = TemplateLibrary.default();
  const starters = library.starters.map(starterFromFiles).filter((s) => s.channel !== Channel.Post);
  const versions = starters.flatMap((s) =>
    Object.keys(s.variants).map((locale) => {
      const variant = s.variants[locale];
      const email = s.channel === Channel.TalkingPoints ? composeTalkingPoints(variant as TalkingPointsVariant, locale) : (variant as EmailVariant);
      return { key: `${s.key}/${locale}`, locale, email, version: { id: `${s.key}@1`, channel: s.channel, variants: s.variants } };
    }),
  );

  // 1. MJML compilation per version and locale as the renderer does it on a cache miss, then with
  // the strict validation of a save. Three warm-up rounds first, so that the JIT has settled.
  const compile = (v: (typeof versions)[number], validation: 'strict' | 'skip') =>
    compileEmailSource({ body: v.email.body, preheader: v.email.preheader, locale: v.locale, brand: DEFAULT_BRAND, library, path: 'body', validation });
  const measureCompiles = async (validation: 'strict' | 'skip') => {
    for (let round = 0; round < 3; round++) for (const v of versions) await compile(v, validation);
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const v of versions) {
        const [cpuStart, wallStart] = [cpuMs(), performance.now()];
        const result = await compile(v, validation);
        cpu.push(cpuMs() - cpuStart);
        wall.push(performance.now() - wallStart);
        if (!result.ok) throw new Error(`${v.key} does not compile: ${JSON.stringify(result.errors)}`);
      }
    }
    return { cpu, wall };
  };
  const cacheMiss = await measureCompiles('skip');
  const onSave = await measureCompiles('strict');

  // 2. Personalised renders from the cache: subject, preheader, HTML and text part per recipient.
  const renderer = new TemplateRenderer(library);
  const names = ['Camille', 'Alex', 'Léa', 'Karim', 'Zoé', 'Sam', 'Inès', 'Noah'];
  const requests: RenderRequest[] = versions.flatMap((v) =>
    names.map((firstName, i) => {
      const context = sampleContext(v.locale, DEFAULT_BRAND);
      context.learner.firstName = firstName;
      context.learner.timeZone = i % 2 ? 'Europe/Paris' : 'America/New_York';
      return { version: v.version, locale: v.locale, brand: DEFAULT_BRAND, context, timeZone: context.learner.timeZone };
    }),
  );
  for (const request of requests) await renderer.renderEmail(request);
  let renders = 0;
  let bytes = 0;
  const [cpuStart, wallStart] = [cpuMs(), performance.now()];
  while (performance.now() - wallStart < 4000) {
    for (const request of requests) {
      const email = await renderer.renderEmail(request);
      bytes += email.html.length;
      renders++;
    }
  }
  const cpuSeconds = (cpuMs() - cpuStart) / 1000;
  const wallSeconds = (performance.now() - wallStart) / 1000;

  // 3. The editor's live preview: POST /v1/templates/render of a starter-sized email over loopback,
  // as a keystroke asks for it. Each request changes the body, so no compiled draft is reused.
  const preview = await previewRoundTrips(versions.find((v) => v.key === 'invitation/fr') ?? versions[0]!);

  const r2 = (n: number) => Math.round(n * 100) / 100;
  const figures = {
    templateVersions: versions.length,
    mjmlCompileP50Ms: r2(percentile(cacheMiss.wall, 50)),
    mjmlCompileP95Ms: r2(percentile(cacheMiss.wall, 95)),
    mjmlCompileCpuP95Ms: r2(percentile(cacheMiss.cpu, 95)),
    mjmlStrictCompileP50Ms: r2(percentile(onSave.wall, 50)),
    mjmlStrictCompileP95Ms: r2(percentile(onSave.wall, 95)),
    rendersPerSecondPerCore: Math.round(renders / cpuSeconds),
    rendersPerSecondWallClock: Math.round(renders / wallSeconds),
    renderMicrosecondsMean: r2((cpuSeconds * 1e6) / renders),
    averageHtmlBytes: Math.round(bytes / renders),
    previewRoundTripP50Ms: r2(percentile(preview, 50)),
    previewRoundTripP95Ms: r2(percentile(preview, 95)),
    previewRequests: preview.length,
    loadAverage1m: r2(loadavg()[0]),
    cpuModel: cpus()[0]?.model ?? 'unknown',
  };
  log(`Starter email versions (template × locale): ${figures.templateVersions}`);
  log(`MJML compile per version (cache miss): p50 ${figures.mjmlCompileP50Ms} ms, p95 ${figures.mjmlCompileP95Ms} ms (target ≤ 10 ms); CPU p95 ${figures.mjmlCompileCpuP95Ms} ms`);
  log(`With strict validation (on save): p50 ${figures.mjmlStrictCompileP50Ms} ms, p95 ${figures.mjmlStrictCompileP95Ms} ms`);
  log(`Personalised renders from the cache: ${figures.rendersPerSecondPerCore}/s per core (target ≥ 20,000), ${figures.renderMicrosecondsMean} µs each; ${figures.rendersPerSecondWallClock}/s wall clock; ${figures.averageHtmlBytes} bytes of HTML`);
  log(`Editor preview round trip (POST /v1/templates/render, ${figures.previewRequests} edits of a starter email, loopback): p50 ${figures.previewRoundTripP50Ms} ms, p95 ${figures.previewRoundTripP95Ms} ms (target ≤ 250 ms)`);
  log(`Load average during the run: ${figures.loadAverage1m} on ${cpus().length} CPUs`);
  writeResults('render', figures);
}

/** Round-trip times (ms) of the editor's render request, the body edited before each one, against the real api on loopback. */
async function previewRoundTrips(version: { locale: string; email: EmailVariant }): Promise<number[]> {
  const config = await freshBenchDatabase('clarion_bench_render');
  process.env.DATABASE_URL = config.databaseUrl;
  process.env.LOG_LEVEL = 'warn';
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApi(app);
  await app.listen(0, '127.0.0.1');
  try {
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const { key } = await app.get(WorkspacesService).createWorkspace({ name: 'Bench Render', templateApproval: false });
    const { email, locale } = version;
    // What the editor sends after a keystroke: the whole draft, one word of the body changed.
    const request = (i: number) =>
      fetch(`${base}/v1/templates/render`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          channel: Channel.Email,
          locale,
          variants: { [locale]: { ...email, body: email.body.replace('</mj-column>', `<mj-text>Edit ${i}</mj-text></mj-column>`) } },
        }),
      });
    const times: number[] = [];
    for (let i = 0; i < PREVIEW_REQUESTS + 5; i++) {
      const started = performance.now();
      const res = await request(i);
      const body = (await res.json()) as { errors: unknown[]; html: string | null };
      const ms = performance.now() - started;
      if (!res.ok || body.errors.length || !body.html?.includes(`Edit ${i}`)) throw new Error(`render ${i}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      if (i >= 5) times.push(ms); // the first ones warm the connection and the JIT
    }
    return times;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
