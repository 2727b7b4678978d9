import { randomUUID } from 'node:crypto';
import { TrackingLinks } from '../src/modules/tracking/tracking-links';
import { TrackingTokens } from '../src/modules/tracking/tracking-token';
import { cspDirectives } from './support/csp';
import { TestApp, type TestWorkspace } from './support/test-app';

const HUMAN_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const LMS_URL = 'https://lms.example.com/courses/sec-101';
const LINKS = ['https://lms.example.com/c?id=7&lang=fr', 'https://intranet.example.com/news#today'];

interface Fixture {
  campaignId: string;
  stepId: string;
  learnerId: string;
  ambassadorId: string;
}

describe('Tracking endpoints: opens, clicks, preferences, one-click unsubscribe, share links', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let f: Fixture;
  let tokens: TrackingTokens;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Acme Learning');
    tokens = t.app.get(TrackingTokens);
    f = await seedCampaign(t, ws.id);
  });
  afterAll(() => t.close());

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(text, params);

  /** A sent email delivery of the fixture's step (one per learner: the step's unique key). */
  async function delivery(options: { links?: string[] | null; sentSecondsAgo?: number; learnerId?: string } = {}): Promise<string> {
    const learnerId = options.learnerId ?? (await newLearner(t, ws.id));
    const [row] = await sql<{ id: string }>(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, status, scheduled_at, sent_at, links)
       VALUES ($1, $2, $3, $4, 'email', 'B', gen_random_uuid(), 'sent', now(), now() - make_interval(secs => $5), $6) RETURNING id`,
      [ws.id, f.campaignId, f.stepId, learnerId, options.sentSecondsAgo ?? 3600, options.links === undefined ? LINKS : options.links],
    );
    return row.id;
  }

  const eventsOf = (deliveryId: string, kind: string) =>
    sql<{ machine: boolean; link_index: number | null; data: Record<string, unknown>; variant: string; campaign_id: string }>(
      `SELECT machine, link_index, data, variant, campaign_id FROM events WHERE delivery_id = $1 AND kind = $2 ORDER BY recorded_at`,
      [deliveryId, kind],
    );

  describe('click redirect', () => {
    it('redirects to the recorded URL with UTM parameters, records the click and counts a human open once', async () => {
      const id = await delivery();
      const res = await t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 0 })}`).set('User-Agent', HUMAN_UA).expect(302);
      const location = new URL(res.headers.location);
      expect(`${location.origin}${location.pathname}`).toBe('https://lms.example.com/c');
      expect(Object.fromEntries(location.searchParams)).toEqual({
        id: '7',
        lang: 'fr',
        utm_source: 'clarion',
        utm_medium: 'email',
        utm_campaign: f.campaignId,
        utm_content: '1-B',
      });

      const second = await t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 1 })}`).set('User-Agent', HUMAN_UA).expect(302);
      expect(second.headers.location).toMatch(/^https:\/\/intranet\.example\.com\/news\?utm_source=clarion&.*#today$/);

      const clicks = await eventsOf(id, 'clicked');
      expect(clicks.map((c) => [c.link_index, c.machine, c.variant, c.campaign_id])).toEqual([
        [0, false, 'B', f.campaignId],
        [1, false, 'B', f.campaignId],
      ]);
      const opens = await eventsOf(id, 'opened');
      expect(opens).toHaveLength(1);
      expect(opens[0].data).toEqual({ fromClick: true });
    });

    it('counts every use of a replayed click token, redirecting to the same URL', async () => {
      const id = await delivery();
      const token = tokens.sign({ kind: 'c', deliveryId: id, link: 0 });
      const a = await t.http().get(`/t/c/${token}`).set('User-Agent', HUMAN_UA).expect(302);
      const b = await t.http().get(`/t/c/${token}`).set('User-Agent', HUMAN_UA).expect(302);
      expect(b.headers.location).toBe(a.headers.location);
      expect(await eventsOf(id, 'clicked')).toHaveLength(2);
      expect(await eventsOf(id, 'opened')).toHaveLength(1);
    });

    it.each<[string, (ids: { id: string; other: string; bare: string }) => string]>([
      ['an index past the recorded links', ({ id }) => tokens.sign({ kind: 'c', deliveryId: id, link: 2 })],
      ['an index valid only for another delivery', ({ other }) => tokens.sign({ kind: 'c', deliveryId: other, link: 1 })],
      ['a delivery with no recorded links', ({ bare }) => tokens.sign({ kind: 'c', deliveryId: bare, link: 0 })],
      ['an unknown delivery', () => tokens.sign({ kind: 'c', deliveryId: randomUUID(), link: 0 })],
      ['an open token used as a click', ({ id }) => tokens.sign({ kind: 'o', deliveryId: id })],
      ['a tampered signature', ({ id }) => tamper(tokens.sign({ kind: 'c', deliveryId: id, link: 0 }))],
      ['a payload swapped from another token', ({ id, other }) => swapPayload(tokens.sign({ kind: 'c', deliveryId: id, link: 0 }), tokens.sign({ kind: 'c', deliveryId: other, link: 0 }))],
      ['an expired token', ({ id }) => new TrackingTokens(t.config.appSecret, { now: () => daysAgo(366) }).sign({ kind: 'c', deliveryId: id, link: 0 })],
      ['a token of an unknown key id', ({ id }) => new TrackingTokens(t.config.appSecret, { keyIds: ['k9'] }).sign({ kind: 'c', deliveryId: id, link: 0 })],
      ['a token signed with another secret', ({ id }) => new TrackingTokens('another-secret-another-secret-0123456789').sign({ kind: 'c', deliveryId: id, link: 0 })],
      ['garbage', () => 'not-a-token'],
    ])('never redirects for %s: 404, nothing recorded', async (_name, makeToken) => {
      const ids = { id: await delivery(), other: await delivery({ links: ['https://only.example.com/'] }), bare: await delivery({ links: null }) };
      const res = await t.http().get(`/t/c/${makeToken(ids)}`).set('User-Agent', HUMAN_UA).expect(404);
      expect(res.headers.location).toBeUndefined();
      expect(res.body.error.code).toBe('TRACKING.LINK_NOT_FOUND');
      const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE delivery_id = ANY($1::uuid[])`, [Object.values(ids)]);
      expect(n).toBe(0);
    });

    it('accepts a token signed within the last 365 days', async () => {
      const id = await delivery();
      const token = new TrackingTokens(t.config.appSecret, { now: () => daysAgo(364) }).sign({ kind: 'c', deliveryId: id, link: 0 });
      await t.http().get(`/t/c/${token}`).expect(302);
    });

    it('redirects every link of an email rewritten by TrackingLinks to the URL it had', async () => {
      const id = await delivery({ links: null });
      const links = t.app.get(TrackingLinks);
      const email = links.trackEmail(
        id,
        `<html><body><a href="https://a.example.com/x?p=1&amp;q=2">A</a> <a href="${links.unsubscribeUrl(id)}">stop</a></body></html>`,
        'A: https://a.example.com/x?p=1&q=2 B: https://b.example.com/only-text',
      );
      await sql(`UPDATE deliveries SET links = $2 WHERE id = $1`, [id, email.links]);
      const clickUrls = [...email.html.matchAll(/href="([^"]+\/t\/c\/[^"]+)"/g), ...email.text.matchAll(/(https?:\/\/\S+\/t\/c\/\S+)/g)].map((m) => m[1]);
      expect(clickUrls).toHaveLength(3);
      const targets = [];
      for (const url of clickUrls) {
        const res = await t.http().get(new URL(url).pathname).expect(302);
        const target = new URL(res.headers.location);
        targets.push(`${target.origin}${target.pathname}?p=${target.searchParams.get('p') ?? ''}`);
      }
      expect(targets).toEqual(['https://a.example.com/x?p=1', 'https://a.example.com/x?p=1', 'https://b.example.com/only-text?p=']);
      expect(email.html).toContain(links.unsubscribeUrl(id).split('/u/')[0]);
      expect(email.html).toMatch(/<img src="[^"]+\/t\/o\/[^"]+" width="1" height="1"/);
    });
  });

  describe('open pixel and the machine-open heuristic', () => {
    const pixel = (token: string, ua?: string, forwardedFor?: string) => {
      const req = t.http().get(`/t/o/${token}`);
      if (ua) req.set('User-Agent', ua);
      if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
      return req.buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    };

    it('answers the same 1×1 GIF for a good and a bad token, recording only the good one', async () => {
      const id = await delivery();
      const good = await pixel(tokens.sign({ kind: 'o', deliveryId: id }), HUMAN_UA).expect(200);
      const bad = await pixel(tamper(tokens.sign({ kind: 'o', deliveryId: id })), HUMAN_UA).expect(200);
      for (const res of [good, bad]) {
        expect(res.headers['content-type']).toBe('image/gif');
        expect(res.headers['cache-control']).toContain('no-store');
        expect((res.body as Buffer).subarray(0, 6).toString('latin1')).toBe('GIF89a');
      }
      expect(bad.body).toEqual(good.body);
      const opens = await eventsOf(id, 'opened');
      expect(opens.map((o) => o.machine)).toEqual([false]);
    });

    it.each<[string, boolean, { sentSecondsAgo: number; ua?: string; ip?: string }, string | undefined]>([
      ['a person an hour after the send', false, { sentSecondsAgo: 3600, ua: HUMAN_UA }, undefined],
      ['a fetch 2 s after the send', true, { sentSecondsAgo: 2, ua: HUMAN_UA }, 'too_soon'],
      ['a fetch 30 s after the send', false, { sentSecondsAgo: 30, ua: HUMAN_UA }, undefined],
      ['Google Image Proxy', true, { sentSecondsAgo: 3600, ua: 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)' }, 'image_proxy'],
      ['Apple Mail Privacy Protection', true, { sentSecondsAgo: 3600, ua: 'Mozilla/5.0', ip: '17.58.101.7' }, 'apple_privacy_proxy'],
      ['a bare Mozilla/5.0 outside Apple', false, { sentSecondsAgo: 3600, ua: 'Mozilla/5.0', ip: '81.2.69.160' }, undefined],
      ['a Barracuda scanner', true, { sentSecondsAgo: 3600, ua: 'Barracuda Sentinel (EE)' }, 'security_scanner'],
    ])('%s → machine = %s', async (_name, machine, { sentSecondsAgo, ua, ip }, reason) => {
      const id = await delivery({ sentSecondsAgo });
      await pixel(tokens.sign({ kind: 'o', deliveryId: id }), ua, ip).expect(200);
      const [open] = await eventsOf(id, 'opened');
      expect(open.machine).toBe(machine);
      expect(open.data.machineReason).toBe(reason);
    });

    it('records every open, and a machine click neither counts as an open nor as a human click', async () => {
      const id = await delivery({ sentSecondsAgo: 1 });
      await t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 0 })}`).set('User-Agent', HUMAN_UA).expect(302);
      expect((await eventsOf(id, 'clicked')).map((c) => c.machine)).toEqual([true]);
      expect(await eventsOf(id, 'opened')).toEqual([]);
    });
  });

  describe('engagement kept on the delivery, under concurrent hits', () => {
    const engagement = async (id: string) =>
      (
        await sql<{ opened_at: Date | null; machine_opened_at: Date | null; clicked_at: Date | null; bounced_at: Date | null }>(
          `SELECT opened_at, machine_opened_at, clicked_at, bounced_at FROM deliveries WHERE id = $1`,
          [id],
        )
      )[0];

    it('keeps the first human open, the first machine open and the first human click; later hits change nothing', async () => {
      const id = await delivery();
      await t.http().get(`/t/o/${tokens.sign({ kind: 'o', deliveryId: id })}`).set('User-Agent', 'GoogleImageProxy').expect(200);
      const afterMachine = await engagement(id);
      expect(afterMachine.machine_opened_at).toBeInstanceOf(Date);
      expect(afterMachine.opened_at).toBeNull();

      await t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 0 })}`).set('User-Agent', HUMAN_UA).expect(302);
      const afterClick = await engagement(id);
      const [click] = await sql<{ occurred_at: Date }>(`SELECT occurred_at FROM events WHERE delivery_id = $1 AND kind = 'clicked'`, [id]);
      // The click proves the open: both at the click's moment.
      expect(afterClick).toEqual({ opened_at: click.occurred_at, machine_opened_at: afterMachine.machine_opened_at, clicked_at: click.occurred_at, bounced_at: null });

      await t.http().get(`/t/o/${tokens.sign({ kind: 'o', deliveryId: id })}`).set('User-Agent', HUMAN_UA).expect(200);
      await t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 1 })}`).set('User-Agent', HUMAN_UA).expect(302);
      expect(await engagement(id)).toEqual(afterClick);
      expect(await eventsOf(id, 'opened')).toHaveLength(3);
    });

    it('commits every event of concurrent opens and clicks before answering, the first open per delivery once', async () => {
      const ids = await Promise.all(Array.from({ length: 12 }, () => delivery()));
      await Promise.all(
        ids.flatMap((id) => [
          t.http().get(`/t/o/${tokens.sign({ kind: 'o', deliveryId: id })}`).set('User-Agent', HUMAN_UA).expect(200),
          t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 0 })}`).set('User-Agent', HUMAN_UA).expect(302),
          t.http().get(`/t/c/${tokens.sign({ kind: 'c', deliveryId: id, link: 1 })}`).set('User-Agent', HUMAN_UA).expect(302),
        ]),
      );
      const rows = await sql<{ kind: string; n: number }>(
        `SELECT kind, count(*)::int AS n FROM events WHERE delivery_id = ANY($1::uuid[]) AND NOT (data ? 'fromClick') GROUP BY kind ORDER BY kind`,
        [ids],
      );
      expect(rows).toEqual([
        { kind: 'clicked', n: 24 },
        { kind: 'opened', n: 12 },
      ]);
      const [{ engaged }] = await sql<{ engaged: number }>(
        `SELECT count(*)::int AS engaged FROM deliveries WHERE id = ANY($1::uuid[]) AND opened_at IS NOT NULL AND clicked_at IS NOT NULL`,
        [ids],
      );
      expect(engaged).toBe(12);
    });
  });

  describe('preference page and one-click unsubscribe', () => {
    const unsubscribedAt = async (learnerId: string) => (await sql<{ u: Date | null }>(`SELECT unsubscribed_at AS u FROM learners WHERE id = $1`, [learnerId]))[0].u;
    const learnerEvents = (learnerId: string) =>
      sql<{ kind: string }>(`SELECT kind FROM events WHERE learner_id = $1 AND kind IN ('unsubscribed', 'resubscribed') ORDER BY recorded_at`, [learnerId]);

    it('GET shows the page in the learner’s language with the brand kit, and never unsubscribes', async () => {
      const learnerId = await newLearner(t, ws.id, 'fr-FR');
      const id = await delivery({ learnerId });
      await sql(
        `INSERT INTO brand_kits (workspace_id, name, is_default, colors, logo_url, font_family, sender_name, sender_email, version)
         VALUES ($1, 'Acme Academy', true, $2, 'https://cdn.example.com/acme.png', 'Georgia, serif', 'Acme', 'learning@acme.example', 1)`,
        [ws.id, JSON.stringify({ primary: '#aa0044', secondary: '#111111', accent: '#ffcc00', text: '#222222', muted: '#666666', background: '#fafafa', surface: '#ffffff', buttonText: '#ffffff' })],
      );
      const token = tokens.sign({ kind: 'u', deliveryId: id });
      for (let i = 0; i < 3; i++) {
        const res = await t.http().get(`/u/${token}`).expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('lang="fr"');
        expect(res.text).toContain('Me désabonner des e-mails promotionnels');
        expect(res.text).toContain('#aa0044');
        expect(res.text).toContain('https://cdn.example.com/acme.png');
        expect(res.text).toContain(`action="${t.config.publicBaseUrl}/u/${token}"`);
      }
      await t.http().head(`/u/${token}`).expect(200);
      expect(await unsubscribedAt(learnerId)).toBeNull();
      expect(await learnerEvents(learnerId)).toEqual([]);
      await sql(`DELETE FROM brand_kits WHERE workspace_id = $1`, [ws.id]);
    });

    it('serves the page under a strict Content-Security-Policy that allows exactly its style sheet and its form', async () => {
      const learnerId = await newLearner(t, ws.id);
      const token = tokens.sign({ kind: 'u', deliveryId: await delivery({ learnerId }) });
      const nonces: string[] = [];
      for (const res of [
        await t.http().get(`/u/${token}`).expect(200),
        await t.http().get(`/u/${token}`).expect(200),
        await t.http().post(`/u/${token}`).set('Accept', 'text/html').type('form').send({ action: 'unsubscribe' }).expect(200),
      ]) {
        const csp = cspDirectives(res);
        expect(csp.get('default-src')).toEqual(["'none'"]);
        expect(csp.get('script-src')).toBeUndefined();
        expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
        // The one style sheet carries this response's nonce; nothing else is inline.
        const [nonceSource] = csp.get('style-src')!;
        const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(nonceSource)![1];
        expect(res.text.match(/<style[^>]*>/g)).toEqual([`<style nonce="${nonce}">`]);
        expect(res.text).not.toMatch(/<script|\sstyle=|\son\w+=/i);
        nonces.push(nonce);
        // The form posts back to the page's own origin, which form-action allows.
        const action = new URL(/<form method="post" action="([^"]+)"/.exec(res.text)![1]);
        expect(csp.get('form-action')).toEqual(["'self'", action.origin]);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
      }
      expect(new Set(nonces).size).toBe(3);
      expect(await unsubscribedAt(learnerId)).toBeInstanceOf(Date);
    });

    it('one-click POST twice: unsubscribed once, one event, unsubscribed_at unchanged', async () => {
      const learnerId = await newLearner(t, ws.id);
      const token = tokens.sign({ kind: 'u', deliveryId: await delivery({ learnerId }) });
      const first = await t.http().post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(first.headers['content-type']).toMatch(/^text\/plain/);
      expect(first.headers['set-cookie']).toBeUndefined();
      const at = await unsubscribedAt(learnerId);
      expect(at).toBeInstanceOf(Date);

      await t.http().post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(await unsubscribedAt(learnerId)).toEqual(at);
      expect(await learnerEvents(learnerId)).toEqual([{ kind: 'unsubscribed' }]);
    });

    it.each([
      ['an empty body', (req: ReturnType<TestApp['http']>, url: string) => req.post(url)],
      ['a multipart body', (req: ReturnType<TestApp['http']>, url: string) => req.post(url).field('List-Unsubscribe', 'One-Click')],
    ])('accepts %s as a one-click unsubscribe', async (_name, send) => {
      const learnerId = await newLearner(t, ws.id);
      const token = tokens.sign({ kind: 'u', deliveryId: await delivery({ learnerId }) });
      await send(t.http(), `/u/${token}`).expect(200);
      expect(await unsubscribedAt(learnerId)).toBeInstanceOf(Date);
    });

    it('the page’s forms unsubscribe and resubscribe, answering HTML to a browser', async () => {
      const learnerId = await newLearner(t, ws.id);
      const token = tokens.sign({ kind: 'u', deliveryId: await delivery({ learnerId }) });
      const out = await t.http().post(`/u/${token}`).set('Accept', 'text/html').type('form').send({ action: 'unsubscribe' }).expect(200);
      expect(out.text).toContain('Done: you are unsubscribed.');
      expect(out.text).toContain('value="resubscribe"');
      const back = await t.http().post(`/u/${token}`).set('Accept', 'text/html').type('form').send({ action: 'resubscribe' }).expect(200);
      expect(back.text).toContain('Done: you are subscribed again.');
      expect(await unsubscribedAt(learnerId)).toBeNull();
      await t.http().post(`/u/${token}`).type('form').send({ action: 'resubscribe' }).expect(200);
      await t.http().post(`/u/${token}`).type('form').send({ action: 'unsubscribe' }).expect(200);
      expect((await learnerEvents(learnerId)).map((e) => e.kind)).toEqual(['unsubscribed', 'resubscribed', 'unsubscribed']);
      const bad = await t.http().post(`/u/${token}`).type('form').send({ action: 'delete-me' }).expect(400);
      expect(bad.body.error.details).toEqual([{ path: 'action', message: expect.any(String) }]);
    });

    it.each([
      ['a tampered token', (id: string) => tamper(tokens.sign({ kind: 'u', deliveryId: id }))],
      ['a click token', (id: string) => tokens.sign({ kind: 'c', deliveryId: id, link: 0 })],
      ['an expired token', (id: string) => new TrackingTokens(t.config.appSecret, { now: () => daysAgo(400) }).sign({ kind: 'u', deliveryId: id })],
    ])('refuses %s on GET and POST, unsubscribing nobody', async (_name, makeToken) => {
      const learnerId = await newLearner(t, ws.id);
      const token = makeToken(await delivery({ learnerId }));
      await t.http().get(`/u/${token}`).expect(404);
      await t.http().post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click').expect(404);
      expect(await unsubscribedAt(learnerId)).toBeNull();
    });
  });

  describe('ambassador share link', () => {
    it('redirects to the course’s LMS link with a ref that names the ambassador, and records the share click', async () => {
      const url = t.app.get(TrackingLinks).shareUrl(f.campaignId, f.ambassadorId);
      expect(url.startsWith(`${t.config.publicBaseUrl}/t/s/`)).toBe(true);
      const res = await t.http().get(new URL(url).pathname).expect(302);
      const location = new URL(res.headers.location);
      expect(`${location.origin}${location.pathname}`).toBe(LMS_URL);
      expect(location.searchParams.get('utm_medium')).toBe('ambassador');
      expect(tokens.verify(location.searchParams.get('ref')!)).toEqual({ kind: 's', campaignId: f.campaignId, ambassadorId: f.ambassadorId });
      const rows = await sql(`SELECT kind, learner_id, ambassador_id, campaign_id FROM events WHERE ambassador_id = $1`, [f.ambassadorId]);
      expect(rows).toEqual([{ kind: 'clicked', learner_id: null, ambassador_id: f.ambassadorId, campaign_id: f.campaignId }]);
    });

    it.each([
      ['a tampered share token', () => tamper(tokens.sign({ kind: 's', campaignId: f.campaignId, ambassadorId: f.ambassadorId }))],
      ['an unknown ambassador', () => tokens.sign({ kind: 's', campaignId: f.campaignId, ambassadorId: randomUUID() })],
      ['an unknown campaign', () => tokens.sign({ kind: 's', campaignId: randomUUID(), ambassadorId: f.ambassadorId })],
    ])('answers 404 for %s', async (_name, makeToken) => {
      const res = await t.http().get(`/t/s/${makeToken()}`).expect(404);
      expect(res.headers.location).toBeUndefined();
    });
  });
});

