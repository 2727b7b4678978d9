import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SESSION_IDLE_MS } from './session-rules';
import { Session } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertSession(values: Pick<Session, 'id' | 'userId' | 'csrfToken' | 'expiresAt'>): Promise<void> {
    await this.dataSource.query(`INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)`, [
      values.id,
      values.userId,
      values.csrfToken,
      values.expiresAt,
    ]);
  }

  findSession(id: string): Promise<Session | null> {
    return this.dataSource.getRepository(Session).findOneBy({ id });
  }

  /** Moves `last_seen_at` to now, unless another request of the session did within the minute. */
  async touch(id: string, minIntervalMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - make_interval(secs => $2)`,
      [id, minIntervalMs / 1000],
    );
  }

  async deleteSession(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE id = $1`, [id]);
  }

  /** Ends every session of a user, but the one given (null: all of them). */
  async deleteUserSessions(manager: EntityManager, userId: string, keep: string | null): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR id <> $2)`, [userId, keep]);
  }

  /**
   * Forgets sessions that can no longer be used: this user's idle or expired ones, and anyone's
   * past their absolute end (by index). Called at each sign-in, so the table stays small.
   */
  async deleteDeadSessions(userId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sessions
        WHERE (user_id = $1 AND last_seen_at <= now() - make_interval(secs => $2)) OR expires_at <= now()`,
      [userId, SESSION_IDLE_MS / 1000],
    );
  }
}
