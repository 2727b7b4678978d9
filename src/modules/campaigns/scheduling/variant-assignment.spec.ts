import { randomUUID } from 'node:crypto';
import { assignVariant, variantBucket, variantWeightsProblem, type VariantWeight } from './variant-assignment';

const STEP = '8a4c1f38-7d3e-4b1e-9a55-2f1c3a9b7e10';
const learners = Array.from({ length: 10_000 }, () => randomUUID());

function split(variants: VariantWeight[], step = STEP): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(variants.map((variant) => [variant.key, 0]));
  for (const learner of learners) counts[assignVariant(step, learner, variants)]++;
  return counts;
}

describe('variantBucket', () => {
  it('is pinned: changing it would reshuffle the variants of live campaigns', () => {
    expect(variantBucket(STEP, '00000000-0000-4000-8000-000000000001')).toBe(0xf5965ecb2cc93 / 2 ** 52);
  });

  it('ignores the case of the ids and stays in [0, 1)', () => {
    const learner = learners[0];
    expect(variantBucket(STEP.toUpperCase(), learner.toUpperCase())).toBe(variantBucket(STEP, learner));
    for (const id of learners.slice(0, 1000)) {
      const bucket = variantBucket(STEP, id);
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(1);
    }
  });
});

describe('assignVariant', () => {
  it.each([
    [[{ key: 'A', weight: 50 }, { key: 'B', weight: 50 }], { A: 0.5, B: 0.5 }],
    [[{ key: 'A', weight: 90 }, { key: 'B', weight: 10 }], { A: 0.9, B: 0.1 }],
    [[{ key: 'A', weight: 1 }, { key: 'B', weight: 1 }, { key: 'C', weight: 2 }], { A: 0.25, B: 0.25, C: 0.5 }],
    [[{ key: 'A', weight: 0 }, { key: 'B', weight: 3 }], { A: 0, B: 1 }],
    [[{ key: 'A', weight: 7 }, { key: 'B', weight: 0 }], { A: 1, B: 0 }],
  ])('splits 10,000 learners %j close to the weights', (variants, shares) => {
    const counts = split(variants);
    for (const [key, share] of Object.entries(shares)) {
      // Three standard deviations of a binomial over 10,000 draws is at most 1.5 points.
      expect(Math.abs(counts[key] / learners.length - share)).toBeLessThan(0.015);
    }
  });

  it('is stable for a pair and independent between steps', () => {
    const variants = [
      { key: 'A', weight: 50 },
      { key: 'B', weight: 50 },
    ];
    const other = randomUUID();
    let same = 0;
    for (const learner of learners) {
      expect(assignVariant(STEP, learner, variants)).toBe(assignVariant(STEP, learner, variants));
      if (assignVariant(STEP, learner, variants) === assignVariant(other, learner, variants)) same++;
    }
    expect(Math.abs(same / learners.length - 0.5)).toBeLessThan(0.015);
  });

  it('refuses a split that cannot be made', () => {
    expect(() => assignVariant(STEP, learners[0], [{ key: 'A', weight: 1 }])).toThrow(/at least two variants/);
  });
});

describe('variantWeightsProblem', () => {
  it.each([
    [[{ key: 'A', weight: 50 }, { key: 'B', weight: 50 }], null],
    [[{ key: 'A', weight: 100 }], 'an A/B split needs at least two variants'],
    [[{ key: 'A', weight: 1 }, { key: 'A', weight: 1 }], 'variant keys must be distinct'],
    [[{ key: 'A', weight: 1.5 }, { key: 'B', weight: 1 }], 'variant weights must be whole numbers from 0 to 10000'],
    [[{ key: 'A', weight: -1 }, { key: 'B', weight: 1 }], 'variant weights must be whole numbers from 0 to 10000'],
    [[{ key: 'A', weight: 10_001 }, { key: 'B', weight: 1 }], 'variant weights must be whole numbers from 0 to 10000'],
    [[{ key: 'A', weight: 0 }, { key: 'B', weight: 0 }], 'at least one variant needs a weight above 0'],
  ])('%j → %p', (variants, problem) => {
    expect(variantWeightsProblem(variants)).toBe(problem);
  });
});
