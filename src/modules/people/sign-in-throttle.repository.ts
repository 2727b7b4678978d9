import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { FailureCount } from './sign-in-throttle';

// Advisory lock namespace of the sign-in throttle (any constant unused elsewhere).
const THROTTLE_LOCK = 1668047219;

/** Sign-in failures in PostgreSQL, so every api replica counts the same attempts. */
@Injectable()
export class SignInThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Holds this email's and this address's locks to the end of the transaction, so concurrent
   * attempts are counted one after the other (a burst cannot all pass the check at once). Always
   * in the same order (email, then address): no deadlock between two attempts.
   */
  async lock(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext('email:' || $2))`, [THROTTLE_LOCK, email]);
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext('ip:' || $2))`, [THROTTLE_LOCK, ip]);
  }

  /** Failures within the window for the email and the address (older ones of theirs are deleted). */
  async count(manager: EntityManager, email: string, ip: string, windowMs: number): Promise<{ byEmail: FailureCount; byIp: FailureCount }> {
    await manager.query(`DELETE FROM sign_in_failures WHERE (email = $1 OR ip = $2) AND failed_at <= now() - make_interval(secs => $3)`, [email, ip, windowMs / 1000]);
    const [row] = await manager.query<Array<{ email_n: number; email_oldest: Date | null; ip_n: number; ip_oldest: Date | null }>>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS email_n, min(failed_at) FILTER (WHERE email = $1) AS email_oldest,
              count(*) FILTER (WHERE ip = $2)::int AS ip_n, min(failed_at) FILTER (WHERE ip = $2) AS ip_oldest
         FROM sign_in_failures WHERE email = $1 OR ip = $2`,
      [email, ip],
    );
    return { byEmail: { failures: row.email_n, oldest: row.email_oldest }, byIp: { failures: row.ip_n, oldest: row.ip_oldest } };
  }

  /** Counts this attempt as a failure until it succeeds (a success deletes it with the email's others). */
  async recordAttempt(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.query(`INSERT INTO sign_in_failures (email, ip) VALUES ($1, $2)`, [email, ip]);
  }

  /** A successful sign-in: the email's failures are forgiven. */
  async clearEmail(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failures WHERE email = $1`, [email]);
  }
}
