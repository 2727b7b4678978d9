import { randomUUID } from 'node:crypto';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { signPayload } from '../src/modules/learning-events/webhook-signature';
import { SHORT_CODE_ALPHABET } from '../src/modules/ambassadors/short-code';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const HUMAN_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const LMS_URL = 'https://lms.example.com/courses/sec-101';

interface Fixture {
  campaignId: string;
  sessionId: string;
  ines: string;
  karim: string;
}

describe('Ambassador pages, short links, QR codes and posters', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let f: Fixture;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Acme Learning');
    f = await seed(t, ws);
  });
  afterAll(() => t.close());

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(text, params);
  const api = (path: string) => `/v1/campaigns/${f.campaignId}${path}`;
  const tokenOf = (pageUrl: string) => new URL(pageUrl).pathname.split('/').pop()!;
  const codeOf = (shortUrl: string) => new URL(shortUrl).pathname.split('/').pop()!;

  async function issue(learnerId: string): Promise<{ pageUrl: string; shortUrl: string }> {
    const res = await t.http().post(api(`/ambassadors/${learnerId}/link`)).set(...bearer(ws.keys.planner)).expect(201);
    expect(res.body).toMatchObject({ learnerId, linkStatus: 'active', revokedAt: null });
    return res.body;
  }

  it('gives each ambassador a page in their language with their talking points, short link and QR code', async () => {
    const before = await t.http().get(api('/ambassadors')).set(...bearer(ws.keys.viewer)).expect(200);
    expect(before.body.map((a: { name: string; linkStatus: string }) => [a.name, a.linkStatus])).toEqual([
      ['Inès Moreau', 'none'],
      ['Karim Benali', 'none'],
    ]);
    const { pageUrl, shortUrl } = await issue(f.ines);
    expect(pageUrl).toMatch(/\/a\/[A-Za-z0-9_-]{44}$/);
    const page = await t.http().get(`/v1/ambassador-pages/${tokenOf(pageUrl)}`).expect(200);
    expect(page.headers['cache-control']).toContain('no-store');
    expect(page.body).toMatchObject({ locale: 'fr', firstName: 'Inès', courseTitle: 'Sécurité : les bases', shortUrl, leaderboardOptOut: false });
    expect(page.body.talkingPoints.keyMessages.length).toBeGreaterThan(0);
    // The ready-to-post text carries the short link where the template puts the share link.
    expect(page.body.talkingPoints.postText).toContain(shortUrl);
    expect(page.body.talkingPoints.postText).toContain('J’ai suivi');
    expect(page.body.results).toEqual({ clicks: 0, enrolled: 0, relayCount: 0, lastRelayedAt: null, relayedToday: false });

    // Inès works in Montréal: the header's time is the one her key messages give, her zone named,
    // with the session's own start beside it.
    await sql(`UPDATE learners SET time_zone = 'America/Montreal' WHERE id = $1`, [f.ines]);
    const montreal = (await t.http().get(`/v1/ambassador-pages/${tokenOf(pageUrl)}`).expect(200)).body;
    const [start] = await sql<{ starts_at: Date }>(`SELECT starts_at FROM course_sessions WHERE id = $1`, [f.sessionId]);
    const at = (zone: string) => new Intl.DateTimeFormat('fr', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(start.starts_at);
    expect(montreal.session.when).toMatch(new RegExp(`(de|à) ${at('America/Montreal')} .*\\(heure de Montréal\\), soit `));
    expect(montreal.session.when).toContain(`${at('Europe/Paris')} heure de Paris`);
    expect(montreal.talkingPoints.keyMessages.join(' ')).toContain(`à ${at('America/Montreal')}`);
    expect(montreal.session.enrolByText).toMatch(/\(heure de Montréal\)$/);
    await sql(`UPDATE learners SET time_zone = 'Europe/Paris' WHERE id = $1`, [f.ines]);

    // The QR code, read back by an independent decoder, is the short link.
    const png = await t.http().get(`/s/${codeOf(shortUrl)}/qr.png`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    const image = PNG.sync.read(png.body as Buffer);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(shortUrl);
    const svg = await t.http().get(page.body.qrCodeUrl).expect(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
  });

  it('short links are a few unguessable characters that redirect to the tracked enrol URL and count the click', async () => {
    const { shortUrl } = await issue(f.karim);
    const code = codeOf(shortUrl);
    expect(code).toHaveLength(10);
    expect(code.length * Math.log2(SHORT_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(48);
    expect([...code].every((c) => SHORT_CODE_ALPHABET.includes(c))).toBe(true);

    const res = await t.http().get(`/s/${code}`).set('User-Agent', HUMAN_UA).expect(302);
    const location = new URL(res.headers.location);
    expect(`${location.origin}${location.pathname}`).toBe(LMS_URL);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({ utm_source: 'clarion', utm_medium: 'ambassador', utm_campaign: f.campaignId, ref: code });
    // A chat app drawing the link's preview is recorded as a machine, not counted.
    await t.http().get(`/s/${code}`).set('User-Agent', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)').expect(302);
    // So is a headless browser (a link checker, a test robot).
    await t.http().get(`/s/${code}`).set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36').expect(302);
    const clicks = await sql(`SELECT channel, learner_id, ambassador_id, machine FROM events WHERE kind = 'clicked' AND ambassador_id = $1 ORDER BY recorded_at`, [f.karim]);
    expect(clicks).toEqual([
      { channel: 'ambassador', learner_id: null, ambassador_id: f.karim, machine: false },
      { channel: 'ambassador', learner_id: null, ambassador_id: f.karim, machine: true },
      { channel: 'ambassador', learner_id: null, ambassador_id: f.karim, machine: true },
    ]);

    await t.http().get(`/s/${code.slice(0, -1)}${code.endsWith('z') ? 'y' : 'z'}`).expect(404);
    await t.http().get('/s/not-a-code!').expect(404);
    // A revoked code answers 404, QR code included.
    await sql(`UPDATE short_links SET revoked_at = now() WHERE code = $1`, [code]);
    const gone = await t.http().get(`/s/${code}`).set('User-Agent', HUMAN_UA).expect(404);
    expect(gone.body.error.code).toBe('TRACKING.LINK_NOT_FOUND');
    await t.http().get(`/s/${code}/qr.svg`).expect(404);
    await sql(`UPDATE short_links SET revoked_at = NULL WHERE code = $1`, [code]);
  });

  it('records "I shared it" once a day and shows it to the DLM in the report', async () => {
    const token = tokenOf((await t.http().get(api('/ambassadors')).set(...bearer(ws.key)).expect(200)).body[0].pageUrl);
    const first = await t.http().post(`/v1/ambassador-pages/${token}/shared`).expect(200);
    const second = await t.http().post(`/v1/ambassador-pages/${token}/shared`).expect(200);
    expect([first.body.recorded, second.body.recorded]).toEqual([true, false]);
    expect(second.body.results).toMatchObject({ relayCount: 1, relayedToday: true });
    expect(await sql(`SELECT count(*)::int AS n FROM ambassador_relays WHERE learner_id = $1`, [f.ines])).toEqual([{ n: 1 }]);
    const report = await t.http().get(api('/report')).set(...bearer(ws.key)).expect(200);
    const ines = report.body.ambassadors.find((a: { learnerId: string }) => a.learnerId === f.ines);
    expect(ines).toMatchObject({ name: 'Inès Moreau', relayCount: 1, relayedAt: expect.any(String) });
    // Karim's human click on his short link (the link preview is not counted).
    expect(report.body.ambassadors.find((a: { learnerId: string }) => a.learnerId === f.karim)).toMatchObject({ clicks: 1, relayCount: 0, relayedAt: null });
  });

  it('hides the name of an ambassador who opts out from the public leaderboard, not from the DLM’s report', async () => {
    const [ines, karim] = (await t.http().get(api('/ambassadors')).set(...bearer(ws.key)).expect(200)).body.map((a: { pageUrl: string }) => tokenOf(a.pageUrl));
    const names = async (token: string) => (await t.http().get(`/v1/ambassador-pages/${token}`).expect(200)).body.leaderboard.map((r: { firstName: string | null; you: boolean }) => [r.firstName, r.you]);
    expect(await names(karim)).toEqual(expect.arrayContaining([['Inès', false], ['Karim', true]]));

    const bad = await t.http().post(`/v1/ambassador-pages/${ines}/leaderboard-opt-out`).send({ optOut: 'yes' }).expect(400);
    expect(bad.body.error.details[0].path).toBe('optOut');
    await t.http().post(`/v1/ambassador-pages/${ines}/leaderboard-opt-out`).send({ optOut: true }).expect(200, { leaderboardOptOut: true });
    expect(await names(karim)).toEqual(expect.arrayContaining([[null, false], ['Karim', true]]));
    // Inès still sees her own name, and her choice.
    const own = (await t.http().get(`/v1/ambassador-pages/${ines}`).expect(200)).body;
    expect(own.leaderboardOptOut).toBe(true);
    expect(own.leaderboard.find((r: { you: boolean }) => r.you).firstName).toBe('Inès');
    const report = await t.http().get(api('/report')).set(...bearer(ws.key)).expect(200);
    expect(report.body.ambassadors.map((a: { name: string }) => a.name).sort()).toEqual(['Inès Moreau', 'Karim Benali']);
  });

  it('a revoked page link answers 404; a new one works and the short link keeps working', async () => {
    const old = (await t.http().get(api('/ambassadors')).set(...bearer(ws.key)).expect(200)).body[0];
    const token = tokenOf(old.pageUrl);
    await t.http().delete(api(`/ambassadors/${f.ines}/link`)).set(...bearer(ws.keys.viewer)).expect(403);
    const revoked = await t.http().delete(api(`/ambassadors/${f.ines}/link`)).set(...bearer(ws.keys.planner)).expect(200);
    expect(revoked.body).toMatchObject({ linkStatus: 'revoked', pageUrl: null, revokedAt: expect.any(String), shortUrl: old.shortUrl });
    const gone = await t.http().get(`/v1/ambassador-pages/${token}`).expect(404);
    expect(gone.body.error.code).toBe('AMBASSADOR.LINK_NOT_FOUND');
    // The page that says so wears the workspace's name; a token Clarion never signed learns nothing.
    const owner = await t.http().get(`/v1/ambassador-pages/${token}/brand`).expect(200);
    expect(owner.body).toMatchObject({ locale: 'fr', workspaceName: 'Acme Learning', brand: { primary: expect.any(String) } });
    await t.http().get(`/v1/ambassador-pages/${token.slice(0, -2)}xx/brand`).expect(404);
    await t.http().post(`/v1/ambassador-pages/${token}/shared`).expect(404);
    await t.http().get(`/s/${codeOf(old.shortUrl)}`).set('User-Agent', HUMAN_UA).expect(302);

    const renewed = await issue(f.ines);
    expect(renewed.pageUrl).not.toBe(old.pageUrl);
    await t.http().get(`/v1/ambassador-pages/${tokenOf(renewed.pageUrl)}`).expect(200);
    await t.http().get(`/v1/ambassador-pages/${token}`).expect(404);
    // Someone who is not an ambassador of the campaign gets no link; another workspace sees no campaign.
    const stranger = await newLearner(t, ws.id, 'Zoé', 'Martin', 'fr');
    expect((await t.http().post(api(`/ambassadors/${stranger}/link`)).set(...bearer(ws.key)).expect(404)).body.error.code).toBe('AMBASSADOR.NOT_FOUND');
    const other = await t.createWorkspace('Other');
    await t.http().get(api('/ambassadors')).set(...bearer(other.key)).expect(404);
  });

  it('prints a poster whose QR short link counts scans as poster clicks and credits the enrolments it brings', async () => {
    const poster = await t.http().get(api('/poster')).set(...bearer(ws.keys.viewer)).expect(200);
    expect(poster.body).toMatchObject({ locale: 'fr', courseTitle: 'Sécurité : les bases', session: { timeZone: 'Europe/Paris' } });
    expect(poster.body.session.when).toMatch(/\(heure de Paris\)$/);
    expect(poster.body.session.enrolByText).toMatch(/^\p{L}+ \d+ \p{L}+ à \d\d:\d\d \(heure de Paris\)$/u);
    // In English: the dates in English, the zone named; the course's text in the workspace's language
    // while it has no English, then its English.
    const english = await t.http().get(api('/poster?locale=en')).set(...bearer(ws.keys.viewer)).expect(200);
    expect(english.body).toMatchObject({ locale: 'en', courseTitle: 'Sécurité : les bases', shortUrl: poster.body.shortUrl });
    await sql(`UPDATE courses SET translations = translations || '[{"locale": "en", "title": "Security: the basics"}]'::jsonb WHERE workspace_id = $1`, [ws.id]);
    expect((await t.http().get(api('/poster?locale=en')).set(...bearer(ws.keys.viewer)).expect(200)).body.courseTitle).toBe('Security: the basics');
    expect(english.body.session.when).toMatch(/\(Paris time\)$/);
    const badLocale = await t.http().get(api('/poster?locale=de')).set(...bearer(ws.keys.viewer)).expect(400);
    expect(badLocale.body.error.details[0].path).toBe('locale');
    const again = await t.http().get(api('/poster')).set(...bearer(ws.key)).expect(200);
    expect(again.body.shortUrl).toBe(poster.body.shortUrl);
    const code = codeOf(poster.body.shortUrl);

    const res = await t.http().get(`/s/${code}`).set('User-Agent', HUMAN_UA).expect(302);
    expect(Object.fromEntries(new URL(res.headers.location).searchParams)).toMatchObject({ utm_source: 'poster', utm_medium: 'poster', ref: code });
    expect(await sql(`SELECT channel, ambassador_id, learner_id FROM events WHERE kind = 'clicked' AND data->>'shortLink' = $1`, [code])).toEqual([
      { channel: 'poster', ambassador_id: null, learner_id: null },
    ]);
    expect((await t.http().get(api('/report')).set(...bearer(ws.key)).expect(200)).body.posterScans).toBe(1);

    // The LMS reports the enrolment with the ref it was given: credited to the campaign, channel poster.
    const secret = (await t.http().post('/v1/lms/webhook-secrets').set(...bearer(ws.key)).expect(201)).body.secret;
    const learnerId = await newLearner(t, ws.id, 'Léa', 'Petit', 'fr');
    const [{ external_id: externalId }] = await sql<{ external_id: string }>(`SELECT external_id FROM learners WHERE id = $1`, [learnerId]);
    const raw = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'enrolled', occurredAt: new Date().toISOString(), learner: { externalId }, sessionId: f.sessionId, ref: code });
    const at = Math.floor(Date.now() / 1000);
    await t.http().post('/v1/lms/events').set('Content-Type', 'application/json').set('Clarion-Workspace', ws.id).set('Clarion-Signature', `t=${at},v1=${signPayload(secret, at, raw)}`).send(raw).expect(200);
    expect(await sql(`SELECT campaign_id, channel, ambassador_id FROM events WHERE kind = 'enrolled' AND learner_id = $1`, [learnerId])).toEqual([
      { campaign_id: f.campaignId, channel: 'poster', ambassador_id: null },
    ]);
  });
});

async function newLearner(t: TestApp, workspaceId: string, first: string, last: string, locale: string): Promise<string> {
  const n = randomUUID().slice(0, 8);
  const [row] = await t.dataSource.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, locale) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [workspaceId, `E-${n}`, `${first.toLowerCase()}.${n}@example.com`, first, last, locale],
  );
  return row.id;
}

