import type { DataSource } from 'typeorm';
import type { SmtpSink } from './smtp-sink';
import { bearer, type TestApp, type TestWorkspace } from './test-app';

export interface LearnerSeed {
  externalId: string;
  email?: string;
  firstName?: string;
  locale?: string;
  timeZone?: string;
  department?: string;
  consentEmail?: boolean;
  consentNetwork?: boolean;
  personaId?: string | null;
}

/** Inserts learners with one statement; returns their ids by external id. */
export async function seedLearners(ds: DataSource, workspaceId: string, learners: LearnerSeed[]): Promise<Record<string, string>> {
  const rows: { id: string; external_id: string }[] = await ds.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, locale, time_zone, department, consent_email, consent_network, persona_id)
     SELECT $1, x.external_id, x.email, x.first_name, x.locale, x.time_zone, x.department, x.consent_email, x.consent_network, x.persona_id
       FROM jsonb_to_recordset($2::jsonb) AS x(external_id text, email text, first_name text, locale text, time_zone text,
                                               department text, consent_email boolean, consent_network boolean, persona_id uuid)
     RETURNING id, external_id`,
    [
      workspaceId,
      JSON.stringify(
        learners.map((l) => ({
          external_id: l.externalId,
          email: (l.email ?? `${l.externalId}@example.com`).toLowerCase(),
          first_name: l.firstName ?? l.externalId,
          locale: l.locale ?? 'en',
          time_zone: l.timeZone ?? 'Europe/Paris',
          department: l.department ?? 'Sales',
          consent_email: l.consentEmail ?? true,
          consent_network: l.consentNetwork ?? true,
          persona_id: l.personaId ?? null,
        })),
      ),
    ],
  );
  return Object.fromEntries(rows.map((r) => [r.external_id, r.id]));
}

/** Many similar learners, for volume tests: `<prefix>0` … `<prefix>n-1`. */
export async function seedManyLearners(ds: DataSource, workspaceId: string, count: number, prefix = 'L'): Promise<void> {
  await ds.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, locale, time_zone)
     SELECT $1, $2 || i, lower($2) || i || '@example.com', 'Learner ' || i, 'en', 'Europe/Paris' FROM generate_series(0, $3 - 1) AS i`,
    [workspaceId, prefix, count],
  );
}

/** Installs the starter library and returns the latest version id of each starter by key. */
export async function installStarters(t: TestApp, ws: TestWorkspace): Promise<Record<string, string>> {
  await t.http().post('/v1/templates/install-starters').set(...bearer(ws.key)).expect((res) => {
    if (res.status >= 300) throw new Error(`install-starters: ${res.status} ${JSON.stringify(res.body)}`);
  });
  const rows: { starter_key: string; id: string }[] = await t.dataSource.query(
    `SELECT t.starter_key, v.id FROM templates t JOIN template_versions v ON v.template_id = t.id AND v.version = t.latest_version
      WHERE t.workspace_id = $1 AND t.starter_key IS NOT NULL`,
    [ws.id],
  );
  return Object.fromEntries(rows.map((r) => [r.starter_key, r.id]));
}

/** A course with one session through the API. */
export async function createSession(
  t: TestApp,
  ws: TestWorkspace,
  session: { startsAt: Date; endsAt?: Date; enrolBy?: Date; capacity?: number },
): Promise<{ courseId: string; sessionId: string }> {
  const course = await t
    .http()
    .post('/v1/courses')
    .set(...bearer(ws.key))
    .send({ title: 'Data literacy for everyone', modality: 'blended', durationMinutes: 180, lmsUrl: 'https://lms.example.com/courses/data-literacy' })
    .expect(201);
  const created = await t
    .http()
    .post(`/v1/courses/${course.body.id}/sessions`)
    .set(...bearer(ws.key))
    .send({
      startsAt: session.startsAt.toISOString(),
      endsAt: (session.endsAt ?? new Date(session.startsAt.getTime() + 3 * 3600_000)).toISOString(),
      ...(session.enrolBy ? { enrolBy: session.enrolBy.toISOString() } : {}),
      ...(session.capacity ? { capacity: session.capacity } : {}),
      timeZone: 'Europe/Paris',
      location: 'Paris La Défense, room Ada',
    })
    .expect(201);
  return { courseId: course.body.id, sessionId: created.body.id };
}

