import { DateTime } from 'luxon';
import { createCampaign, createSession, installStarters, launch, seedLearners } from './support/engine-fixture';
import { HttpReceiver, type ReceivedRequest } from './support/http-receiver';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { SchedulerService } from '../src/modules/delivery/scheduler.service';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';

const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const SLACK_UNFURL = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';
const TEAMS_PREVIEW = 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com';
const CLICK_URL = /http:\/\/localhost:3000\/t\/c\/[\w.-]+/g;

// A launched campaign posts to Slack and Teams (a real HTTP receiver): the posts carry tracked links
// and no learner data; a click redirects with UTM naming the network; previews do not count.
describe('Network posts: tracked links, counted per post and channel', () => {
  let receiver: HttpReceiver;
  let t: TestApp;
  let worker: TestWorker;
  let ws: TestWorkspace;

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    t = await TestApp.start(engineEnv({ SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    ws = await t.createWorkspace('Posts Inc');
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await receiver.close();
  });

  const click = (url: string, userAgent: string) => t.http().get(new URL(url).pathname).set('User-Agent', userAgent);
  const linksIn = (request: ReceivedRequest) => [...new Set(request.rawBody.match(CLICK_URL) ?? [])];

  it('posts tracked links only, redirects with UTM, and reports human clicks per post', async () => {
    const starters = await installStarters(t, ws);
    const channel = async (name: string, kind: string) =>
      (await t.http().post('/v1/network-channels').set(...bearer(ws.key)).send({ name, kind, url: receiver.url(`/${kind}`) }).expect(201)).body.id as string;
    const slack = await channel('#learning', 'slack');
    const teams = await channel('Learning (Teams)', 'teams');
    await seedLearners(t.dataSource, ws.id, [{ externalId: 'post-reader', firstName: 'Secretname' }]);
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Readers', rule: { field: 'externalId', op: 'starts_with', value: 'post-' } }).expect(201);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 12 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, {
      name: 'Announce',
      courseId,
      sessionId,
      includeSegmentIds: [segment.body.id],
      networkChannelIds: [slack, teams],
      steps: [{ name: 'Announcement', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'post', templateVersionId: starters['post-session-announcement'] }],
    });
    await launch(t, ws, campaignId);
    const [slackPost] = await waitUntil('the Slack post', async () => {
      await worker.module.get(SchedulerService).tick();
      const got = receiver.requests.filter((r) => r.path === '/slack');
      return got.length ? got : null;
    });
    const [teamsPost] = await receiver.waitFor(1, { path: '/teams' });

    // No learner data, no raw link: every link leads through a tracked URL of the post's delivery.
    for (const post of [slackPost, teamsPost]) {
      expect(post.rawBody).not.toMatch(/Secretname|post-reader|@example\.com/);
      expect(post.rawBody).not.toContain('lms.example.com');
      expect(linksIn(post).length).toBeGreaterThan(0);
    }
    const [slackLink] = linksIn(slackPost);
    const [teamsLink] = linksIn(teamsPost);

    // A person's click: 302 to the recorded URL, UTM naming the network; Slack's unfurl and Teams' preview: redirected, not counted.
    const human = await click(slackLink, BROWSER).expect(302);
    const target = new URL(human.headers.location);
    expect(target.origin + target.pathname).toBe('https://lms.example.com/courses/data-literacy');
    expect(Object.fromEntries(target.searchParams)).toMatchObject({ utm_source: 'clarion', utm_medium: 'slack', utm_campaign: campaignId });
    await click(slackLink, BROWSER).expect(302);
    await click(slackLink, SLACK_UNFURL).expect(302);
    const teamsClick = await click(teamsLink, BROWSER).expect(302);
    expect(new URL(teamsClick.headers.location).searchParams.get('utm_medium')).toBe('teams');
    await click(teamsLink, TEAMS_PREVIEW).expect(302);
    // A link the post did not carry is no redirect.
    await t.http().get(new URL(slackLink).pathname.replace(/\.[\w-]+$/, '.forged')).expect(404);

    // Clicks name the post and channel, never a person, and keep nothing about the visitor.
    const events: { learner_id: string | null; channel: string; machine: boolean; data: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT learner_id, channel, machine, data FROM events WHERE campaign_id = $1 AND kind = 'clicked' ORDER BY occurred_at`,
      [campaignId],
    );
    expect(events).toHaveLength(5);
    for (const e of events) {
      expect(e.learner_id).toBeNull();
      expect(e.channel).toBe('post');
      expect(Object.keys(e.data).sort()).toEqual(e.machine ? ['machineReason', 'url'] : ['url']);
    }
    expect(events.filter((e) => e.machine).map((e) => e.data.machineReason)).toEqual(['link_preview', 'link_preview']);

    await waitUntil('both posts recorded as sent', async () => {
      const [row] = await t.dataSource.query(`SELECT count(*) FILTER (WHERE status = 'sent')::int AS n FROM deliveries WHERE campaign_id = $1`, [campaignId]);
      return row.n === 2;
    });
    const { body: report } = await t.http().get(`/v1/campaigns/${campaignId}/report`).set(...bearer(ws.keys.viewer)).expect(200);
    const byKind = Object.fromEntries(report.posts.map((p: { channelKind: string; clicks: number; status: string }) => [p.channelKind, [p.status, p.clicks]]));
    expect(byKind).toEqual({ slack: ['sent', 2], teams: ['sent', 1] });
  });
});
