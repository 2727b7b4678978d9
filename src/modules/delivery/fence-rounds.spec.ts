import { type FenceRequest, fenceRounds } from './fence-rounds';

const stepA = { sql: 'EXISTS (a)', params: ['ws', 'seg-a'] };
const stepB = { sql: 'EXISTS (b)', params: ['ws', 'seg-b'] };
const request = (id: string, learnerId: string | null, audience = stepA): FenceRequest => ({ id, token: 't', learnerId, audience });

describe('fenceRounds', () => {
  it('fences the requests of one step audience in one statement', () => {
    const rounds = fenceRounds([request('1', 'l1'), request('2', 'l2'), request('3', null)]);
    expect(rounds).toEqual([{ audience: stepA, rows: ['1', '2', '3'].map((id) => ({ id, token: 't' })) }]);
  });

  it('gives each step audience its own statement, in the order they came', () => {
    const rounds = fenceRounds([request('1', 'l1', stepB), request('2', 'l2', stepA), request('3', 'l3', stepB)]);
    expect(rounds.map((r) => [r.audience.sql, r.rows.map((row) => row.id)])).toEqual([
      ['EXISTS (b)', ['1', '3']],
      ['EXISTS (a)', ['2']],
    ]);
  });

  it('tells apart two audiences with the same SQL and other parameters', () => {
    const other = { sql: stepA.sql, params: ['ws', 'seg-z'] };
    expect(fenceRounds([request('1', 'l1'), request('2', 'l2', other)])).toHaveLength(2);
  });

  it('never puts one learner twice in a statement: the second message waits for the next round', () => {
    const rounds = fenceRounds([request('1', 'l1'), request('2', 'l1'), request('3', 'l2'), request('4', 'l1', stepB)]);
    expect(rounds.map((r) => r.rows.map((row) => row.id))).toEqual([['1', '3'], ['2'], ['4']]);
  });

  it('has nothing to fence for no requests', () => {
    expect(fenceRounds([])).toEqual([]);
  });
});
