import type { Role } from '../auth/workspace-context';

/** Segments and personas are written by admins and planners (the api's @Roles); others read them. */
export const canManageAudiences = (role: Role): boolean => role === 'admin' || role === 'planner';
