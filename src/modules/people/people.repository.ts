import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '../../common/enums';
import type { CursorPosition } from '../../common/pagination/cursor';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { PasswordReset } from './password-reset.entity';
import { User, type UserLocale } from './user.entity';

/** A workspace a user belongs to, with their role there. */
export interface MemberWorkspace {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

/** An invitation as its link shows it: with its workspace and who sent it. */
export interface InvitationView extends Invitation {
  workspaceName: string;
  workspaceDefaultLocale: string;
  invitedByName: string | null;
  accountExists: boolean;
  /** The language of an account that already has the address (with or without a password). */
  accountLocale: UserLocale | null;
}

/** One line of a workspace's people: a member, or an invitation still pending. */
export interface PersonRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: 'active' | 'invited';
  invitedAt: Date | null;
  lastSignInAt: Date | null;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // --- users

  findUser(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  findUserByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  /** Locks the user's row (password changes and resets of one user go one at a time). */
  async lockUser(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  insertUser(manager: EntityManager, values: { email: string; name: string; locale: UserLocale | null; passwordHash: string | null }): Promise<User> {
    const repo = manager.getRepository(User);
    return repo.save(repo.create(values));
  }

  async updateUser(manager: EntityManager, id: string, changes: Partial<Pick<User, 'name' | 'locale' | 'passwordHash'>>): Promise<void> {
    await manager.getRepository(User).update({ id }, changes);
  }

  /** The language of the first workspace the user joined, for their emails while they chose none. */
  async defaultLocaleOf(userId: string): Promise<UserLocale> {
    const [row] = await this.dataSource.query<{ default_locale: string }[]>(
      `SELECT w.default_locale FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = $1 ORDER BY m.created_at LIMIT 1`,
      [userId],
    );
    return row?.default_locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  async recordSignIn(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE users SET last_sign_in_at = now() WHERE id = $1`, [id]);
  }

  // --- memberships

  /** The user's role in a workspace, or null (asked on every cookie-authenticated request). */
  async roleIn(workspaceId: string, userId: string): Promise<Role | null> {
    const [row] = await this.dataSource.query<{ role: Role }[]>(`SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2`, [workspaceId, userId]);
    return row?.role ?? null;
  }

  workspacesOf(userId: string): Promise<MemberWorkspace[]> {
    return this.dataSource.query(
      `SELECT w.id, w.name, w.slug, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
        WHERE m.user_id = $1 ORDER BY lower(w.name), w.id`,
      [userId],
    );
  }

  findMembership(manager: EntityManager, workspaceId: string, userId: string): Promise<Membership | null> {
    return manager.getRepository(Membership).findOneBy({ workspaceId, userId });
  }

  /** Adds the membership, or sets its role when the user is already a member. */
  async upsertMembership(manager: EntityManager, workspaceId: string, userId: string, role: Role): Promise<void> {
    await manager.query(
      `INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [workspaceId, userId, role],
    );
  }

  async updateMembershipRole(manager: EntityManager, workspaceId: string, userId: string, role: Role): Promise<void> {
    await manager.getRepository(Membership).update({ workspaceId, userId }, { role });
  }

  async deleteMembership(manager: EntityManager, workspaceId: string, userId: string): Promise<void> {
    await manager.getRepository(Membership).delete({ workspaceId, userId });
  }

  async isMemberByEmail(manager: EntityManager, workspaceId: string, email: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 AND lower(u.email) = lower($2)`,
      [workspaceId, email],
    );
    return rows.length > 0;
  }

  /**
   * Members and pending invitations of a workspace, by email then id (keyset pagination). An
   * invitation for someone already a member is not listed twice.
   */
  listPeople(workspaceId: string, limit: number, after: CursorPosition | null): Promise<PersonRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT u.id::text AS id, u.email, u.name, m.role, 'active' AS status, m.created_at AS "invitedAt", u.last_sign_in_at AS "lastSignInAt",
                lower(u.email) AS sort_key
           FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1
         UNION ALL
         SELECT i.id::text, i.email, i.name, i.role, 'invited', i.created_at, NULL, lower(i.email)
           FROM invitations i WHERE i.workspace_id = $1 AND i.accepted_at IS NULL
       ) people
       WHERE $3::text IS NULL OR (sort_key, id) > ($3::text, $4::text)
       ORDER BY sort_key, id LIMIT $2`,
      [workspaceId, limit, after?.key ?? null, after?.id ?? null],
    );
  }

  async findPerson(workspaceId: string, id: string): Promise<PersonRow | null> {
    const [row] = await this.dataSource.query<PersonRow[]>(
      `SELECT u.id::text AS id, u.email, u.name, m.role, 'active' AS status, m.created_at AS "invitedAt", u.last_sign_in_at AS "lastSignInAt"
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 AND m.user_id = $2
       UNION ALL
       SELECT i.id::text, i.email, i.name, i.role, 'invited', i.created_at, NULL
         FROM invitations i WHERE i.workspace_id = $1 AND i.id = $2 AND i.accepted_at IS NULL`,
      [workspaceId, id],
    );
    return row ?? null;
  }

  // --- invitations

  /** Creates the pending invitation for this address, or replaces its token, role and expiry. */
  async upsertInvitation(
    manager: EntityManager,
    values: Pick<Invitation, 'workspaceId' | 'email' | 'role' | 'name' | 'locale' | 'tokenHash' | 'invitedByUserId' | 'invitedByKeyId' | 'expiresAt'>,
  ): Promise<Invitation> {
    const [row] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO invitations (workspace_id, email, role, name, locale, token_hash, invited_by_user_id, invited_by_key_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (workspace_id, lower(email)) WHERE accepted_at IS NULL DO UPDATE
         SET email = EXCLUDED.email, role = EXCLUDED.role, name = EXCLUDED.name, locale = EXCLUDED.locale, token_hash = EXCLUDED.token_hash,
             invited_by_user_id = EXCLUDED.invited_by_user_id, invited_by_key_id = EXCLUDED.invited_by_key_id,
             created_at = now(), expires_at = EXCLUDED.expires_at
       RETURNING id`,
      [values.workspaceId, values.email, values.role, values.name, values.locale, values.tokenHash, values.invitedByUserId, values.invitedByKeyId, values.expiresAt],
    );
    return (await manager.getRepository(Invitation).findOneBy({ id: row.id }))!;
  }

  async findInvitationView(tokenHash: string): Promise<InvitationView | null> {
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ tokenHash });
    if (!invitation) return null;
    const [extra] = await this.dataSource.query<
      Array<{ workspace_name: string; default_locale: string; invited_by_name: string | null; account_exists: boolean; account_locale: UserLocale | null }>
    >(
      `SELECT w.name AS workspace_name, w.default_locale,
              coalesce(u.name, k.name) AS invited_by_name,
              EXISTS (SELECT 1 FROM users a WHERE lower(a.email) = lower($4) AND a.password_hash IS NOT NULL) AS account_exists,
              (SELECT a.locale FROM users a WHERE lower(a.email) = lower($4)) AS account_locale
         FROM workspaces w
         LEFT JOIN users u ON u.id = $2
         LEFT JOIN api_keys k ON k.id = $3
        WHERE w.id = $1`,
      [invitation.workspaceId, invitation.invitedByUserId, invitation.invitedByKeyId, invitation.email],
    );
    return Object.assign(invitation, {
      workspaceName: extra.workspace_name,
      workspaceDefaultLocale: extra.default_locale,
      invitedByName: extra.invited_by_name,
      accountExists: extra.account_exists,
      accountLocale: extra.account_locale,
    });
  }

  /** The invitation of a token, locked until the transaction ends (two accepts go one at a time). */
  lockInvitationByToken(manager: EntityManager, tokenHash: string): Promise<Invitation | null> {
    return manager.getRepository(Invitation).createQueryBuilder('i').setLock('pessimistic_write').where('i.token_hash = :tokenHash', { tokenHash }).getOne();
  }

  lockPendingInvitation(manager: EntityManager, workspaceId: string, id: string): Promise<Invitation | null> {
    return manager
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id AND i.workspace_id = :workspaceId AND i.accepted_at IS NULL', { id, workspaceId })
      .getOne();
  }

  async markInvitationAccepted(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE invitations SET accepted_at = now() WHERE id = $1`, [id]);
  }

  async updateInvitationRole(manager: EntityManager, id: string, role: Role): Promise<void> {
    await manager.getRepository(Invitation).update({ id }, { role });
  }

  async deleteInvitation(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Invitation).delete({ id });
  }

  // --- password resets

  async countRecentResets(userId: string, withinMs: number): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM password_resets WHERE user_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [userId, withinMs / 1000],
    );
    return row.n;
  }

  async insertPasswordReset(values: { userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    const repo = this.dataSource.getRepository(PasswordReset);
    await repo.save(repo.create(values));
  }

  /** A reset still usable (not used, not expired), locked until the transaction ends: it works once. */
  lockUsableReset(manager: EntityManager, tokenHash: string): Promise<PasswordReset | null> {
    return manager
      .getRepository(PasswordReset)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.token_hash = :tokenHash AND r.used_at IS NULL AND r.expires_at > now()', { tokenHash })
      .getOne();
  }

  /** Marks this reset used, and every other open reset of the user with it (one new password ends them all). */
  async useResets(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}
