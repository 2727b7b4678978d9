import { Coalescer } from './coalescer';

/** A write whose completion the test controls, recording the batches it was given. */
function controlledWrite() {
  const batches: number[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const write = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push(items);
      finish.push((error) => (error ? reject(error) : resolve(items.map((n) => n * 10))));
    });
  return { batches, finish, write };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('Coalescer', () => {
  it('writes a lone item at once, and groups the items that arrive while a write is under way', async () => {
    const { batches, finish, write } = controlledWrite();
    const coalescer = new Coalescer(write, { maxBatch: 10 });
    const first = coalescer.submit(1);
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => coalescer.submit(n));
    expect(batches).toEqual([[1]]); // one write at a time
    finish[0]();
    expect(await first).toBe(10);
    await flush();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finish[1]();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('never puts more than maxBatch items in one write', async () => {
    const { batches, finish, write } = controlledWrite();
    const coalescer = new Coalescer(write, { maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((n) => coalescer.submit(n));
    for (let i = 0; i < 3; i++) {
      finish[i]();
      await flush();
    }
    expect(batches).toEqual([[1], [2, 3], [4, 5]]);
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
  });

  it("fails every item of a failed write, and goes on with the next ones", async () => {
    const { batches, finish, write } = controlledWrite();
    const coalescer = new Coalescer(write, { maxBatch: 10 });
    const first = coalescer.submit(1);
    const second = coalescer.submit(2);
    const third = coalescer.submit(3);
    finish[0](new Error('down'));
    await expect(first).rejects.toThrow('down');
    await flush();
    finish[1](new Error('still down'));
    await expect(Promise.all([second, third])).rejects.toThrow('still down');
    const fourth = coalescer.submit(4);
    await flush();
    finish[2]();
    expect(await fourth).toBe(40);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('runs up to maxInFlight writes side by side', () => {
    const { batches, write } = controlledWrite();
    const coalescer = new Coalescer(write, { maxBatch: 10, maxInFlight: 2 });
    for (const n of [1, 2, 3]) void coalescer.submit(n);
    expect(batches).toEqual([[1], [2]]);
  });
});
