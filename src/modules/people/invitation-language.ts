import type { UserLocale } from './user.entity';

/**
 * The language of an invitation, which its email, its page and an account made from it all use: an
 * existing account's own, else the one the inviter chose, else the workspace's default (French for
 * any fr-*), else English.
 */
export function invitationLanguage(input: { accountLocale: UserLocale | null; invitedLocale: UserLocale | null; workspaceDefaultLocale: string }): UserLocale {
  return input.accountLocale ?? input.invitedLocale ?? (input.workspaceDefaultLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en');
}
