import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';

export const WorkspaceErrors = {
  apiKeyNotFound: () => DomainError.notFound('API_KEY.NOT_FOUND', 'API key not found'),
  lastAdminKey: () =>
    DomainError.conflict('API_KEY.LAST_ADMIN', 'This is the last admin of the workspace (admin keys and admin members together); add another admin key or member first'),
  workspaceNotFound: (ref: string) => DomainError.notFound('WORKSPACE.NOT_FOUND', `Workspace "${ref}" not found`),
  invalidSettings: (problems: ErrorDetail[]) =>
    DomainError.invalid('WORKSPACE.INVALID_SETTINGS', `Invalid workspace settings: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems),
};
