import { abVerdict, decideWinner, hasEnoughData, normalCdf, twoProportionZTest, type ArmStats } from './ab-test';

const arm = (key: string, successes: number, trials: number): ArmStats => ({ key, successes, trials });

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [2.575829, 0.995],
    [-1.644854, 0.05],
    [3.188064, 0.999284],
  ])('Φ(%p) ≈ %p', (x, expected) => {
    expect(normalCdf(x)).toBeCloseTo(expected, 6);
  });
});

describe('twoProportionZTest (pooled, two-sided)', () => {
  it.each([
    // a successes/trials, b successes/trials, z, p (reference values from the closed form with erfc)
    [200, 1000, 260, 1000, 3.18806, 0.0014323],
    [300, 1000, 240, 1000, -3.02199, 0.0025112],
    [50, 500, 70, 500, 1.94625, 0.051625],
    [50, 500, 72, 500, 2.12567, 0.033531],
    [5, 30, 12, 30, 2.00546, 0.044913],
    [10, 100, 10, 100, 0, 1],
  ])('%p/%p against %p/%p → z %p, p %p', (x1, n1, x2, n2, z, p) => {
    const result = twoProportionZTest(arm('A', x1, n1), arm('B', x2, n2))!;
    expect(result.z).toBeCloseTo(z, 4);
    expect(result.pValue).toBeCloseTo(p, 5);
  });

  it.each([
    ['an empty arm', arm('A', 0, 0), arm('B', 5, 50)],
    ['no success anywhere (no variance)', arm('A', 0, 50), arm('B', 0, 50)],
    ['only successes (no variance)', arm('A', 40, 40), arm('B', 60, 60)],
  ])('is null for %s', (_, a, b) => {
    expect(twoProportionZTest(a, b)).toBeNull();
  });
});

describe('hasEnoughData', () => {
  it.each([
    [arm('A', 10, 30), true],
    [arm('A', 10, 29), false],
    [arm('A', 4, 100), false],
    [arm('A', 96, 100), false],
    [arm('A', 5, 10_000), true],
  ])('%p → %p', (a, expected) => {
    expect(hasEnoughData(a)).toBe(expected);
  });
});

describe('abVerdict', () => {
  it.each([
    ['B far ahead', [arm('A', 200, 1000), arm('B', 260, 1000)], 'significant', 'B', 99, 'B converts better, 99% confidence'],
    ['A ahead at 99%', [arm('A', 300, 1000), arm('B', 240, 1000)], 'significant', 'A', 99, 'A converts better, 99% confidence'],
    ['B ahead at 95% only', [arm('A', 50, 500), arm('B', 72, 500)], 'significant', 'B', 95, 'B converts better, 95% confidence'],
    ['just short of 95%', [arm('A', 50, 500), arm('B', 70, 500)], 'inconclusive', 'B', null, 'no significant difference yet'],
    ['equal rates', [arm('A', 10, 100), arm('B', 10, 100)], 'inconclusive', 'A', null, 'no significant difference yet'],
    ['29 trials in an arm', [arm('A', 5, 29), arm('B', 20, 30)], 'insufficient', 'B', null, 'not enough data yet'],
    ['fewer than 5 successes', [arm('A', 4, 1000), arm('B', 40, 1000)], 'insufficient', 'B', null, 'not enough data yet'],
    ['nothing sent yet', [arm('A', 0, 0), arm('B', 0, 0)], 'insufficient', 'A', null, 'not enough data yet'],
    ['one arm only', [arm('A', 100, 1000)], 'insufficient', null, null, 'not enough data yet'],
    ['three arms: leader against runner-up', [arm('A', 100, 1000), arm('B', 200, 1000), arm('C', 260, 1000)], 'significant', 'C', 99, 'C converts better, 99% confidence'],
  ])('%s', (_, arms, outcome, leader, confidence, text) => {
    expect(abVerdict(arms)).toMatchObject({ outcome, leader, confidence, text });
  });

  it('reports the z and p of the leader against the runner-up', () => {
    const verdict = abVerdict([arm('A', 260, 1000), arm('B', 200, 1000)]);
    expect(verdict).toMatchObject({ leader: 'A', runnerUp: 'B' });
    expect(verdict.z).toBeCloseTo(3.18806, 4);
    expect(verdict.pValue).toBeCloseTo(0.0014323, 5);
  });
});

describe('decideWinner', () => {
  it.each([
    ['the significantly better variant', [arm('A', 200, 1000), arm('B', 260, 1000)], 'B'],
    ['the higher rate when not significant', [arm('A', 50, 500), arm('B', 70, 500)], 'B'],
    ['the higher rate with too little data', [arm('A', 1, 10), arm('B', 3, 10)], 'B'],
    ['the first on a tie', [arm('A', 10, 100), arm('B', 10, 100)], 'A'],
    ['the first when nothing was sent', [arm('A', 0, 0), arm('B', 0, 0)], 'A'],
    ['an arm with data over an empty one', [arm('A', 0, 0), arm('B', 0, 40)], 'B'],
    ['the best of three, first among equals', [arm('A', 10, 100), arm('B', 30, 100), arm('C', 30, 100)], 'B'],
    ['nobody without arms', [], null],
  ])('picks %s', (_, arms, expected) => {
    expect(decideWinner(arms)).toBe(expected);
  });
});
