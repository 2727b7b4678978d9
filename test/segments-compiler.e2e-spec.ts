import { Client } from 'pg';
import { compileSegmentRule } from '../src/modules/segments/segment-compiler';
import { TestDatabase } from './support/test-app';

// The compiled SQL against a hand-made fixture: each rule must select exactly the learners listed.
describe('Segment rules evaluated by PostgreSQL', () => {
  let db: TestDatabase;
  let pg: Client;
  let ws: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await TestDatabase.create();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await seed();
  });
  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  async function one(sql: string, params: unknown[] = []): Promise<string> {
    const { rows } = await pg.query<{ id: string }>(sql, params);
    return rows[0].id;
  }

  async function seed(): Promise<void> {
    ws = await one(`INSERT INTO workspaces (name, slug) VALUES ('Acme', 'acme') RETURNING id`);
    const other = await one(`INSERT INTO workspaces (name, slug) VALUES ('Globex', 'globex') RETURNING id`);
    ids.explorer = await one(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Explorer') RETURNING id`, [ws]);
    ids.achiever = await one(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Achiever') RETURNING id`, [ws]);
    ids.otherExplorer = await one(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Explorer') RETURNING id`, [other]);

    const learner = async (
      workspace: string,
      externalId: string,
      values: Record<string, unknown>,
      createdAt: string,
    ): Promise<void> => {
      const row = { email: `${externalId.toLowerCase()}@example.com`, ...values };
      const columns = ['workspace_id', 'external_id', ...Object.keys(row)];
      const params = [workspace, externalId, ...Object.values(row)];
      const placeholders = params.map((_, i) => `$${i + 1}`);
      ids[externalId] = await one(
        `INSERT INTO learners (${columns.join(', ')}, created_at) VALUES (${placeholders.join(', ')}, ${createdAt}) RETURNING id`,
        params,
      );
    };

    await learner(ws, 'L1', {
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      department: 'Sales',
      site: 'Lyon',
      country: 'FR',
      job_title: 'Sales Manager',
      manager_external_id: 'M1',
      hire_date: '2020-01-15',
      attributes: { level: 3, team: 'Blue', remote: true, since: '2025-01-10' },
      persona_id: ids.explorer,
      consent_network: false,
    }, `'2025-01-01T08:00:00Z'`);
    await learner(ws, 'L2', {
      department: 'Engineering',
      site: 'Paris',
      country: 'FR',
      job_title: 'Engineer 100%',
      hire_date: '2023-06-01',
      attributes: { level: '3', team: 'Red', since: '2024-06-30T10:00:00Z' },
      persona_id: ids.achiever,
      unsubscribed_at: '2025-03-01T00:00:00Z',
    }, `'2025-01-02T08:00:00Z'`);
    await learner(ws, 'L3', {
      country: 'BE',
      job_title: 'data_analyst',
      network_handle: '@l3',
      attributes: { level: 5, team: null, skills: 'sql_basics' },
    }, `'2025-01-03T08:00:00Z'`);
    await learner(ws, 'L4', {
      department: 'sales',
      site: 'Lyon',
      country: 'DE',
      job_title: 'Account executive',
      attributes: { level: 1.5 },
      persona_id: ids.explorer,
    }, `now() - interval '40 days'`);
    await pg.query(
      `UPDATE learners SET hire_date = current_date - 10, attributes = attributes || jsonb_build_object('since', to_char(current_date - 5, 'YYYY-MM-DD')) WHERE id = $1`,
      [ids.L4],
    );
    await learner(ws, 'L5', {
      department: 'Marketing',
      site: 'Nantes',
      country: 'FR',
      job_title: '1000 things',
      hire_date: '2019-12-31',
      attributes: { level: 'high', remote: 'true', since: 'not a date' },
      consent_email: false,
    }, `now() - interval '2 days'`);
    await learner(ws, 'L6', {
      last_name: "O'Brien",
      department: 'Sales',
      country: 'FR',
      persona_id: ids.achiever,
    }, 'now()');
    // Another workspace's learner matches many rules, and must never appear.
    await learner(other, 'X1', { department: 'Sales', site: 'Lyon', country: 'FR', attributes: { level: 3 }, persona_id: ids.otherExplorer }, 'now()');

    ids.c1 = await one(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Negotiation', 'blended') RETURNING id`, [ws]);
    ids.c2 = await one(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'SQL', 'e_learning') RETURNING id`, [ws]);
    ids.otherCourse = await one(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Other', 'mooc') RETURNING id`, [other]);
    const session = (workspace: string, course: string) =>
      one(
        `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone)
         VALUES ($1, $2, now() + interval '10 days', now() + interval '11 days', 'Europe/Paris') RETURNING id`,
        [workspace, course],
      );
    ids.s1a = await session(ws, ids.c1);
    ids.s1b = await session(ws, ids.c1);
    ids.s2 = await session(ws, ids.c2);
    ids.otherSession = await session(other, ids.otherCourse);
    const enrol = (workspace: string, sessionId: string, course: string, learnerId: string, status: string) =>
      pg.query(`INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status) VALUES ($1, $2, $3, $4, $5)`, [
        workspace,
        sessionId,
        course,
        learnerId,
        status,
      ]);
    await enrol(ws, ids.s1a, ids.c1, ids.L1, 'enrolled');
    await enrol(ws, ids.s1a, ids.c1, ids.L2, 'completed');
    await enrol(ws, ids.s1b, ids.c1, ids.L3, 'dropped');
    await enrol(ws, ids.s1b, ids.c1, ids.L4, 'started');
    await enrol(ws, ids.s2, ids.c2, ids.L1, 'completed');
    await enrol(ws, ids.s2, ids.c2, ids.L5, 'invited');
    await enrol(other, ids.otherSession, ids.otherCourse, ids.X1, 'enrolled');

    // Engagement: L1 opened and clicked two days ago, L3 opened forty days ago, X1 (other workspace) clicked.
    const campaign = async (workspace: string, course: string) => {
      const id = await one(`INSERT INTO campaigns (workspace_id, name, course_id) VALUES ($1, 'C', $2) RETURNING id`, [workspace, course]);
      const step = await one(
        `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
         VALUES ($1, $2, 0, 'S', 'before', 'launch', 'PT0M', 'email', gen_random_uuid()) RETURNING id`,
        [workspace, id],
      );
      return { id, step };
    };
    const delivery = (workspace: string, c: { id: string; step: string }, learnerId: string, opened: string | null, clicked: string | null) =>
      pg.query(
        `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, status, scheduled_at, sent_at, opened_at, clicked_at)
         VALUES ($1, $2, $3, $4, 'email', gen_random_uuid(), 'sent', now() - interval '50 days', now() - interval '50 days', ${opened ?? 'NULL'}, ${clicked ?? 'NULL'})`,
        [workspace, c.id, c.step, learnerId],
      );
    const mine = await campaign(ws, ids.c1);
    await delivery(ws, mine, ids.L1, `now() - interval '2 days'`, `now() - interval '2 days'`);
    await delivery(ws, mine, ids.L3, `now() - interval '40 days'`, null);
    await delivery(ws, mine, ids.L4, null, null);
    await delivery(other, await campaign(other, ids.otherCourse), ids.X1, 'now()', 'now()');
  }

  async function select(rule: unknown): Promise<string[]> {
    const { where, params } = compileSegmentRule(rule, { alias: 'l', firstParam: 2 });
    const { rows } = await pg.query<{ external_id: string }>(
      `SELECT l.external_id FROM learners l WHERE l.workspace_id = $1 AND ${where} ORDER BY l.external_id`,
      [ws, ...params],
    );
    return rows.map((r) => r.external_id);
  }

  const ALL = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
  const c = (field: string, op: string, value?: unknown, extra: object = {}) => ({ field, op, ...(value === undefined ? {} : { value }), ...extra });

  // Rules that need ids from the fixture are built lazily.
  const table: [string, () => unknown, string[]][] = [
    ['empty all is everyone', () => ({ all: [] }), ALL],
    ['empty any is no one', () => ({ any: [] }), []],
    // text
    ['department eq (case-sensitive)', () => c('department', 'eq', 'Sales'), ['L1', 'L6']],
    ['department neq includes no department', () => c('department', 'neq', 'Sales'), ['L2', 'L3', 'L4', 'L5']],
    ['department in', () => c('department', 'in', ['Sales', 'Marketing']), ['L1', 'L5', 'L6']],
    ['department nin includes no department', () => c('department', 'nin', ['Sales', 'Marketing']), ['L2', 'L3', 'L4']],
    ['site contains, case-insensitive', () => c('site', 'contains', 'YO'), ['L1', 'L4']],
    ['contains escapes %', () => c('jobTitle', 'contains', '100%'), ['L2']],
    ['contains escapes _', () => c('jobTitle', 'contains', 'a_a'), ['L3']],
    ['starts_with with a quote', () => c('lastName', 'starts_with', "o'b"), ['L6']],
    ['email eq ignores case', () => c('email', 'eq', 'ADA@example.com'), ['L1']],
    ['country eq ignores case', () => c('country', 'eq', 'fr'), ['L1', 'L2', 'L5', 'L6']],
    ['managerExternalId exists', () => c('managerExternalId', 'exists'), ['L1']],
    ['networkHandle exists false', () => c('networkHandle', 'exists', false), ['L1', 'L2', 'L4', 'L5', 'L6']],
    // date
    ['hireDate eq', () => c('hireDate', 'eq', '2020-01-15'), ['L1']],
    ['hireDate neq includes no hire date', () => c('hireDate', 'neq', '2020-01-15'), ['L2', 'L3', 'L4', 'L5', 'L6']],
    ['hireDate in', () => c('hireDate', 'in', ['2020-01-15', '2019-12-31']), ['L1', 'L5']],
    ['hireDate nin', () => c('hireDate', 'nin', ['2020-01-15']), ['L2', 'L3', 'L4', 'L5', 'L6']],
    ['hireDate gt', () => c('hireDate', 'gt', '2020-01-15'), ['L2', 'L4']],
    ['hireDate gte', () => c('hireDate', 'gte', '2020-01-15'), ['L1', 'L2', 'L4']],
    ['hireDate lt', () => c('hireDate', 'lt', '2020-01-15'), ['L5']],
    ['hireDate lte', () => c('hireDate', 'lte', '2020-01-15'), ['L1', 'L5']],
    ['hireDate before', () => c('hireDate', 'before', '2020-01-01'), ['L5']],
    ['hireDate after', () => c('hireDate', 'after', '2023-06-01'), ['L4']],
    ['hireDate between (inclusive)', () => c('hireDate', 'between', ['2020-01-15', '2023-06-01']), ['L1', 'L2']],
    ['hireDate within_last_days', () => c('hireDate', 'within_last_days', 30), ['L4']],
    ['hireDate exists false', () => c('hireDate', 'exists', false), ['L3', 'L6']],
    ['not hireDate gt includes no hire date', () => ({ not: c('hireDate', 'gt', '2020-01-15') }), ['L1', 'L3', 'L5', 'L6']],
    // timestamp
    ['createdAt within_last_days', () => c('createdAt', 'within_last_days', 30), ['L5', 'L6']],
    ['createdAt after a date (UTC midnight)', () => c('createdAt', 'after', '2025-01-02'), ['L2', 'L3', 'L4', 'L5', 'L6']],
    ['createdAt before a time with offset', () => c('createdAt', 'before', '2025-01-02T09:00:00+02:00'), ['L1']],
    ['createdAt gte / lte', () => ({ all: [c('createdAt', 'gte', '2025-01-02T08:00:00Z'), c('createdAt', 'lte', '2025-01-03T08:00:00Z')] }), ['L2', 'L3']],
    ['createdAt gt / lt', () => ({ all: [c('createdAt', 'gt', '2025-01-02T08:00:00Z'), c('createdAt', 'lt', '2025-01-03T08:00:00Z')] }), []],
    ['createdAt between', () => c('createdAt', 'between', ['2025-01-01', '2025-01-03']), ['L1', 'L2']],
    ['createdAt exists', () => c('createdAt', 'exists'), ALL],
    // boolean
    ['consentNetwork eq false', () => c('consentNetwork', 'eq', false), ['L1']],
    ['consentEmail neq true', () => c('consentEmail', 'neq', true), ['L5']],
    ['unsubscribed eq true', () => c('unsubscribed', 'eq', true), ['L2']],
    ['unsubscribed eq false', () => c('unsubscribed', 'eq', false), ['L1', 'L3', 'L4', 'L5', 'L6']],
    // attributes
    ['attribute eq number compares the JSON number', () => c('attributes.level', 'eq', 3), ['L1']],
    ['attribute eq text also matches the number written so', () => c('attributes.level', 'eq', '3'), ['L1', 'L2']],
    ['attribute neq includes learners without the key', () => c('attributes.level', 'neq', 3), ['L2', 'L3', 'L4', 'L5', 'L6']],
    ['attribute eq boolean', () => c('attributes.remote', 'eq', true), ['L1']],
    ['attribute eq "true" as text', () => c('attributes.remote', 'eq', 'true'), ['L1', 'L5']],
    ['attribute eq text', () => c('attributes.team', 'eq', 'Blue'), ['L1']],
    ['attribute in mixed types', () => c('attributes.level', 'in', [5, 'high']), ['L3', 'L5']],
    ['attribute nin includes learners without the key', () => c('attributes.level', 'nin', [5, 'high']), ['L1', 'L2', 'L4', 'L6']],
    ['attribute gt compares numbers, and text that is a number (as CSV imports keep it)', () => c('attributes.level', 'gt', 2), ['L1', 'L2', 'L3']],
    ['attribute gte', () => c('attributes.level', 'gte', 3), ['L1', 'L2', 'L3']],
    ['attribute lt', () => c('attributes.level', 'lt', 3), ['L4']],
    ['attribute lte decimal', () => c('attributes.level', 'lte', 1.5), ['L4']],
    ['attribute between numbers', () => c('attributes.level', 'between', [1, 3]), ['L1', 'L2', 'L4']],
    ['not attribute gt includes the rest', () => ({ not: c('attributes.level', 'gt', 2) }), ['L4', 'L5', 'L6']],
    ['attribute exists (key present, even null)', () => c('attributes.team', 'exists'), ['L1', 'L2', 'L3']],
    ['attribute exists false', () => c('attributes.team', 'exists', false), ['L4', 'L5', 'L6']],
    ['attribute contains', () => c('attributes.team', 'contains', 'E'), ['L1', 'L2']],
    ['attribute starts_with escapes _', () => c('attributes.skills', 'starts_with', 'sql_'), ['L3']],
    ['attribute after a date (date-times by their day)', () => c('attributes.since', 'after', '2025-01-01'), ['L1', 'L4']],
    ['attribute before a date', () => c('attributes.since', 'before', '2025-01-01'), ['L2']],
    ['attribute gte a date', () => c('attributes.since', 'gte', '2025-01-10'), ['L1', 'L4']],
    ['attribute between dates', () => c('attributes.since', 'between', ['2024-06-30', '2025-01-10']), ['L1', 'L2']],
    ['attribute within_last_days', () => c('attributes.since', 'within_last_days', 30), ['L4']],
    // persona
    ['persona eq by name', () => c('persona', 'eq', 'Explorer'), ['L1', 'L4']],
    ['persona eq by id', () => c('persona', 'eq', ids.achiever), ['L2', 'L6']],
    ['persona eq by upper-case id', () => c('persona', 'eq', ids.achiever.toUpperCase()), ['L2', 'L6']],
    ['persona neq includes no persona', () => c('persona', 'neq', 'Explorer'), ['L2', 'L3', 'L5', 'L6']],
    ['persona in name and id', () => c('persona', 'in', ['Explorer', ids.achiever]), ['L1', 'L2', 'L4', 'L6']],
    ['persona nin', () => c('persona', 'nin', ['Explorer']), ['L2', 'L3', 'L5', 'L6']],
    ['persona exists', () => c('persona', 'exists'), ['L1', 'L2', 'L4', 'L6']],
    ['persona exists false', () => c('persona', 'exists', false), ['L3', 'L5']],
    ["another workspace's persona matches no one", () => c('persona', 'eq', ids.otherExplorer), []],
    // enrolment
    ['course status eq', () => c('enrollment.status', 'eq', 'enrolled', { courseId: ids.c1 }), ['L1']],
    ['course status in', () => c('enrollment.status', 'in', ['enrolled', 'started'], { courseId: ids.c1 }), ['L1', 'L4']],
    ['course status neq: no enrolment with that status', () => c('enrollment.status', 'neq', 'completed', { courseId: ids.c1 }), ['L1', 'L3', 'L4', 'L5', 'L6']],
    ['course status nin', () => c('enrollment.status', 'nin', ['dropped', 'completed'], { courseId: ids.c1 }), ['L1', 'L4', 'L5', 'L6']],
    ['course exists: any enrolment', () => c('enrollment.status', 'exists', undefined, { courseId: ids.c1 }), ['L1', 'L2', 'L3', 'L4']],
    ['course exists false', () => c('enrollment.status', 'exists', false, { courseId: ids.c1 }), ['L5', 'L6']],
    ['session status in', () => c('enrollment.status', 'in', ['dropped', 'started'], { sessionId: ids.s1b }), ['L3', 'L4']],
    ['session status eq', () => c('enrollment.status', 'eq', 'completed', { sessionId: ids.s2 }), ['L1']],
    ['ever opened an email', () => c('engagement.opened', 'exists'), ['L1', 'L3']],
    ['never clicked an email', () => c('engagement.clicked', 'exists', false), ['L2', 'L3', 'L4', 'L5', 'L6']],
    ['opened within the last 30 days', () => c('engagement.opened', 'within_last_days', 30), ['L1']],
    ['session exists', () => c('enrollment.status', 'exists', true, { sessionId: ids.s1a }), ['L1', 'L2']],
    ["another workspace's course matches no one", () => c('enrollment.status', 'exists', undefined, { courseId: ids.otherCourse }), []],
    // Neither course nor session: all the learner's enrolments (another workspace's do not count).
    ['never enrolled in anything', () => c('enrollment.status', 'exists', false), ['L6']],
    ['enrolled anywhere', () => c('enrollment.status', 'exists', true), ['L1', 'L2', 'L3', 'L4', 'L5']],
    ['completed any course', () => c('enrollment.status', 'eq', 'completed'), ['L1', 'L2']],
    // NULL semantics through groups
    ['not eq includes no value', () => ({ not: c('department', 'eq', 'Sales') }), ['L2', 'L3', 'L4', 'L5']],
    ['not in includes no value', () => ({ not: c('site', 'in', ['Lyon']) }), ['L2', 'L3', 'L5', 'L6']],
    ['not not', () => ({ not: { not: c('site', 'eq', 'Lyon') } }), ['L1', 'L4']],
    ['any over a NULL and a match', () => ({ any: [c('site', 'eq', 'Nowhere'), c('department', 'eq', 'Marketing')] }), ['L5']],
    [
      'ten levels of nesting',
      () => ({
        all: [
          c('country', 'eq', 'FR'),
          {
            any: [
              c('department', 'eq', 'Marketing'),
              {
                not: {
                  any: [
                    c('site', 'eq', 'Paris'),
                    { all: [{ not: { all: [c('persona', 'exists'), { any: [c('attributes.level', 'gt', 2), { not: c('department', 'neq', 'Sales') }] }] } }] },
                  ],
                },
              },
            ],
          },
        ],
      }),
      ['L1', 'L5', 'L6'],
    ],
  ];

  it.each(table)('%s', async (_name, rule, expected) => {
    expect(await select(rule())).toEqual(expected);
  });

  it('binds injection attempts as plain values: nothing matches and the table survives', async () => {
    const evil = "'; DROP TABLE learners; --";
    for (const rule of [
      c('department', 'eq', evil),
      c('department', 'in', [evil]),
      c('jobTitle', 'contains', evil),
      c('attributes.team', 'eq', evil),
      c('attributes.team', 'in', [evil, 1]),
      c('persona', 'eq', evil),
      c('lastName', 'eq', "O'Brien' OR '1'='1"),
    ]) {
      expect(await select(rule)).toEqual([]);
    }
    expect(await select(c('lastName', 'eq', "O'Brien"))).toEqual(['L6']);
    const { rows } = await pg.query(`SELECT count(*)::int AS n FROM learners`);
    expect(rows[0].n).toBe(7);
  });
});
