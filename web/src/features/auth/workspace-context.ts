import { createContext, useContext } from 'react';
import type { components } from '../../api/schema';

export type Role = components['schemas']['SessionWorkspaceDto']['role'];

export interface CurrentWorkspace {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

export const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

/** The workspace the console works in (chosen in the header); only inside the signed-in layout. */
export function useWorkspace(): CurrentWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() outside the signed-in layout');
  return workspace;
}

/** Roles: admin > planner, editor > viewer. A viewer sees no write buttons. */
export const canWrite = (role: Role): boolean => role !== 'viewer';
export const isAdmin = (role: Role): boolean => role === 'admin';
