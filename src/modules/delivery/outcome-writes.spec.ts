import { isUnreachable, untilWritten } from './outcome-writes';

describe('isUnreachable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    ['a dropped connection (pg gives no code)', new Error('Connection terminated unexpectedly'), true],
    ['a pool wait timeout', new Error('timeout exceeded when trying to connect'), true],
    ['a server shutting down', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    ['TypeORM wrapping a dropped connection', Object.assign(new Error('Query failed'), { driverError: new Error('Connection terminated unexpectedly') }), true],
    ['a constraint violation', Object.assign(new Error('duplicate key'), { code: '23505' }), false],
    ['a syntax error', Object.assign(new Error('syntax error'), { driverError: { code: '42601', message: 'syntax error' } }), false],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
  ])('%s → %p', (_name, error, expected) => {
    expect(isUnreachable(error)).toBe(expected);
  });
});

describe('untilWritten', () => {
  const logger = { warn: jest.fn() };
  it('retries while the database is out of reach, then returns what the write returns', async () => {
    let calls = 0;
    const write = async () => {
      if (++calls < 3) throw new Error('Connection terminated unexpectedly');
      return 'written';
    };
    await expect(untilWritten(write, logger, async () => undefined)).resolves.toBe('written');
    expect(calls).toBe(3);
  });

  it('rethrows at once what no retry can help', async () => {
    let calls = 0;
    const write = async () => {
      calls++;
      throw new TypeError('a bug');
    };
    await expect(untilWritten(write, logger, async () => undefined)).rejects.toThrow('a bug');
    expect(calls).toBe(1);
  });
});
