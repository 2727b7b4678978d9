import { DomainError } from '../../common/errors/domain-error';

export const AuthErrors = {
  missingCredentials: () =>
    DomainError.unauthenticated('AUTH.MISSING_KEY', 'Send an API key as "Authorization: Bearer <key>", or sign in (session cookie)'),
  invalidKey: () => DomainError.unauthenticated('AUTH.INVALID_KEY', 'The API key is unknown or revoked'),
  sessionEnded: () => DomainError.unauthenticated('AUTH.SESSION_ENDED', 'The session has ended or is unknown: sign in again'),
  sessionRequired: () =>
    DomainError.unauthenticated('AUTH.SESSION_REQUIRED', 'This route is for a signed-in person (session cookie); API keys have no account'),
  invalidCredentials: () => DomainError.unauthenticated('AUTH.INVALID_CREDENTIALS', 'Email or password is wrong'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    DomainError.tooManyRequests('AUTH.TOO_MANY_ATTEMPTS', `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, retryAfterSeconds),
  workspaceRequired: () =>
    DomainError.invalid('AUTH.WORKSPACE_REQUIRED', 'Name the workspace of this request in the X-Clarion-Workspace header', [
      { path: 'headers.x-clarion-workspace', message: 'required with a session cookie' },
    ]),
  // The same answer whether the workspace exists or not: nothing is learnt about other tenants.
  notAMember: () => DomainError.forbidden('AUTH.NOT_A_MEMBER', 'You are not a member of this workspace, or it does not exist'),
  roleForbidden: (role: string) => DomainError.forbidden('AUTH.ROLE_FORBIDDEN', `The "${role}" role may not do this`),
  csrf: (why: string) => DomainError.forbidden('AUTH.CSRF', `Cross-site request refused: ${why}`),
  wrongCurrentPassword: () =>
    DomainError.invalid('AUTH.WRONG_PASSWORD', 'The current password is wrong', [{ path: 'currentPassword', message: 'does not match your password' }]),
  currentPasswordRequired: () =>
    DomainError.invalid('VALIDATION.FAILED', 'Invalid request: currentPassword: required to set a new password', [
      { path: 'currentPassword', message: 'currentPassword is required to set a new password' },
    ]),
  weakPassword: (path: string, problem: string) =>
    DomainError.invalid('VALIDATION.FAILED', `Invalid request: ${path}: ${problem}`, [{ path, message: `${path} ${problem}` }]),
  invalidResetToken: () =>
    DomainError.invalid('AUTH.INVALID_RESET_TOKEN', 'This password reset link is unknown, used or expired: ask for a new one', [
      { path: 'token', message: 'unknown, already used or expired' },
    ]),
};

export const InvitationErrors = {
  notFound: () => DomainError.notFound('INVITATION.NOT_FOUND', 'Invitation not found'),
  expired: () => DomainError.gone('INVITATION.EXPIRED', 'This invitation has expired: ask an admin of the workspace to invite you again'),
  accepted: () => DomainError.gone('INVITATION.ACCEPTED', 'This invitation was already accepted: sign in instead'),
  nameRequired: () =>
    DomainError.invalid('VALIDATION.FAILED', 'Invalid request: name: required to create your account', [{ path: 'name', message: 'name is required to create your account' }]),
};

export const UserErrors = {
  notFound: () => DomainError.notFound('USER.NOT_FOUND', 'User or invitation not found in this workspace'),
  alreadyMember: (email: string) =>
    DomainError.conflict('USER.ALREADY_MEMBER', `${email} is already a member of this workspace`, [{ path: 'email', message: 'already a member' }]),
  lastAdmin: () =>
    DomainError.conflict('USER.LAST_ADMIN', 'This is the only admin person of the workspace: it would be left without one. Make another member admin first'),
  recipientRefused: (email: string, reply: string) =>
    DomainError.unprocessable('USER.EMAIL_REFUSED', `The mail server refused ${email}: ${reply}`, [{ path: 'email', message: reply }]),
};
