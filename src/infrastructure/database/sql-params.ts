/**
 * Collects bind values while a query is assembled from fragments, so each fragment can ask for
 * the next placeholder number (`$n`) without counting by hand.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Binds a value; returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The number the next placeholder will get: give it to a fragment builder as its first index. */
  get next(): number {
    return this.values.length + 1;
  }

  /** Takes a fragment built from `next` and returns its SQL. */
  take(fragment: { params: unknown[] }, sql: string): string {
    this.values.push(...fragment.params);
    return sql;
  }
}
