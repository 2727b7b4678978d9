import { withRanks } from './campaign-report.service';

describe('withRanks', () => {
  it('ranks by enrolled, then completed, then clicks; only entries equal on all three share a rank', () => {
    const entry = (name: string, enrolled: number, completed: number, clicks: number) => ({ name, enrolled, completed, clicks });
    const ranked = withRanks([entry('Ana', 3, 1, 9), entry('Ben', 3, 1, 9), entry('Cid', 3, 0, 20), entry('Dan', 0, 0, 12), entry('Eve', 0, 0, 4), entry('Fay', 0, 0, 4)]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['Ana', 1],
      ['Ben', 1],
      ['Cid', 3],
      ['Dan', 4],
      ['Eve', 5],
      ['Fay', 5],
    ]);
  });
});
