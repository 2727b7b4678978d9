import { Role } from '../enums';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Whether a role may call a route: admin everything; otherwise the roles the route names
 * (`@Roles`), or reads only when it names none. The same rule for API keys and people.
 */
export function isAllowed(role: Role, method: string, allowed: Role[] | undefined): boolean {
  if (role === Role.Admin) return true;
  if (allowed) return allowed.includes(role);
  return READ_METHODS.has(method.toUpperCase());
}

/** Reads are not CSRF-checked (they change nothing). */
export function isReadMethod(method: string): boolean {
  return READ_METHODS.has(method.toUpperCase());
}