function tamper(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -1)}${last}`;
}

// The payload of one genuine token under the signature of another.
function swapPayload(token: string, donor: string): string {
  const [kid, , signature] = token.split('.');
  return `${kid}.${donor.split('.')[1]}.${signature}`;
}

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}

export async function newLearner(t: TestApp, workspaceId: string, locale = 'en'): Promise<string> {
  const n = randomUUID().slice(0, 8);
  const [row] = await t.dataSource.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, locale) VALUES ($1, $2, $3, 'Ada', $4) RETURNING id`,
    [workspaceId, `E-${n}`, `ada.${n}@example.com`, locale],
  );
  return row.id;
}

async function seedCampaign(t: TestApp, workspaceId: string): Promise<Fixture> {
  const q = (text: string, params: unknown[]) => t.dataSource.query(text, params).then((rows: { id: string }[]) => rows[0].id);
  const courseId = await q(`INSERT INTO courses (workspace_id, code, title, modality, lms_url) VALUES ($1, 'SEC-101', 'Security basics', 'e_learning', $2) RETURNING id`, [workspaceId, LMS_URL]);
  const sessionId = await q(
    `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone) VALUES ($1, $2, now() + interval '30 days', now() + interval '31 days', 'Europe/Paris') RETURNING id`,
    [workspaceId, courseId],
  );
  const ambassadorId = await newLearner(t, workspaceId);
  const campaignId = await q(
    `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, ambassador_ids) VALUES ($1, 'Security month', $2, $3, 'running', $4) RETURNING id`,
    [workspaceId, courseId, sessionId, [ambassadorId]],
  );
  const stepId = await q(
    `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
     VALUES ($1, $2, 1, 'Invitation', 'before', 'session_start', '-P14D', 'email', gen_random_uuid()) RETURNING id`,
    [workspaceId, campaignId],
  );
  return { campaignId, stepId, learnerId: await newLearner(t, workspaceId), ambassadorId };
}
