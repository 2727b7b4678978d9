import { Injectable } from '@nestjs/common';
import { Role } from '../../common/enums';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { AccountMailer } from './account-mailer.service';
import { invitationLanguage } from './invitation-language';
import { UserErrors } from './people.errors';
import { PeopleRepository, type PersonRow } from './people.repository';
import { newSecretToken } from './secret-token';
import type { UserLocale } from './user.entity';

export const INVITATION_VALIDITY_MS = 7 * 24 * 3600_000;

/** Who sends an invitation: a person, an API key, or nobody (the command line). */
export interface Inviter {
  userId: string | null;
  apiKeyId: string | null;
}

export interface SentInvitation {
  person: PersonRow;
  /** The accept link (the email carries it too); the token is in nothing stored. */
  link: string;
}

/** The people of a workspace: members and pending invitations, their roles. */
@Injectable()
export class UsersService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly workspaces: WorkspacesService,
    private readonly mailer: AccountMailer,
  ) {}

  async list(workspaceId: string, query: { limit?: number; cursor?: string }): Promise<Page<PersonRow>> {
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.people.listPeople(workspaceId, limit + 1, after);
    return toPage(rows, limit, (r) => ({ key: r.email.toLowerCase(), id: r.id }), (row) => {
      const { sort_key: _sortKey, ...person } = row as PersonRow & { sort_key?: string };
      return person;
    });
  }

  /**
   * Invites an address to the workspace with a role and emails the link (valid 7 days). Inviting
   * again replaces the pending invitation's token: the older link stops working.
   */
  async invite(workspaceId: string, input: { email: string; role: Role; name?: string; locale?: UserLocale }, inviter: Inviter): Promise<SentInvitation> {
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const email = input.email.trim();
    const { token, hash } = newSecretToken();
    const { invitation, locale, inviterName } = await this.people.transaction(async (manager) => {
      if (await this.people.isMemberByEmail(manager, workspaceId, email)) throw UserErrors.alreadyMember(email);
      const account = await this.people.findUserByEmail(email, manager);
      const inviterUser = inviter.userId ? await this.people.findUser(inviter.userId, manager) : null;
      const saved = await this.people.upsertInvitation(manager, {
        workspaceId,
        email,
        role: input.role,
        name: input.name?.trim() || null,
        locale: input.locale ?? null,
        tokenHash: hash,
        invitedByUserId: inviter.userId,
        invitedByKeyId: inviter.apiKeyId,
        expiresAt: new Date(Date.now() + INVITATION_VALIDITY_MS),
      });
      const language = invitationLanguage({ accountLocale: account?.locale ?? null, invitedLocale: input.locale ?? null, workspaceDefaultLocale: workspace.defaultLocale });
      return { invitation: saved, locale: language, inviterName: inviterUser?.name ?? null };
    });
    await this.mailer.sendInvitation({ to: invitation.email, locale, workspaceName: workspace.name, timeZone: workspace.timeZone, role: invitation.role, invitedBy: inviterName, token, expiresAt: invitation.expiresAt });
    return {
      person: { id: invitation.id, email: invitation.email, name: invitation.name, role: invitation.role, status: 'invited', invitedAt: invitation.createdAt, lastSignInAt: null },
      link: this.mailer.invitationLink(token),
    };
  }

  /**
   * Changes a member's role (or a pending invitation's). Demoting the last admin member is refused,
   * whatever admin keys remain: a key cannot sign in to the console to give the role back. Admin
   * members are counted under the workspace lock, so two admins demoting each other leave one.
   */
  async changeRole(workspaceId: string, id: string, role: Role): Promise<PersonRow> {
    await this.people.transaction(async (manager) => {
      const admins = await this.workspaces.lockAndCountAdmins(manager, workspaceId);
      const membership = await this.people.findMembership(manager, workspaceId, id);
      if (membership) {
        if (membership.role === Role.Admin && role !== Role.Admin && admins.members <= 1) throw UserErrors.lastAdmin();
        await this.people.updateMembershipRole(manager, workspaceId, id, role);
        return;
      }
      const invitation = await this.people.lockPendingInvitation(manager, workspaceId, id);
      if (!invitation) throw UserErrors.notFound();
      await this.people.updateInvitationRole(manager, invitation.id, role);
    });
    return this.find(workspaceId, id);
  }

  /**
   * Removes a member from the workspace (their account stays), or withdraws a pending invitation;
   * the last admin member stays (see changeRole).
   */
  async remove(workspaceId: string, id: string): Promise<void> {
    await this.people.transaction(async (manager) => {
      const admins = await this.workspaces.lockAndCountAdmins(manager, workspaceId);
      const membership = await this.people.findMembership(manager, workspaceId, id);
      if (membership) {
        if (membership.role === Role.Admin && admins.members <= 1) throw UserErrors.lastAdmin();
        await this.people.deleteMembership(manager, workspaceId, id);
        return;
      }
      const invitation = await this.people.lockPendingInvitation(manager, workspaceId, id);
      if (!invitation) throw UserErrors.notFound();
      await this.people.deleteInvitation(manager, invitation.id);
    });
  }

  /**
   * Makes the account (or sets its password when it exists) and its membership with this role, at
   * once and without an invitation: for the demo, which prints the credentials it sets. Without
   * `locale` a new account has no language of its own: the console follows the browser until the
   * person chooses; an existing account keeps its choice.
   */
  async provisionMember(workspaceId: string, input: { email: string; name: string; locale?: UserLocale; role: Role; passwordHash: string }): Promise<string> {
    return this.people.transaction(async (manager) => {
      let user = await this.people.findUserByEmail(input.email, manager);
      if (user) await this.people.updateUser(manager, user.id, { passwordHash: input.passwordHash });
      else user = await this.people.insertUser(manager, { email: input.email, name: input.name, locale: input.locale ?? null, passwordHash: input.passwordHash });
      await this.people.upsertMembership(manager, workspaceId, user.id, input.role);
      return user.id;
    });
  }

  private async find(workspaceId: string, id: string): Promise<PersonRow> {
    const person = await this.people.findPerson(workspaceId, id);
    if (!person) throw UserErrors.notFound();
    return person;
  }
}
