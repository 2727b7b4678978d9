export interface MicroBatcherOptions {
  /** Most items handed to one run. */
  maxBatch: number;
  /** Most runs in progress at once; items arriving meanwhile wait and form the next batch. */
  maxInFlight: number;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Groups concurrent calls into one run (one SQL statement for many tracking hits) without a
 * timer: a run starts as soon as a slot is free, and whatever arrived while the slots were busy
 * goes in the next one. An idle caller waits one event-loop turn at most; a busy server pays one
 * round trip for many hits. When a run fails, its items are run again one by one, so an item fails
 * only for its own sake. Every caller's promise settles with its own result once its run is
 * over, so an answer after `submit` resolves still means the work is done (committed).
 */
export class MicroBatcher<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  /** `run` answers one result per item, in the items' order. */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly options: MicroBatcherOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // After the current I/O callbacks, so that the requests parsed in this turn share the run.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.execute(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private async execute(batch: Pending<I, O>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`MicroBatcher: ${results.length} results for ${batch.length} items`);
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One bad item must not fail its neighbours: each is run again on its own.
      await Promise.all(batch.map((p) => this.execute([p])));
    }
  }
}
