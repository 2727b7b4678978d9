/**
 * Group commit for callers that each wait on their own small write: `submit` hands one item over
 * and resolves with that item's result. The first item is written at once; items that arrive while
 * a write is under way wait and go together in the next one (up to `maxBatch`). One caller alone
 * waits no longer than before; many callers share a statement and a commit instead of queueing for
 * one each.
 */
export class Coalescer<In, Out> {
  private readonly pending: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private running = 0;

  constructor(
    private readonly write: (items: In[]) => Promise<Out[]>,
    private readonly options: { maxBatch: number; maxInFlight?: number },
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < (this.options.maxInFlight ?? 1) && this.pending.length) {
      const batch = this.pending.splice(0, this.options.maxBatch);
      this.running++;
      this.write(batch.map((entry) => entry.item))
        .then(
          (results) => batch.forEach((entry, i) => entry.resolve(results[i])),
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          this.running--;
          this.drain();
        });
    }
  }
}
