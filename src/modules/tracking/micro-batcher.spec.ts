import { MicroBatcher } from './micro-batcher';

/** A run that records its batches and answers each item doubled; odd items make a batch fail when `failOdd`. */
function recorder(options: { failOdd?: boolean; gate?: Promise<void> } = {}) {
  const batches: number[][] = [];
  let running = 0;
  let maxRunning = 0;
  const run = async (items: number[]): Promise<number[]> => {
    batches.push(items);
    running++;
    maxRunning = Math.max(maxRunning, running);
    await (options.gate ?? Promise.resolve());
    running--;
    if (options.failOdd && items.some((i) => i % 2 === 1)) throw new Error(`odd in ${items.join(',')}`);
    return items.map((i) => i * 2);
  };
  return { run, batches, maxRunning: () => maxRunning };
}

describe('MicroBatcher', () => {
  it('runs the calls made in one turn together and answers each its own result', async () => {
    const r = recorder();
    const batcher = new MicroBatcher(r.run, { maxBatch: 100, maxInFlight: 1 });
    await expect(Promise.all([1, 2, 3].map((i) => batcher.submit(i)))).resolves.toEqual([2, 4, 6]);
    expect(r.batches).toEqual([[1, 2, 3]]);
  });

  it.each([
    [10, 3, [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]],
    [4, 4, [[0, 1, 2, 3]]],
    [5, 10, [[0, 1, 2, 3, 4]]],
  ])('splits %i items into batches of at most %i', async (count, maxBatch, expected) => {
    const r = recorder();
    const batcher = new MicroBatcher(r.run, { maxBatch, maxInFlight: 8 });
    const items = Array.from({ length: count }, (_, i) => i);
    await expect(Promise.all(items.map((i) => batcher.submit(i)))).resolves.toEqual(items.map((i) => i * 2));
    expect(r.batches).toEqual(expected);
  });

  it('keeps at most maxInFlight runs going; what arrives meanwhile waits for the next run', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const r = recorder({ gate });
    const batcher = new MicroBatcher(r.run, { maxBatch: 2, maxInFlight: 2 });
    const first = [0, 1, 2, 3].map((i) => batcher.submit(i));
    await new Promise((resolve) => setImmediate(resolve));
    const late = [4, 5, 6].map((i) => batcher.submit(i));
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.batches).toEqual([[0, 1], [2, 3]]);
    open();
    await expect(Promise.all([...first, ...late])).resolves.toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(r.batches).toEqual([[0, 1], [2, 3], [4, 5], [6]]);
    expect(r.maxRunning()).toBe(2);
  });

  it('runs the items of a failed batch one by one, so only the bad ones fail', async () => {
    const r = recorder({ failOdd: true });
    const batcher = new MicroBatcher(r.run, { maxBatch: 10, maxInFlight: 1 });
    const results = await Promise.allSettled([2, 3, 4].map((i) => batcher.submit(i)));
    expect(results.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 4 });
    expect(r.batches).toEqual([[2, 3, 4], [2], [3], [4]]);
  });

  it('refuses a run that answers the wrong number of results', async () => {
    const batcher = new MicroBatcher(async (items: number[]) => items.slice(1), { maxBatch: 10, maxInFlight: 1 });
    await expect(batcher.submit(1)).rejects.toThrow('0 results for 1 items');
  });
});
