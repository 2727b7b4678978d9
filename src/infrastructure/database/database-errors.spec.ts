import { QueryFailedError } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { databaseBusyError } from './database-errors';

const queryFailed = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error('failed'), { code }));

describe('databaseBusyError', () => {
  it.each([
    ['no pool connection free in time', new Error('timeout exceeded when trying to connect')],
    ['a new connection that could not be opened in time', new Error('Connection terminated due to connection timeout')],
    ['no connection slot left on the server', queryFailed('53300')],
    ['a statement past statement_timeout', queryFailed('57014')],
    ['a session ended by idle_in_transaction_session_timeout', Object.assign(new Error('terminating connection'), { code: '25P03' })],
  ])('answers 503 SERVER.BUSY with Retry-After to %s', (_, error) => {
    const busy = databaseBusyError(error);
    expect(busy).toBeInstanceOf(DomainError);
    expect(busy).toMatchObject({ code: 'SERVER.BUSY', kind: 'unavailable', retryAfterSeconds: 2 });
  });

  it.each([
    ['a unique violation', queryFailed('23505')],
    ['any other error', new Error('boom')],
    ['a domain error', DomainError.invalid('X.Y', 'bad')],
    ['something that is not an error', 'timeout exceeded when trying to connect'],
  ])('leaves %s alone', (_, error) => {
    expect(databaseBusyError(error)).toBeNull();
  });
});