async function seed(t: TestApp, ws: TestWorkspace): Promise<Fixture> {
  const q = (text: string, params: unknown[]) => t.dataSource.query(text, params).then((rows: { id: string }[]) => rows[0].id);
  await t.dataSource.query(`UPDATE workspaces SET default_locale = 'fr' WHERE id = $1`, [ws.id]);
  await t.http().post('/v1/templates/install-starters').set(...bearer(ws.key)).expect(201);
  const [{ id: versionId }] = await t.dataSource.query(
    `SELECT v.id FROM template_versions v JOIN templates tp ON tp.id = v.template_id WHERE tp.workspace_id = $1 AND tp.starter_key = 'ambassador-talking-points' ORDER BY v.version DESC LIMIT 1`,
    [ws.id],
  );
  const courseId = await q(
    `INSERT INTO courses (workspace_id, code, title, modality, lms_url, translations) VALUES ($1, 'SEC-101', 'Security basics', 'e_learning', $2, $3) RETURNING id`,
    [ws.id, LMS_URL, JSON.stringify([{ locale: 'fr', title: 'Sécurité : les bases' }])],
  );
  const sessionId = await q(
    `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, enrol_by, time_zone, location) VALUES ($1, $2, now() + interval '30 days', now() + interval '30 days 2 hours', now() + interval '25 days', 'Europe/Paris', 'Lyon, salle 4') RETURNING id`,
    [ws.id, courseId],
  );
  const ines = await newLearner(t, ws.id, 'Inès', 'Moreau', 'fr');
  const karim = await newLearner(t, ws.id, 'Karim', 'Benali', 'fr-FR');
  const campaignId = await q(
    `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, ambassador_ids) VALUES ($1, 'Mois de la cybersécurité', $2, $3, 'running', $4) RETURNING id`,
    [ws.id, courseId, sessionId, [ines, karim]],
  );
  await q(
    `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
     VALUES ($1, $2, 1, 'Kit ambassadeurs', 'before', 'session_start', '-P21D', 'talking_points', $3) RETURNING id`,
    [ws.id, campaignId, versionId],
  );
  return { campaignId, sessionId, ines, karim };
}
