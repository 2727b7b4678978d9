import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionsRepository } from './sessions.repository';
import { sessionAlive, sessionExpiry, sessionNeedsTouch, SESSION_TOUCH_MS } from './session-rules';
import type { Session } from './session.entity';

/** A session just opened: the cookie value is only in this answer, never stored. */
export interface OpenedSession {
  cookieValue: string;
  session: Session;
}

/** Sessions behind the `clarion_session` cookie: opened at sign-in, checked on every request. */
@Injectable()
export class SessionsService {
  constructor(private readonly repository: SessionsRepository) {}

  async open(userId: string): Promise<OpenedSession> {
    const { token, hash } = newSecretToken();
    const now = new Date();
    const values = { id: hash, userId, csrfToken: randomBytes(32).toString('base64url'), expiresAt: sessionExpiry(now) };
    await this.repository.insertSession(values);
    void this.repository.deleteDeadSessions(userId).catch(() => undefined);
    return { cookieValue: token, session: { ...values, createdAt: now, lastSeenAt: now } };
  }

  /** The live session of a cookie value, its idle timeout pushed back; null when unknown or ended. */
  async resolve(cookieValue: string): Promise<Session | null> {
    if (!cookieValue || cookieValue.length > 200) return null;
    const session = await this.repository.findSession(hashSecretToken(cookieValue));
    const now = new Date();
    if (!session || !sessionAlive(session, now)) return null;
    if (sessionNeedsTouch(session, now)) await this.repository.touch(session.id, SESSION_TOUCH_MS);
    return session;
  }

  end(sessionId: string): Promise<void> {
    return this.repository.deleteSession(sessionId);
  }

  /** Ends every session of a user but `keep` (null: all), inside the caller's transaction. */
  endAllOf(manager: EntityManager, userId: string, keep: string | null): Promise<void> {
    return this.repository.deleteUserSessions(manager, userId, keep);
  }
}
