import { PermanentDeliveryError, TransientDeliveryError } from '../delivery.errors';
import { parseRetryAfter, toPostResult } from './post-outcome';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['0', 0],
    ['1', 1000],
    ['  30 ', 30_000],
    ['Mon, 23 Nov 2026 10:00:05 GMT', 5000],
    ['Monday, 23-Nov-26 10:00:05 GMT', 5000],
    ['Mon, 23 Nov 2026 09:59:00 GMT', 0],
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['tomorrow', undefined],
  ])('%p → %p', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('toPostResult', () => {
  const answer = (status: number, body = '', retryAfter?: string) => ({ status, body, retryAfter, durationMs: 12 });
  const outcome = (status: number, body = '', retryAfter?: string) => {
    try {
      return toPostResult(answer(status, body, retryAfter), NOW);
    } catch (error) {
      return error;
    }
  };

  it.each([200, 201, 202, 204])('%i is sent', (status) => {
    expect(outcome(status)).toEqual({ status, durationMs: 12 });
  });

  it.each([
    [429, '2', 2000],
    [429, 'Mon, 23 Nov 2026 10:01:00 GMT', 60_000],
    [429, undefined, undefined],
    [408, undefined, undefined],
    [500, undefined, undefined],
    [502, undefined, undefined],
    [503, '7', 7000],
    [504, undefined, undefined],
  ])('%i (Retry-After %p) is transient with retryAfterMs %p', (status, retryAfter, retryAfterMs) => {
    const error = outcome(status, '', retryAfter) as TransientDeliveryError;
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect(error).toMatchObject({ code: `HTTP_${status}`, status, retryAfterMs });
  });

  it.each([
    [400, 'invalid_payload'],
    [401, ''],
    [403, 'action_prohibited'],
    [404, 'no_team'],
    [410, 'channel_is_archived'],
    [413, ''],
    [301, ''],
    [302, ''],
  ])('%i (%p) is permanent', (status, body) => {
    const error = outcome(status, body) as PermanentDeliveryError;
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error).toMatchObject({ code: `HTTP_${status}`, status });
    expect(error.message).toContain(String(status));
    if (body) expect(error.message).toContain(body);
  });

  it('quotes a bounded, single-line excerpt of the body', () => {
    const error = outcome(400, `line one\nline two ${'x'.repeat(1000)}`) as Error;
    expect(error.message).toMatch(/^The receiver answered 400: line one line two x+$/);
    expect(error.message.length).toBeLessThan(260);
  });
});