/** Creates a campaign (with steps) through the API and returns its id. */
export async function createCampaign(t: TestApp, ws: TestWorkspace, body: Record<string, unknown>): Promise<string> {
  const res = await t
    .http()
    .post('/v1/campaigns')
    .set(...bearer(ws.key))
    .send({ senderName: 'Learning Team', senderEmail: 'learning@acme.example', ...body });
  if (res.status !== 201) throw new Error(`create campaign: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function launch(t: TestApp, ws: TestWorkspace, campaignId: string): Promise<void> {
  const res = await t.http().post(`/v1/campaigns/${campaignId}/launch`).set(...bearer(ws.key));
  if (res.status >= 300) throw new Error(`launch: ${res.status} ${JSON.stringify(res.body)}`);
}

export interface DeliveryRow {
  id: string;
  learner_id: string | null;
  external_id: string | null;
  step_name: string;
  channel: string;
  status: string;
  reason: string | null;
  attempts: number;
  variant: string | null;
  scheduled_at: Date;
  message_id: string | null;
}

export async function deliveriesOf(ds: DataSource, campaignId: string): Promise<DeliveryRow[]> {
  return ds.query(
    `SELECT d.id, d.learner_id, l.external_id, s.name AS step_name, d.channel, d.status, d.reason, d.attempts, d.variant,
            d.scheduled_at, d.message_id
       FROM deliveries d JOIN campaign_steps s ON s.id = d.step_id LEFT JOIN learners l ON l.id = d.learner_id
      WHERE d.campaign_id = $1 ORDER BY s.position, l.external_id`,
    [campaignId],
  );
}

/** Counts of deliveries still to be sent (pending, queued or sending) for a campaign. */
export async function openDeliveries(ds: DataSource, campaignId: string): Promise<number> {
  const [row] = await ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE campaign_id = $1 AND status IN ('pending', 'queued', 'sending')`, [campaignId]);
  return row.n;
}

const PLAIN_BODY = '<mj-section><mj-column><mj-text>Hello {{learner.firstName}}</mj-text></mj-column></mj-section>';
/** A one-language email template, the smallest a campaign can send. */
export const PLAIN_TEMPLATE = {
  name: 'Hello',
  channel: 'email',
  purpose: 'invitation',
  phase: 'before',
  variants: { en: { subject: 'Hello {{learner.firstName}}', preheader: 'Hi', body: PLAIN_BODY } },
};

/** A new workspace with the given settings (as `PATCH /v1/workspace` takes them) and one email template. */
export async function workspaceWithTemplate(t: TestApp, name: string, settings: Record<string, unknown>): Promise<{ ws: TestWorkspace; versionId: string }> {
  const ws = await t.createWorkspace(name);
  await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send(settings).expect(200);
  const template = await t.http().post('/v1/templates').set(...bearer(ws.key)).send(PLAIN_TEMPLATE).expect(201);
  const [{ id }] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.body.id]);
  return { ws, versionId: id };
}

/** Deliveries of a campaign counted by status. */
export async function statusCounts(ds: DataSource, campaignId: string): Promise<Record<string, number>> {
  const rows: { status: string; n: number }[] = await ds.query(`SELECT status, count(*)::int AS n FROM deliveries WHERE campaign_id = $1 GROUP BY status`, [campaignId]);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * Asserts that every delivery of a campaign was sent, and received by its learner's address (those
 * starting with `prefix`) under its own Message-ID only: a resend must be recognisable as the same
 * message. Returns the resends (messages beyond the first per recipient).
 */
export async function expectEachSentOnce(ds: DataSource, sink: SmtpSink, campaignId: string, prefix: string, count: number): Promise<number> {
  expect(await statusCounts(ds, campaignId)).toEqual({ sent: count });
  const byRecipient = sink.byRecipient(prefix);
  expect(byRecipient.size).toBe(count);
  const rows: { email: string; message_id: string }[] = await ds.query(
    `SELECT l.email, d.message_id FROM deliveries d JOIN learners l ON l.id = d.learner_id WHERE d.campaign_id = $1`,
    [campaignId],
  );
  let resends = 0;
  for (const row of rows) {
    const mails = byRecipient.get(row.email) ?? [];
    resends += mails.length - 1;
    expect(new Set(mails.map((m) => m.parsed.messageId))).toEqual(new Set([row.message_id]));
  }
  return resends;
}
