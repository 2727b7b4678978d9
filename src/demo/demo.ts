import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureApi } from '../app.setup';
import { AppConfig } from '../config/app-config';
import { Role } from '../common/enums';
import { PasswordHasher } from '../modules/people/password-hasher';
import { UsersService } from '../modules/people/users.service';
import { signPayload } from '../modules/learning-events/webhook-signature';
import { TrackingTokens } from '../modules/tracking/tracking-token';
import { WorkspacesService } from '../modules/workspaces/workspaces.service';
import { WorkerModule } from '../worker.module';
import { DemoClient } from './demo-client';
import { DEMO_PERSONAS, DEMO_SEGMENTS, demoLearners } from './demo-organisation';

export interface DemoOptions {
  learners: number;
}

const DEMO_WORKSPACE = 'Clarion Demo — Acme Learning';
const DEMO_USER_EMAIL = 'dlm@demo.clarion.test';
const say = (line = '') => process.stdout.write(`${line}\n`);

/**
 * The whole story in one run: a DLM's workspace with a realistic organisation, personas, segments,
 * the starter templates, a course session and its before/during/after plan, the dry run, the
 * launch, and the steps due now sent by the real worker through the real queue into the outbox.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const started = Date.now();
  const api = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'], abortOnError: false });
  configureApi(api);
  await api.listen(0, '127.0.0.1');
  const config = api.get(AppConfig);
  const dataSource = api.get(DataSource);
  const intranet = await startIntranet();
  let worker: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  try {
    // 1. A fresh workspace each run (the previous demo workspace and its data are deleted).
    await dataSource.query(`DELETE FROM workspaces WHERE name = $1`, [DEMO_WORKSPACE]);
    const { workspace, key } = await api.get(WorkspacesService).createWorkspace({ name: DEMO_WORKSPACE, defaultLocale: 'en', timeZone: 'Europe/Paris' });
    // The demo's intranet is a local receiver: the operator lets this workspace reach private hosts.
    await dataSource.query(`UPDATE workspaces SET allow_private_network_hosts = true WHERE id = $1`, [workspace.id]);
    const client = new DemoClient(`http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`, key);
    await client.patch('/v1/workspace', { frequencyCap: 4, emailRatePerSecond: 2000, quietHours: null });
    say(`✔ Workspace "${workspace.name}" (slug ${workspace.slug}); admin key for this run: ${key}`);

    // 2. The organisation, through the CSV import a DLM would use.
    const learners = demoLearners(options.learners);
    const csv = toCsv(learners);
    const imported = await client.post('/v1/learners/import', csv, 'text/csv');
    say(`✔ Imported ${imported.created} learners from a CSV export (${imported.failed} rejected) across ${new Set(learners.map((l) => l.site)).size} sites and ${new Set(learners.map((l) => l.timeZone)).size} time zones`);
    // A few learners had unsubscribed or withheld email consent before: the plan must respect it.
    await dataSource.query(
      `UPDATE learners SET unsubscribed_at = now() - interval '30 days' WHERE workspace_id = $1 AND (hashtext(external_id) % 40) = 0`,
      [workspace.id],
    );
    await dataSource.query(`UPDATE learners SET consent_email = false WHERE workspace_id = $1 AND (hashtext(external_id) % 55) = 1`, [workspace.id]);

    // 3. Personas, assigned by their rules (later personas win over earlier ones).
    say('✔ Learning personas');
    for (const persona of DEMO_PERSONAS) {
      const created = await client.post('/v1/personas', persona);
      const { assigned } = await client.post(`/v1/personas/${created.id}/assign`);
      say(`    ${persona.name.padEnd(18)} ${String(assigned).padStart(5)} learners assigned · prefers ${persona.preferredChannels.join(' > ')} · ${persona.tone}`);
    }

    // 4. Segments, previewed before they are saved.
    say('✔ Segments');
    const segments: Record<string, string> = {};
    for (const segment of DEMO_SEGMENTS) {
      const preview = await client.post('/v1/segments/preview', { rule: segment.rule });
      segments[segment.name] = (await client.post('/v1/segments', segment)).id;
      const sample = preview.sample.slice(0, 2).map((l: { firstName: string; lastName: string; department: string }) => `${l.firstName} ${l.lastName} (${l.department})`);
      say(`    ${segment.name.padEnd(30)} ${String(preview.count).padStart(5)} learners · e.g. ${sample.join(', ')}`);
    }

    // 5. Brand, starter templates, the intranet channel, the course and its session.
    const brandKit = await client.post('/v1/brand-kits', {
      name: 'Acme Learning Academy',
      colors: { primary: '#0b5cad', secondary: '#073b6f', accent: '#f5a623' },
      senderName: 'Acme Learning Academy',
      senderEmail: 'learning@acme-learning.example',
      replyTo: 'dlm@acme-learning.example',
      footerText: 'Acme Learning Academy · 1 parvis de la Défense, Paris',
      legalMention: 'You receive this email as an Acme employee invited to internal trainings.',
      // The workspace writes English; French-speaking learners get the kit's words in French.
      translations: [
        {
          locale: 'fr',
          senderName: 'Académie Acme Learning',
          legalMention: 'Vous recevez cet email en tant que collaborateur Acme invité aux formations internes.',
        },
      ],
    });
    const installed = await client.post('/v1/templates/install-starters');
    const versions = await starterVersions(dataSource, workspace.id);
    say(`✔ Brand kit and ${installed.installed.length} starter templates (French and English) installed`);
    const channel = await client.post('/v1/network-channels', { name: 'Intranet news', kind: 'webhook', url: intranet.url, secret: 'demo-intranet-signing-secret' });
    const course = await client.post('/v1/courses', {
      code: 'DATA-101',
      title: 'Data literacy for everyone',
      description: 'Read, question and use data in your daily decisions — a blended course over one week.',
      modality: 'blended',
      durationMinutes: 720,
      lmsUrl: 'https://lms.acme-learning.example/courses/data-101',
      skills: ['data literacy', 'critical thinking', 'dashboards'],
      translations: [
        {
          locale: 'fr',
          title: 'La data pour tous',
          description: 'Lire, questionner et utiliser les données dans vos décisions de tous les jours — un parcours mixte sur une semaine.',
          skills: ['culture des données', 'esprit critique', 'tableaux de bord'],
        },
      ],
    });
    const startsAt = DateTime.now().setZone('Europe/Paris').plus({ days: 14 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
    const session = await client.post(`/v1/courses/${course.id}/sessions`, {
      title: 'Data literacy — spring cohort',
      startsAt: startsAt.toISO(),
      endsAt: startsAt.plus({ days: 4 }).set({ hour: 17 }).toISO(),
      enrolBy: startsAt.minus({ days: 3 }).toISO(),
      capacity: 400,
      location: 'Paris La Défense, Campus room Ada + online modules',
      meetingUrl: 'https://meet.acme-learning.example/data-101',
      timeZone: 'Europe/Paris',
    });
    say(`✔ Course "${course.title}" with a session starting ${startsAt.toFormat("cccc d LLLL yyyy 'at' HH:mm")} (Paris)`);

    // 6. The communication plan: before, during, after; email, network post, talking points, an A/B test.
    const teaser = await client.get(`/v1/templates/${(await templateIdOf(dataSource, workspace.id, 'teaser'))}/versions/1`);
    const teaserB = await client.post(`/v1/templates/${teaser.templateId}/versions`, {
      variants: Object.fromEntries(
        Object.entries(teaser.variants as Record<string, Record<string, unknown>>).map(([locale, v]) => [
          locale,
          { ...v, subject: locale.startsWith('fr') ? '{{learner.firstName}}, 3 demi-journées pour parler data avec assurance' : '{{learner.firstName}}, three half-days to talk data with confidence' },
        ]),
      ),
    });
    // The workspace asks for a review before a step uses a template: the new subject is submitted, then approved.
    await client.post(`/v1/templates/${teaser.templateId}/versions/${teaserB.version}/submit`, {});
    await client.post(`/v1/templates/${teaser.templateId}/versions/${teaserB.version}/approve`, { comment: 'A/B test of the subject' });
    say(`✔ Teaser subject B saved as version ${teaserB.version}, submitted for review and approved`);
    const managers = (await client.get(`/v1/segments/${segments.Managers}/learners?limit=5`)).items.map((l: { id: string }) => l.id);
    const step = (name: string, phase: string, anchor: string, offset: string, channel: string, starter: string, extra: Record<string, unknown> = {}) => ({
      name,
      phase,
      anchor,
      offset,
      channel,
      templateVersionId: versions[starter],
      ...extra,
    });
    const campaign = await client.post('/v1/campaigns', {
      name: 'Data literacy — spring cohort',
      description: 'Fill the spring cohort with the business teams, then keep them going to completion.',
      courseId: course.id,
      sessionId: session.id,
      goalEnrolments: 300,
      brandKitId: brandKit.id,
      includeSegmentIds: [segments['Data literacy audience']],
      sponsor: { name: 'Claire Martin', title: 'Chief Operating Officer', quote: 'Every decision we make gets better when we read the numbers together.' },
      // Where the survey and certificate buttons lead (enrolling goes to the course's LMS page).
      links: { survey: 'https://forms.acme-learning.example/data-101-feedback', certificate: 'https://lms.acme-learning.example/certificates/data-101' },
      ambassadorIds: managers,
      networkChannelIds: [channel.id],
      allowLocaleFallback: true,
      steps: [
        { ...step('Teaser (A/B subject)', 'before', 'launch', 'PT0M', 'preferred', 'teaser'), templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: versions.teaser, weight: 50 }, { key: 'B', templateVersionId: teaserB.id, weight: 50 }] },
        step('Intranet announcement', 'before', 'launch', 'PT0M', 'post', 'post-session-announcement'),
        step('Ambassador talking points', 'before', 'launch', 'PT0M', 'talking_points', 'ambassador-talking-points'),
        step("Sponsor's word", 'before', 'session_start', '-P10D', 'email', 'sponsor-word', { localTime: '09:00' }),
        step('Invitation', 'before', 'session_start', '-P7D', 'email', 'invitation', { localTime: '09:00', enrollmentCondition: 'not_enrolled' }),
        step('Enrolment reminder', 'before', 'enrol_by', '-P2D', 'email', 'enrolment-reminder', { localTime: '09:00', enrollmentCondition: 'not_enrolled' }),
        step('Last call', 'before', 'enrol_by', 'PT0M', 'email', 'last-call', { localTime: '08:30', enrollmentCondition: 'not_enrolled' }),
        step('Welcome on enrolment', 'before', 'learner_enrolled', 'PT0M', 'email', 'welcome', { essential: true }),
        step('Practical information', 'during', 'session_start', '-P1D', 'email', 'practical-info', { localTime: '10:00', enrollmentCondition: 'enrolled', essential: true }),
        step('Mid-course nudge', 'during', 'session_start', 'P2D', 'email', 'mid-course-nudge', { localTime: '09:00', enrollmentCondition: 'started_not_completed' }),
        step('Congratulations', 'after', 'learner_completed', 'PT1H', 'email', 'congratulations', { essential: true }),
        step('Feedback survey', 'after', 'session_end', 'P1D', 'email', 'feedback-survey', { localTime: '10:00', enrollmentCondition: 'completed' }),
        step('Completion celebration', 'after', 'session_end', 'P2D', 'post', 'post-completion-celebration'),
        step('Next course', 'after', 'session_end', 'P14D', 'email', 'next-course', { localTime: '09:00', enrollmentCondition: 'completed' }),
      ],
    });
    say(`✔ Communication plan "${campaign.name}": ${campaign.steps.length} steps, ${managers.length} ambassadors, sponsor ${campaign.sponsor.name}`);

    // 7. The dry run.
    const plan = await client.get(`/v1/campaigns/${campaign.id}/plan`);
    say(`\nPlan preview (audience ${plan.audience} learners; times in Paris; nothing sent yet)`);
    say(`  ${'#'.padEnd(3)}${'step'.padEnd(28)}${'when'.padEnd(36)}${'to'.padStart(6)}  ${'email/post/talking points'.padEnd(26)}would skip (unsub/suppr/consent/cap)`);
    for (const s of plan.steps) {
      say(
        `  ${String(s.position + 1).padEnd(3)}${s.name.padEnd(28)}${window(s).padEnd(36)}${String(s.audience).padStart(6)}  ${`${s.channels.email}/${s.channels.post}/${s.channels.talkingPoints}`.padEnd(26)}${s.wouldSkip.unsubscribed}/${s.wouldSkip.suppressed}/${s.wouldSkip.noConsent}/${s.wouldSkip.frequencyCap}`,
      );
    }

    // 8. Launch, and let the worker send what is due now.
    await client.post(`/v1/campaigns/${campaign.id}/launch`);
    say('\n✔ Launched. Starting a worker (scheduler + BullMQ processors)…');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'], abortOnError: false });
    await worker.init();
    await waitForDueDeliveries(dataSource, campaign.id, 'Sending the steps due now');

    // 9. Learners react: some open and click (as their mail client would), then the LMS reports
    //    enrolments and completions through its signed webhook. Each enrolment triggers the
    //    "Welcome on enrolment" step and is attributed to the click that led to it.
    const base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    const tokens = api.get(TrackingTokens);
    const teaserSent: { id: string; learner_id: string; external_id: string }[] = await dataSource.query(
      `SELECT d.id, d.learner_id, l.external_id FROM deliveries d JOIN campaign_steps s ON s.id = d.step_id JOIN learners l ON l.id = d.learner_id
        WHERE d.campaign_id = $1 AND s.variants <> '[]'::jsonb AND d.status = 'sent' ORDER BY d.id LIMIT 400`,
      [campaign.id],
    );
    const browser = { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' };
    const opened = teaserSent.slice(0, 320);
    const clicked = teaserSent.slice(0, 120);
    for (const d of opened) await fetch(`${base}/t/o/${tokens.sign({ kind: 'o', deliveryId: d.id })}`, { headers: browser });
    for (const d of clicked) await fetch(`${base}/t/c/${tokens.sign({ kind: 'c', deliveryId: d.id, link: 0 })}`, { headers: browser, redirect: 'manual' });
    say(`✔ ${opened.length} learners opened the teaser and ${clicked.length} clicked through to the course page`);

    const { secret } = await client.post('/v1/lms/webhook-secrets');
    const lms = async (events: unknown[]) => {
      const body = JSON.stringify(events);
      const t = Math.floor(Date.now() / 1000);
      const response = await fetch(`${base}/v1/lms/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Clarion-Workspace': workspace.id, 'Clarion-Signature': `t=${t},v1=${signPayload(secret, t, body)}` },
        body,
      });
      if (!response.ok) throw new Error(`LMS webhook answered ${response.status}: ${await response.text()}`);
    };
    const enrolling = clicked.slice(0, 45);
    const now = new Date().toISOString();
    // Counted before the events: a fast worker may send some welcome emails before the wait below starts.
    const handledBefore = await handledDeliveries(dataSource, campaign.id);
    await lms(enrolling.map((d, i) => ({ id: `lms-enrol-${i}`, type: 'enrolled', occurredAt: now, learner: { externalId: d.external_id }, sessionId: session.id })));
    say(`✔ The LMS reported ${enrolling.length} enrolments (signed webhook): the "Welcome on enrolment" step follows each one`);
    await waitForDueDeliveries(dataSource, campaign.id, 'Sending welcome emails', { handledBefore, atLeastNew: enrolling.length });

    // 10. What happened.
    const summary = await client.get(`/v1/campaigns/${campaign.id}/deliveries/summary`);
    say('\nDeliveries so far');
    for (const s of summary.steps.filter((x: { total: number }) => x.total > 0)) {
      const parts = s.counts.map((c: { status: string; reason: string | null; count: number }) => `${c.count} ${c.status}${c.reason ? ` (${c.reason.replace(/_/g, ' ')})` : ''}`);
      say(`  ${s.name.padEnd(28)} ${parts.join(', ')}`);
    }
    const ab: { variant: string; n: number }[] = await dataSource.query(
      `SELECT d.variant, count(*)::int AS n FROM deliveries d JOIN campaign_steps s ON s.id = d.step_id
        WHERE d.campaign_id = $1 AND s.variants <> '[]'::jsonb AND d.status = 'sent' GROUP BY d.variant ORDER BY 1`,
      [campaign.id],
    );
    say(`  A/B split of the teaser: ${ab.map((r) => `${r.variant} ${r.n}`).join(' · ')}`);
    const outbox = config.smtpUrl ? null : resolve(config.outboxDir);
    say(outbox ? `\nEmails are in ${outbox} (one .eml file each; open one with any mail client).` : `\nEmails went to ${config.smtpUrl}.`);
    say(`Intranet posts received by the demo's webhook: ${intranet.received.length} (signed: ${intranet.received.every((r) => r.signed) ? 'yes' : 'no'})`);
    for (const post of intranet.received) say(`  “${post.title}”`);
    const report = await client.get(`/v1/campaigns/${campaign.id}/report`);
    const f = report.funnel;
    say(`\nFunnel so far: ${f.targeted} targeted → ${f.sent} sent → ${f.opened} opened → ${f.clicked} clicked → ${f.enrolled} enrolled (goal ${campaign.goalEnrolments})`);

    // 11. A person to explore it all in the console.
    const password = `demo-${randomBytes(9).toString('base64url')}`;
    await api.get(UsersService).provisionMember(workspace.id, {
      email: DEMO_USER_EMAIL,
      name: 'Dana Lambert (demo DLM)',
      // No language chosen for them: the console speaks the browser's until they pick one.
      role: Role.Admin,
      passwordHash: await api.get(PasswordHasher).hash(password),
    });
    say(`\nSign in to the console as admin of "${workspace.name}": ${config.publicBaseUrl} (after \`npm run build && npm start\`; with \`npm run dev\`, Vite's http://localhost:5173)`);
    say(`  email     ${DEMO_USER_EMAIL}`);
    say(`  password  ${password}   (set anew at each demo run)`);
    say(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Explore the API at http://localhost:${config.port}/docs after \`npm run dev\` (key above).`);
  } finally {
    await worker?.close();
    await api.close();
    await new Promise((r) => intranet.server.close(r));
  }
}

async function handledDeliveries(dataSource: DataSource, campaignId: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS done FROM deliveries WHERE campaign_id = $1 AND status IN ('sent', 'skipped', 'failed')`, [campaignId]);
  return row.done;
}

/** Waits until nothing due is left, and (with `more`) until `atLeastNew` more were handled than `handledBefore`. */
async function waitForDueDeliveries(dataSource: DataSource, campaignId: string, label: string, more?: { handledBefore: number; atLeastNew: number }): Promise<void> {
  const count = async () =>
    (
      await dataSource.query(
        `SELECT count(*) FILTER (WHERE status IN ('queued', 'sending') OR (status = 'pending' AND scheduled_at <= now()))::int AS open,
                count(*) FILTER (WHERE status IN ('sent', 'skipped', 'failed'))::int AS done
           FROM deliveries WHERE campaign_id = $1`,
        [campaignId],
      )
    )[0] as { open: number; done: number };
  const target = more ? more.handledBefore + more.atLeastNew : 0;
  let last = '';
  for (;;) {
    const { open, done } = await count();
    const line = `  ${label}… ${done} handled, ${open} to go`;
    if (line !== last && process.stdout.isTTY) process.stdout.write(`\r${line}`);
    last = line;
    if (open === 0 && done >= target && done > 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  process.stdout.write(`${process.stdout.isTTY ? '\r' : ''}✔ ${label}: done${' '.repeat(30)}\n`);
}

function window(s: { firstSendAt: string | null; lastSendAt: string | null; anchor: string; offset: string }): string {
  if (!s.firstSendAt) {
    if (s.anchor.startsWith('learner_')) return `on each ${s.anchor.replace('learner_', '')} event${s.offset === 'PT0M' ? '' : ` (${s.offset})`}`;
    return '— (nobody in this step today)';
  }
  const fmt = (iso: string) => DateTime.fromISO(iso).setZone('Europe/Paris').toFormat('dd LLL HH:mm');
  return s.firstSendAt === s.lastSendAt ? fmt(s.firstSendAt) : `${fmt(s.firstSendAt)} → ${fmt(s.lastSendAt!)}`;
}

function toCsv(learners: ReturnType<typeof demoLearners>): string {
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const header = 'employee_id,email,first_name,last_name,locale,time_zone,department,job_title,site,country,hire_date,consent_network,is_manager,level,remote';
  const rows = learners.map((l) =>
    [l.externalId, l.email, l.firstName, l.lastName, l.locale, l.timeZone, l.department, l.jobTitle, l.site, l.country, l.hireDate, String(l.consentNetwork), String(l.attributes.manager), String(l.attributes.level), String(l.attributes.remote)]
      .map((v) => quote(v))
      .join(','),
  );
  return `${header}\n${rows.join('\n')}\n`;
}

async function starterVersions(dataSource: DataSource, workspaceId: string): Promise<Record<string, string>> {
  const rows: { starter_key: string; id: string }[] = await dataSource.query(
    `SELECT t.starter_key, v.id FROM templates t JOIN template_versions v ON v.template_id = t.id AND v.version = t.latest_version
      WHERE t.workspace_id = $1 AND t.starter_key IS NOT NULL`,
    [workspaceId],
  );
  return Object.fromEntries(rows.map((r) => [r.starter_key, r.id]));
}

async function templateIdOf(dataSource: DataSource, workspaceId: string, starterKey: string): Promise<string> {
  const [row] = await dataSource.query(`SELECT id FROM templates WHERE workspace_id = $1 AND starter_key = $2`, [workspaceId, starterKey]);
  return row.id;
}

/** The demo's "intranet": a local HTTP endpoint receiving the signed webhook posts. */
async function startIntranet(): Promise<{ server: Server; url: string; received: { title: string; signed: boolean }[] }> {
  const received: { title: string; signed: boolean }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      try {
        received.push({ title: JSON.parse(body).title, signed: /^v1=[0-9a-f]{64}$/.test(String(req.headers['x-clarion-signature'] ?? '')) });
      } catch {
        // not a post: ignore
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/intranet/news`, received };
}

