import { Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-rules';
import { AccountMailer } from './account-mailer.service';
import { invitationLanguage } from './invitation-language';
import { AuthErrors, InvitationErrors } from './people.errors';
import { type InvitationView, type MemberWorkspace, PeopleRepository } from './people.repository';
import { hashSecretToken, looksLikeSecretToken, newSecretToken } from './secret-token';
import { SessionsService } from './sessions.service';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { SIGN_IN_LIMITS, throttleDecision } from './sign-in-throttle';
import type { User, UserLocale } from './user.entity';

/** What the console knows of the signed-in person (`GET /v1/auth/session`). */
export interface SessionView {
  user: Pick<User, 'id' | 'email' | 'name' | 'locale'>;
  workspaces: MemberWorkspace[];
  csrfToken: string;
}

/** A session just opened, with the cookie value to set (shown nowhere else). */
export interface SignedIn {
  cookieValue: string;
  view: SessionView;
}

const RESET_VALIDITY_MS = 3600_000;
// Reset emails one account may receive per hour: a form cannot be used to flood a mailbox.
const RESETS_PER_HOUR = 3;

/** Sign-in, sessions, the signed-in person's profile, password resets, accepting invitations. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly people: PeopleRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleRepository,
    private readonly hasher: PasswordHasher,
    private readonly mailer: AccountMailer,
  ) {}

  /**
   * Checks the password (the same work whether the address exists or not) under the throttle:
   * too many failures for the address or the client → 429 before any check; a success forgives
   * the address's failures.
   */
  async signIn(email: string, password: string, ip: string): Promise<SignedIn> {
    return this.openSession(await this.checkPassword(email, password, ip));
  }

  private async checkPassword(email: string, password: string, ip: string): Promise<User> {
    const key = email.trim().toLowerCase();
    const decision = await this.throttle.transaction(async (manager) => {
      await this.throttle.lock(manager, key, ip);
      const counts = await this.throttle.count(manager, key, ip, SIGN_IN_LIMITS.windowMs);
      const verdict = throttleDecision(counts.byEmail, counts.byIp, new Date());
      // Counted as a failure until it succeeds, so concurrent attempts see each other.
      if (verdict.allowed) await this.throttle.recordAttempt(manager, key, ip);
      return verdict;
    });
    if (!decision.allowed) throw AuthErrors.tooManyAttempts(decision.retryAfterSeconds);

    const user = await this.people.findUserByEmail(key);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) throw AuthErrors.invalidCredentials();
    await this.throttle.clearEmail(key);
    return user;
  }

  async sessionView(userId: string, csrfToken: string): Promise<SessionView> {
    const user = await this.people.findUser(userId);
    if (!user) throw AuthErrors.sessionEnded();
    return { user: publicUser(user), workspaces: await this.people.workspacesOf(userId), csrfToken };
  }

  signOut(sessionId: string): Promise<void> {
    return this.sessions.end(sessionId);
  }

  /**
   * Changes the signed-in person's name, locale or password. A new password needs the current
   * one, and ends the person's other sessions (this one stays).
   */
  async updateMe(
    userId: string,
    sessionId: string,
    input: { name?: string; locale?: UserLocale; currentPassword?: string; newPassword?: string },
  ): Promise<Pick<User, 'id' | 'email' | 'name' | 'locale'>> {
    if (input.newPassword !== undefined && input.currentPassword === undefined) throw AuthErrors.currentPasswordRequired();
    const current = await this.people.findUser(userId);
    if (!current) throw AuthErrors.sessionEnded();
    let newHash: string | null = null;
    if (input.newPassword !== undefined) {
      if (!(await this.hasher.verify(current.passwordHash, input.currentPassword!))) throw AuthErrors.wrongCurrentPassword();
      const problem = passwordProblem(input.newPassword, current.email);
      if (problem) throw AuthErrors.weakPassword('newPassword', problem);
      newHash = await this.hasher.hash(input.newPassword);
    }
    return this.people.transaction(async (manager) => {
      const changes: Partial<Pick<User, 'name' | 'locale' | 'passwordHash'>> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.locale !== undefined) changes.locale = input.locale;
      if (newHash) changes.passwordHash = newHash;
      if (Object.keys(changes).length) await this.people.updateUser(manager, userId, changes);
      if (newHash) await this.sessions.endAllOf(manager, userId, sessionId);
      return publicUser((await this.people.findUser(userId, manager))!);
    });
  }

  /**
   * Sends a reset link when the address has an account. Done after the answer (202 whatever the
   * address), so neither the answer nor its timing tells whether an account exists.
   */
  requestPasswordReset(email: string): void {
    void this.sendPasswordReset(email).catch((error: unknown) => this.logger.warn({ err: error }, 'Password reset email not sent'));
  }

  private async sendPasswordReset(email: string): Promise<void> {
    const user = await this.people.findUserByEmail(email.trim());
    if (!user) return;
    if ((await this.people.countRecentResets(user.id, 3600_000)) >= RESETS_PER_HOUR) return;
    const { token, hash } = newSecretToken();
    await this.people.insertPasswordReset({ userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_VALIDITY_MS) });
    await this.mailer.sendPasswordReset({ to: user.email, name: user.name, locale: user.locale ?? (await this.people.defaultLocaleOf(user.id)), token });
  }

  /** Sets the new password from a reset link (once), and ends every session of the person. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    if (!looksLikeSecretToken(token)) throw AuthErrors.invalidResetToken();
    await this.people.transaction(async (manager) => {
      const reset = await this.people.lockUsableReset(manager, hashSecretToken(token));
      if (!reset) throw AuthErrors.invalidResetToken();
      const user = (await this.people.lockUser(manager, reset.userId))!;
      const problem = passwordProblem(password, user.email);
      if (problem) throw AuthErrors.weakPassword('password', problem);
      await this.people.updateUser(manager, user.id, { passwordHash: await this.hasher.hash(password) });
      await this.people.useResets(manager, user.id);
      await this.sessions.endAllOf(manager, user.id, null);
    });
  }

  /** What an invitation link shows before it is accepted, and the language its email was written in. */
  async getInvitation(token: string): Promise<InvitationView & { language: UserLocale }> {
    const invitation = looksLikeSecretToken(token) ? await this.people.findInvitationView(hashSecretToken(token)) : null;
    if (!invitation) throw InvitationErrors.notFound();
    if (invitation.acceptedAt) throw InvitationErrors.accepted();
    if (invitation.expiresAt.getTime() <= Date.now()) throw InvitationErrors.expired();
    const language = invitationLanguage({
      accountLocale: invitation.accountLocale,
      invitedLocale: invitation.locale,
      workspaceDefaultLocale: invitation.workspaceDefaultLocale,
    });
    return { ...invitation, language };
  }

  /**
   * Accepts an invitation: a new account is made with the name and password given; an existing
   * account must prove it is theirs with its password. Either way the person becomes a member with
   * the invited role and is signed in.
   */
  async acceptInvitation(token: string, input: { name?: string; password: string }, ip: string): Promise<SignedIn> {
    if (!looksLikeSecretToken(token)) throw InvitationErrors.notFound();
    const tokenHash = hashSecretToken(token);
    // Hashing is slow: done before the transaction, which then only writes.
    const preview = await this.people.findInvitationView(tokenHash);
    if (!preview) throw InvitationErrors.notFound();
    if (preview.acceptedAt) throw InvitationErrors.accepted();
    if (preview.expiresAt.getTime() <= Date.now()) throw InvitationErrors.expired();
    const existing = await this.people.findUserByEmail(preview.email);
    let newHash: string | null = null;
    if (existing?.passwordHash) {
      // Guessing an account's password through its invitation is a sign-in attempt like any other.
      await this.checkPassword(existing.email, input.password, ip);
    } else {
      const problem = passwordProblem(input.password, preview.email);
      if (problem) throw AuthErrors.weakPassword('password', problem);
      if (!input.name?.trim() && !existing?.name && !preview.name) throw InvitationErrors.nameRequired();
      newHash = await this.hasher.hash(input.password);
    }

    const user = await this.people.transaction(async (manager) => {
      const invitation = await this.people.lockInvitationByToken(manager, tokenHash);
      if (!invitation) throw InvitationErrors.notFound();
      if (invitation.acceptedAt) throw InvitationErrors.accepted();
      if (invitation.expiresAt.getTime() <= Date.now()) throw InvitationErrors.expired();
      let account = await this.people.findUserByEmail(invitation.email, manager);
      const name = input.name?.trim() || invitation.name || account?.name || invitation.email.split('@')[0];
      if (!account) {
        const locale = invitationLanguage({ accountLocale: null, invitedLocale: invitation.locale, workspaceDefaultLocale: preview.workspaceDefaultLocale });
        account = await this.people.insertUser(manager, { email: invitation.email, name, locale, passwordHash: newHash });
      } else if (!account.passwordHash && newHash) {
        await this.people.updateUser(manager, account.id, { passwordHash: newHash, name });
      }
      await this.people.upsertMembership(manager, invitation.workspaceId, account.id, invitation.role);
      await this.people.markInvitationAccepted(manager, invitation.id);
      return account;
    });
    return this.openSession(user);
  }

  private async openSession(user: User): Promise<SignedIn> {
    const opened = await this.sessions.open(user.id);
    await this.people.recordSignIn(user.id);
    return { cookieValue: opened.cookieValue, view: await this.sessionView(user.id, opened.session.csrfToken) };
  }
}

export function publicUser(user: User): Pick<User, 'id' | 'email' | 'name' | 'locale'> {
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}
