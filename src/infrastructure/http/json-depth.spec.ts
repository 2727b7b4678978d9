import { nestsDeeperThan } from './json-depth';

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('nestsDeeperThan', () => {
  it.each<[string, unknown, number, boolean]>([
    ['a scalar', 'text', 0, false],
    ['null', null, 0, false],
    ['an empty object is one level', {}, 1, false],
    ['an empty object over a limit of 0', {}, 0, true],
    ['objects and arrays both count', { a: [{ b: 1 }] }, 3, false],
    ['one level too many', { a: [{ b: 1 }] }, 2, true],
    ['a deep branch beside shallow ones', { x: 1, y: [1, 2], z: nested(10) }, 10, true],
    ['wide but shallow', { list: Array.from({ length: 10_000 }, (_, i) => ({ i })) }, 3, false],
    ['exactly at the limit', nested(32), 32, false],
    ['just over the limit', nested(33), 32, true],
  ])('%s', (_name, value, limit, expected) => {
    expect(nestsDeeperThan(value, limit)).toBe(expected);
  });

  it('walks a value nested far deeper than the call stack allows', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000));
    expect(nestsDeeperThan(deep, 32)).toBe(true);
    expect(nestsDeeperThan(deep, 250_000)).toBe(false);
  });
});
