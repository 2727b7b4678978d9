import type { Role } from '../../common/enums';
import type { UserLocale } from './user.entity';

/** An account email in one language: subject, HTML and text parts. */
export interface AccountEmail {
  subject: string;
  html: string;
  text: string;
}

const ROLE_NAMES: Record<UserLocale, Record<Role, string>> = {
  en: { admin: 'administrator', planner: 'planner', editor: 'editor', viewer: 'viewer' },
  fr: { admin: 'administrateur', planner: 'planificateur', editor: 'rédacteur', viewer: 'lecteur' },
};

export interface InvitationEmailInput {
  locale: UserLocale;
  workspaceName: string;
  role: Role;
  invitedBy: string | null;
  link: string;
  expiresAt: Date;
  /** The workspace's IANA zone: the expiry is written in it, with its name. */
  timeZone: string;
}

/** The invitation to join a workspace, with its accept link (valid 7 days). */
export function invitationEmail(input: InvitationEmailInput): AccountEmail {
  const role = ROLE_NAMES[input.locale][input.role];
  const date = formatDate(input.expiresAt, input.locale, input.timeZone);
  if (input.locale === 'fr') {
    const who = input.invitedBy ? `${input.invitedBy} vous invite` : 'Vous êtes invité(e)';
    return layout('fr', `Invitation à rejoindre ${input.workspaceName} sur Clarion`, [
      // No-break spaces inside the guillemets: « and » never end up alone on a line.
      `${who} à rejoindre l’espace «\u00a0${input.workspaceName}\u00a0» sur Clarion, avec le rôle ${role}.`,
      `Ce lien est valable jusqu’au ${date}.`,
    ], { label: 'Accepter l’invitation', url: input.link }, 'Si vous n’attendiez pas cette invitation, ignorez ce message.');
  }
  const who = input.invitedBy ? `${input.invitedBy} invites you` : 'You are invited';
  return layout('en', `Invitation to join ${input.workspaceName} on Clarion`, [
    `${who} to join the workspace “${input.workspaceName}” on Clarion as ${article(role)} ${role}.`,
    `This link is valid until ${date}.`,
  ], { label: 'Accept the invitation', url: input.link }, 'If you did not expect this invitation, you can ignore this email.');
}

export interface ResetEmailInput {
  locale: UserLocale;
  name: string;
  link: string;
}

/** The password reset link (valid one hour, once). */
export function passwordResetEmail(input: ResetEmailInput): AccountEmail {
  if (input.locale === 'fr') {
    return layout('fr', 'Réinitialiser votre mot de passe Clarion', [
      `Bonjour ${input.name},`,
      'Vous avez demandé à réinitialiser votre mot de passe Clarion. Ce lien est valable une heure et ne sert qu’une fois.',
    ], { label: 'Choisir un nouveau mot de passe', url: input.link }, 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.');
  }
  return layout('en', 'Reset your Clarion password', [
    `Hello ${input.name},`,
    'You asked to reset your Clarion password. This link is valid for one hour and works once.',
  ], { label: 'Choose a new password', url: input.link }, 'If you did not ask for this, ignore this email: your password stays as it is.');
}

// Fluid: the card takes the screen's width up to 560 px (a phone's 375 px included), with less padding
// on a small screen; Outlook on Windows, which ignores max-width, gets a fixed 560 px ghost table.
function layout(locale: UserLocale, subject: string, paragraphs: string[], button: { label: string; url: string }, footer: string): AccountEmail {
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title>`,
    '<style>@media only screen and (max-width:480px){.clarion-outer{padding:12px 8px !important}.clarion-card{padding:20px !important}}</style></head>',
    '<body style="margin:0;padding:0;background:#f3f5f9;font-family:Helvetica,Arial,sans-serif;color:#1d2433;-webkit-text-size-adjust:100%">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f5f9"><tr><td align="center" class="clarion-outer" style="padding:24px 12px">',
    '<!--[if mso]><table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:560px;background:#ffffff;border-radius:8px">',
    '<tr><td class="clarion-card" style="padding:32px">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">',
    '<tr><td style="font-size:20px;font-weight:bold;color:#1f4e8c;padding-bottom:16px">Clarion</td></tr>',
    ...paragraphs.map((p) => `<tr><td style="font-size:16px;line-height:24px;padding-bottom:12px">${escapeHtml(p)}</td></tr>`),
    `<tr><td style="padding:16px 0"><a href="${escapeHtml(button.url)}" style="display:inline-block;background:#1f4e8c;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">${escapeHtml(button.label)}</a></td></tr>`,
    `<tr><td style="font-size:13px;line-height:20px;color:#5b6475;word-break:break-all;overflow-wrap:anywhere">${escapeHtml(button.url)}</td></tr>`,
    `<tr><td style="font-size:13px;line-height:20px;color:#5b6475;padding-top:16px">${escapeHtml(footer)}</td></tr>`,
    '</table></td></tr></table>',
    '<!--[if mso]></td></tr></table><![endif]-->',
    '</td></tr></table></body></html>',
  ].join('\n');
  // French puts a (no-break) space before a colon.
  const text = [...paragraphs, '', `${button.label}${locale === 'fr' ? '\u00a0:' : ':'} ${button.url}`, '', footer, ''].join('\n');
  return { subject, html, text };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** « 8 décembre 2026 à 00:35 (Europe/Paris) »: in the workspace's zone, named, on the 24-hour clock. */
function formatDate(date: Date, locale: UserLocale, timeZone: string): string {
  const format = (zone: string) => new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: zone }).format(date);
  let text: string;
  try {
    text = format(timeZone);
  } catch {
    // A zone this runtime does not know: UTC, said as such, rather than no email.
    return `${format('UTC')} (UTC)`;
  }
  return `${text} (${timeZone})`;
}
