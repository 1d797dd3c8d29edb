/**
 * Who may do what on the admin pages, mirroring the server's @RolesAllowed (the server decides; this only hides
 * controls that would be refused).
 */
import type { Me } from '../types';

export interface AdminAccess {
  /** Sees the admin pages at all: tenant admins and supervisors, not agents. */
  view: boolean;
  /** Creates, edits and deletes accounts, servicers and entry points; sees the widget secret. */
  edit: boolean;
  /** Changes reception policies (supervisors too). */
  editPolicy: boolean;
}

export function adminAccess(me: Me): AdminAccess {
  const roles = me.tenant ? me.user.roles : [];
  const admin = roles.includes('tenant-admin');
  const supervisor = roles.includes('supervisor');
  return { view: admin || supervisor, edit: admin, editPolicy: admin || supervisor };
}
