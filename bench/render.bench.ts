import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Channel } from '../src/common/enums';
import { DEFAULT_BRAND } from '../src/modules/branding/brand-style';
import { compileEmailSource } from '../src/modules/templates/email-compiler';
import { sampleContext } from '../src/modules/templates/sample-data';
import { starterFromFiles } from '../src/modules/templates/starter-catalog';
import { composeTalkingPoints } from '../src/modules/templates/talking-points-composer';
import type { EmailVariant, TalkingPointsVariant } from '../src/modules/templates/template-content';
import { TemplateLibrary } from '../src/modules/templates/template-library';
import { type RenderRequest, TemplateRenderer } from '../src/modules/templates/template-renderer';
import { log, percentile, writeResults } from './bench-support';

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
    loadAverage1m: r2(loadavg()[0]),
    cpuModel: cpus()[0]?.model ?? 'unknown',
  };
  log(`Starter email versions (template × locale): ${figures.templateVersions}`);
  log(`MJML compile per version (cache miss): p50 ${figures.mjmlCompileP50Ms} ms, p95 ${figures.mjmlCompileP95Ms} ms (target ≤ 10 ms); CPU p95 ${figures.mjmlCompileCpuP95Ms} ms`);
  log(`With strict validation (on save): p50 ${figures.mjmlStrictCompileP50Ms} ms, p95 ${figures.mjmlStrictCompileP95Ms} ms`);
  log(`Personalised renders from the cache: ${figures.rendersPerSecondPerCore}/s per core (target ≥ 20,000), ${figures.renderMicrosecondsMean} µs each; ${figures.rendersPerSecondWallClock}/s wall clock; ${figures.averageHtmlBytes} bytes of HTML`);
  log(`Load average during the run: ${figures.loadAverage1m} on ${cpus().length} CPUs`);
  writeResults('render', figures);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
