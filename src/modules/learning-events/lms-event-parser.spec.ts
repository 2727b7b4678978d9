import { parseLmsEvents } from './lms-event-parser';

const NOW = new Date('2026-03-02T09:00:00Z');
const SESSION = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const valid = { id: 'evt_1', type: 'enrolled', occurredAt: '2026-03-01T10:00:00+01:00', learner: { externalId: 'E-1' }, sessionId: SESSION };

describe('parseLmsEvents', () => {
  it('parses a single event', () => {
    expect(parseLmsEvents(valid, NOW)).toEqual({
      ok: true,
      events: [
        {
          id: 'evt_1',
          idempotencyKey: 'lms:evt_1',
          status: 'enrolled',
          occurredAt: new Date('2026-03-01T09:00:00Z'),
          learner: { externalId: 'E-1' },
          activity: { sessionId: SESSION },
          ref: null,
          path: '',
          fields: { learner: 'learner.externalId', activity: 'sessionId' },
        },
      ],
    });
  });

  it.each<[string, unknown, Record<string, unknown>]>([
    ['email, lower-cased', { ...valid, learner: { email: ' Ada@Example.COM ' } }, { learner: { email: 'ada@example.com' }, fields: { learner: 'learner.email', activity: 'sessionId' } }],
    ['a course code', { ...valid, sessionId: undefined, courseCode: 'SEC-101' }, { activity: { courseCode: 'SEC-101' }, fields: { learner: 'learner.externalId', activity: 'courseCode' } }],
    [
      'a course code and start',
      { ...valid, sessionId: undefined, courseCode: 'SEC-101', sessionStartsAt: '2026-04-01T09:00:00Z' },
      { activity: { courseCode: 'SEC-101', sessionStartsAt: new Date('2026-04-01T09:00:00Z') } },
    ],
    ['a ref', { ...valid, ref: 'k1.abc.def' }, { ref: 'k1.abc.def' }],
    ['a completed type', { ...valid, type: 'completed' }, { status: 'completed' }],
  ])('accepts %s', (_name, body, expected) => {
    const result = parseLmsEvents(JSON.parse(JSON.stringify(body)), NOW);
    expect(result.ok).toBe(true);
    expect(result.ok && result.events[0]).toMatchObject(expected);
  });

  it.each<[string, unknown, string]>([
    ['an unknown type', { ...valid, type: 'registered' }, 'type'],
    ['no id', { ...valid, id: undefined }, 'id'],
    ['a local time', { ...valid, occurredAt: '2026-03-01T10:00:00' }, 'occurredAt'],
    ['a future time', { ...valid, occurredAt: '2026-03-02T09:06:00Z' }, 'occurredAt'],
    ['both externalId and email', { ...valid, learner: { externalId: 'E-1', email: 'a@b.co' } }, 'learner'],
    ['a bad email', { ...valid, learner: { email: 'nope' } }, 'learner.email'],
    ['no session or course', { ...valid, sessionId: undefined }, 'sessionId'],
    ['a session id that is no UUID', { ...valid, sessionId: '42' }, 'sessionId'],
    ['an unknown field', { ...valid, extra: 1 }, 'extra'],
  ])('refuses %s, naming %s', (_name, body, path) => {
    const result = parseLmsEvents(JSON.parse(JSON.stringify(body)), NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details.map((d) => d.path)).toContain(path);
  });

  it('names the index of a bad event in a batch', () => {
    const result = parseLmsEvents([valid, { ...valid, id: 'evt_2', type: 'x' }], NOW);
    expect(result).toEqual({ ok: false, details: [{ path: '[1].type', message: expect.any(String) }] });
  });

  it('refuses an empty batch', () => {
    expect(parseLmsEvents([], NOW).ok).toBe(false);
  });
});
