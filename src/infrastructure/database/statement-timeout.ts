/**
 * Gives the current transaction its own statement timeout (ms; 0: none), overriding the
 * connection's: a CSV import's COPY lasts as long as its upload.
 */
export async function setTransactionStatementTimeout(db: { query(sql: string, params: unknown[]): Promise<unknown> }, timeoutMs: number): Promise<void> {
  await db.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
}
