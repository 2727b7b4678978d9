import { parseXapiStatements, XAPI_REF_EXTENSION } from './xapi-statement-parser';

const NOW = new Date('2026-03-02T09:00:00Z');
const ID = '9b2f1c3e-1d2a-4c5b-8e7f-0a1b2c3d4e5f';
const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}` });
const statement = {
  id: ID,
  actor: { objectType: 'Agent', mbox: 'mailto:Ada@Example.com' },
  verb: verb('completed'),
  object: { id: 'https://lms.example.com/courses/sec-101' },
  timestamp: '2026-03-01T10:00:00Z',
};

describe('parseXapiStatements', () => {
  it.each([
    ['registered', 'enrolled'],
    ['launched', 'started'],
    ['attempted', 'started'],
    ['completed', 'completed'],
    ['passed', 'completed'],
    ['failed', null],
    ['answered', null],
  ])('maps the verb %s to %s', (name, status) => {
    const result = parseXapiStatements({ ...statement, verb: verb(name) }, NOW);
    expect(result.ok && result.events[0].status).toBe(status);
  });

  it('reads the actor, the activity, the time and the idempotency key', () => {
    const result = parseXapiStatements(statement, NOW);
    expect(result.ok && result.events[0]).toEqual({
      id: ID,
      idempotencyKey: `xapi:${ID}`,
      status: 'completed',
      occurredAt: new Date('2026-03-01T10:00:00Z'),
      learner: { email: 'ada@example.com' },
      activity: { activityId: 'https://lms.example.com/courses/sec-101' },
      ref: null,
      path: '',
      fields: { learner: 'actor', activity: 'object.id' },
    });
  });

  it('identifies an actor by account name (the external id) and reads the ref extension', () => {
    const result = parseXapiStatements(
      [{ ...statement, actor: { account: { homePage: 'https://lms.example.com', name: 'E-42' } }, context: { extensions: { [XAPI_REF_EXTENSION]: 'k1.x.y' } } }],
      NOW,
    );
    expect(result.ok && result.events[0]).toMatchObject({ learner: { externalId: 'E-42' }, ref: 'k1.x.y', path: '[0]' });
  });

  it('assigns an id to a statement without one, and defaults the time to now', () => {
    const result = parseXapiStatements({ ...statement, id: undefined, timestamp: undefined }, NOW);
    expect(result.ok && result.events[0].idempotencyKey).toMatch(/^xapi:[0-9a-f-]{36}$/);
    expect(result.ok && result.events[0].occurredAt).toEqual(NOW);
  });

  it.each<[string, unknown, string]>([
    ['an id that is no UUID', { ...statement, id: 'abc' }, '[0].id'],
    ['a mbox without mailto:', { ...statement, actor: { mbox: 'ada@example.com' } }, '[0].actor.mbox'],
    ['an actor without mbox or account', { ...statement, actor: { name: 'Ada' } }, '[0].actor'],
    ['no verb', { ...statement, verb: undefined }, '[0].verb.id'],
    ['no object id', { ...statement, object: {} }, '[0].object.id'],
    ['a future timestamp', { ...statement, timestamp: '2026-03-03T00:00:00Z' }, '[0].timestamp'],
  ])('refuses %s, naming %s', (_name, bad, path) => {
    const result = parseXapiStatements([bad], NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details.map((d) => d.path)).toContain(path);
  });
});
