import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { ParsedMail } from 'mailparser';
import { createCampaign, installStarters, launch, seedLearners } from './support/engine-fixture';
import { HttpReceiver } from './support/http-receiver';
import { SmtpSink } from './support/smtp-sink';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { SchedulerService } from '../src/modules/delivery/scheduler.service';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';

/** The calendar part of an email, read back with ical.js (not the library that wrote it). */
function invite(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.filename === 'invite.ics');
  const alternative = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!ics) throw new Error(`no invite.ics in "${mail.subject}"`);
  const content = ics.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(content));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    /** The `text/calendar; method=…` alternative Outlook and Gmail read, with the same content. */
    alternative: alternative ? { method: (alternative.headers.get('content-type') as { params?: { method?: string } })?.params?.method, content: alternative.content.toString('utf8') } : null,
    content,
    uid: event.uid,
    sequence: event.sequence,
    tzid: vevent.getFirstProperty('dtstart')!.getParameter('tzid'),
    startLocal: event.startDate.toString(),
    start: event.startDate.toJSDate().toISOString(),
    status: vevent.getFirstPropertyValue('status'),
    organizer: vevent.getFirstPropertyValue('organizer'),
  };
}

// Calendar invites on invitations, and the notices a reschedule and a cancellation send: by email
// to exactly those invited or enrolled, with the updated invite, and as a correction post.
describe('Calendar invites and change notices', () => {
  let sink: SmtpSink;
  let receiver: HttpReceiver;
  let t: TestApp;
  let worker: TestWorker;
  let ws: TestWorkspace;
  let starters: Record<string, string>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    receiver = await HttpReceiver.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    ws = await t.createWorkspace('Acme Learning');
    starters = await installStarters(t, ws);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await sink.stop();
    await receiver.close();
  });

  const tick = () => worker.module.get(SchedulerService).tick();
  const api = () => t.http();

  /** Ticks the worker until `check` holds (the planner opens notices, plans and sends them). */
  const tickUntil = <T>(what: string, check: () => T | false) =>
    waitUntil(what, async () => {
      await tick();
      return check();
    });

  it('sends invitations with the session as an invite in its zone, then tells exactly the invited and enrolled of a reschedule and a cancellation', async () => {
    await seedLearners(t.dataSource, ws.id, [
      { externalId: 'inv-a', firstName: 'Camille', locale: 'fr', timeZone: 'Europe/Paris' },
      { externalId: 'inv-b', firstName: 'Olivia', timeZone: 'America/New_York' },
      { externalId: 'enr-c', firstName: 'Hiro', timeZone: 'Asia/Tokyo' },
      { externalId: 'ny-d' },
      { externalId: 'tokyo-e' },
      { externalId: 'bystander-f' },
    ]);
    const segment = (name: string, value: string) =>
      api().post('/v1/segments').set(...bearer(ws.key)).send({ name, rule: { field: 'externalId', op: 'starts_with', value } }).expect(201).then((r) => r.body.id as string);
    const channel = await api()
      .post('/v1/network-channels')
      .set(...bearer(ws.key))
      .send({ name: 'Intranet', kind: 'webhook', url: receiver.url('/intranet'), secret: 'a-webhook-secret-of-some-length' })
      .expect(201);
    const course = await api()
      .post('/v1/courses')
      .set(...bearer(ws.key))
      .send({ title: 'Leading hybrid teams', modality: 'blended', durationMinutes: 420, lmsUrl: 'https://lms.example.com/courses/hybrid' })
      .expect(201);
    // One session in each of three zones, at 09:00 there, three weeks ahead.
    const day = DateTime.now().plus({ days: 21 }).toISODate()!;
    const session = async (zone: string, extra: Record<string, unknown> = {}) => {
      const startsAt = DateTime.fromISO(`${day}T09:00`, { zone });
      const res = await api()
        .post(`/v1/courses/${course.body.id}/sessions`)
        .set(...bearer(ws.key))
        .send({ startsAt: startsAt.toISO(), endsAt: startsAt.plus({ hours: 7 }).toISO(), timeZone: zone, ...extra })
        .expect(201);
      return { id: res.body.id as string, startsAt };
    };
    const paris = await session('Europe/Paris', { location: 'Campus La Défense, room Ada' });
    const ny = await session('America/New_York', { meetingUrl: 'https://meet.example.com/hybrid-ny' });
    const tokyo = await session('Asia/Tokyo', { location: 'Marunouchi, floor 12' });

    const invitation = { name: 'Invitation', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: starters.invitation };
    const campaign = (name: string, sessionId: string, segmentId: string, extra: Record<string, unknown> = {}) =>
      createCampaign(t, ws, { name, courseId: course.body.id, sessionId, includeSegmentIds: [segmentId], ...extra, steps: [invitation, ...((extra.steps as unknown[]) ?? [])] });
    const parisCampaign = await campaign('Paris', paris.id, await segment('Paris', 'inv-'), {
      networkChannelIds: [channel.body.id],
      steps: [
        { name: 'Announcement', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'post', templateVersionId: starters['post-session-announcement'] },
        // Far ahead: not planned yet; it moves with a reschedule and a cancellation skips it.
        { name: 'Reminder', phase: 'before', anchor: 'session_start', offset: '-P1D', localTime: '09:00', channel: 'email', templateVersionId: starters['practical-info'] },
      ],
    });
    const others = [await campaign('New York', ny.id, await segment('NY', 'ny-')), await campaign('Tokyo', tokyo.id, await segment('Tokyo', 'tokyo-'))];
    // Enrolled in Paris without being in its campaign's audience: told all the same.
    await api().post(`/v1/sessions/${paris.id}/enrollments`).set(...bearer(ws.key)).send({ externalId: 'enr-c' }).expect(201);
    for (const id of [parisCampaign, ...others]) await launch(t, ws, id);

    await tickUntil('the invitations and the announcement', () => sink.received.length >= 4 && receiver.requests.length >= 1);
    const first = (to: string) => sink.to(to)[0].parsed;

    // Three zones: each invite is written in its session's zone (with its VTIMEZONE) and lands on the right instant.
    for (const [to, s, zone] of [['inv-a@example.com', paris, 'Europe/Paris'], ['ny-d@example.com', ny, 'America/New_York'], ['tokyo-e@example.com', tokyo, 'Asia/Tokyo']] as const) {
      const i = invite(first(to));
      expect(i).toMatchObject({ method: 'REQUEST', sequence: 0, tzid: zone, startLocal: `${day}T09:00:00`, start: s.startsAt.toUTC().toISO(), status: 'CONFIRMED' });
      expect(i.alternative).toEqual({ method: 'REQUEST', content: i.content });
      expect(i.content).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
      expect(i.organizer).toBe('mailto:learning@acme.example');
    }
    expect(invite(first('ny-d@example.com')).content).toContain('LOCATION:https://meet.example.com/hybrid-ny');
    const uidA = invite(first('inv-a@example.com')).uid;
    expect(invite(first('inv-b@example.com')).uid).not.toBe(uidA);

    // The DLM's confirmation: what a reschedule by one day would do, without doing it.
    const moved = { startsAt: paris.startsAt.plus({ days: 1 }).toISO(), endsAt: paris.startsAt.plus({ days: 1, hours: 7 }).toISO() };
    const preview = await api().post(`/v1/sessions/${paris.id}/change-preview`).set(...bearer(ws.key)).send(moved).expect(200);
    expect(preview.body).toEqual({ change: 'reschedule', campaigns: 1, toldByEmail: 3, postsToCorrect: 1, stepsMoved: 1, stepsSkipped: 0, missingNoticeTemplates: [] });
    const capacityOnly = await api().post(`/v1/sessions/${paris.id}/change-preview`).set(...bearer(ws.key)).send({ capacity: 30 }).expect(200);
    expect(capacityOnly.body).toMatchObject({ change: 'none', toldByEmail: 0, postsToCorrect: 0 });

    const rescheduled = await api().patch(`/v1/sessions/${paris.id}`).set(...bearer(ws.key)).send(moved).expect(200);
    expect(rescheduled.body.inviteSequence).toBe(1);
    const changed = (to: string) => sink.to(to).find((m) => m.parsed.subject?.match(/^(Change|Changement)/));
    await tickUntil('the change notices and the correction', () => ['inv-a', 'inv-b', 'enr-c'].every((x) => changed(`${x}@example.com`)) && receiver.requests.length >= 2);
    const notice = invite(changed('inv-a@example.com')!.parsed);
    // The same event, updated: same UID, higher SEQUENCE, the new start.
    expect(notice).toMatchObject({ method: 'REQUEST', uid: uidA, sequence: 1, tzid: 'Europe/Paris', start: paris.startsAt.plus({ days: 1 }).toUTC().toISO() });
    expect(changed('inv-a@example.com')!.parsed.subject).toBe(`Changement : Leading hybrid teams aura lieu le ${paris.startsAt.plus({ days: 1 }).setLocale('fr').toFormat('cccc d LLLL')}`);
    expect(invite(changed('enr-c@example.com')!.parsed).uid).not.toBe(uidA);
    const correction = receiver.requests.filter((r) => r.path === '/intranet')[1];
    expect(correction.rawBody).toContain('Correction: Leading hybrid teams has a new date');
    expect(correction.rawBody).not.toMatch(/@example\.com|Camille|Olivia/);

    // The notices are steps of the campaign, for the builder's timeline.
    const steps = await api().get(`/v1/campaigns/${parisCampaign}`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(steps.body.steps.map((s: { name: string; notice: string | null; channel: string }) => [s.name, s.notice, s.channel])).toEqual([
      ['Invitation', null, 'email'],
      ['Announcement', null, 'post'],
      ['Reminder', null, 'email'],
      ['Notice: session changed', 'session_changed', 'email'],
      ['Correction: session changed', 'session_changed', 'post'],
    ]);

    // Cancelled: the same people are told, with a CANCEL of the same event; the reminder is skipped.
    const cancelPreview = await api().post(`/v1/sessions/${paris.id}/change-preview`).set(...bearer(ws.key)).send({ status: 'cancelled' }).expect(200);
    expect(cancelPreview.body).toEqual({ change: 'cancel', campaigns: 1, toldByEmail: 3, postsToCorrect: 1, stepsMoved: 0, stepsSkipped: 1, missingNoticeTemplates: [] });
    await api().patch(`/v1/sessions/${paris.id}`).set(...bearer(ws.key)).send({ status: 'cancelled', cancellationReason: 'Trainer unavailable' }).expect(200);
    const cancelled = (to: string) => sink.to(to).find((m) => m.parsed.subject?.match(/^(Cancelled|Annulation)/));
    await tickUntil('the cancellation notices and the correction', () => ['inv-a', 'inv-b', 'enr-c'].every((x) => cancelled(`${x}@example.com`)) && receiver.requests.length >= 3);
    expect(invite(cancelled('inv-a@example.com')!.parsed)).toMatchObject({ method: 'CANCEL', uid: uidA, sequence: 2, status: 'CANCELLED' });
    expect(invite(cancelled('inv-b@example.com')!.parsed).alternative?.method).toBe('CANCEL');
    expect(receiver.requests.filter((r) => r.path === '/intranet')[2].rawBody).toContain('Correction: the Leading hybrid teams session is cancelled');

    // Exactly the invited and the enrolled, once per change; nobody else heard of it.
    const told = (subject: RegExp) => sink.received.filter((m) => subject.test(m.parsed.subject ?? '')).flatMap((m) => m.envelope.to).sort();
    const expected = ['enr-c@example.com', 'inv-a@example.com', 'inv-b@example.com'];
    expect(told(/^(Change:|Changement :)/)).toEqual(expected);
    expect(told(/^(Cancelled:|Annulation :)/)).toEqual(expected);
    expect(sink.to('bystander-f@example.com')).toEqual([]);
    expect(sink.to('ny-d@example.com')).toHaveLength(1);
    const [reminder] = await t.dataSource.query(`SELECT count(*)::int AS n FROM deliveries d JOIN campaign_steps s ON s.id = d.step_id WHERE s.name = 'Reminder' AND d.status = 'sent'`);
    expect(reminder.n).toBe(0);
    expect(receiver.requests.filter((r) => r.path === '/intranet')).toHaveLength(3);
  });
});
