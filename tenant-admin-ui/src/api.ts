/** Typed client for the Frontdesk admin API. Authenticated calls retry once after a token refresh. */
import { accessToken, clearTokens, refresh } from './auth';
import { blobRequest, jsonRequest } from './http';
import { ProblemError } from './problem';
import type { CreatedMember, Department, Invitation, Me, Member, Role, Tenant } from './types';

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Called when the session is gone for good (401 and the refresh failed). */
export function onSessionLost(fn: Listener): () => void {
  sessionLostListeners.add(fn);
  return () => sessionLostListeners.delete(fn);
}

/** A JSON request with the access token; refreshes it once on 401. Used by src/admin and src/workspace too. */
export function authed<T>(method: string, path: string, body?: unknown): Promise<T> {
  return withToken((auth) => jsonRequest<T>(method, path, body, auth));
}

/** A file download (GET) with the access token, e.g. an export; same refresh as `authed`. */
export function authedBlob(path: string): Promise<Blob> {
  return withToken((auth) => blobRequest(path, auth));
}

async function withToken<T>(request: (auth: Record<string, string>) => Promise<T>): Promise<T> {
  const call = () => request({ Authorization: `Bearer ${accessToken() ?? ''}` });
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof ProblemError) || e.status !== 401) throw e;
    if (await refresh()) {
      try {
        return await call();
      } catch (e2) {
        if (!(e2 instanceof ProblemError) || e2.status !== 401) throw e2;
      }
    }
    clearTokens();
    sessionLostListeners.forEach((fn) => fn());
    throw e;
  }
}

export interface SignupRequest {
  companyName: string;
  slug: string;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
  /** A plan's code; the platform's signup plan when left out. */
  plan?: string;
}

export interface MemberRequest {
  name: string;
  email: string;
  password?: string;
  roles: Role[];
  departmentIds: string[];
}

export type MemberPatch = Partial<Pick<MemberRequest, 'name' | 'roles' | 'departmentIds' | 'password'>>;

const id = encodeURIComponent;

export const api = {
  signup: (r: SignupRequest) =>
    jsonRequest<{ tenant: Tenant; user: { id: string; email: string } }>('POST', '/api/v1/signup', r),
  invitation: (token: string) => jsonRequest<Invitation>('GET', `/api/v1/invitations/${id(token)}`),
  acceptInvitation: (token: string, password: string) =>
    jsonRequest<void>('POST', `/api/v1/invitations/${id(token)}/accept`, { password }),

  me: () => authed<Me>('GET', '/api/v1/me'),

  departments: () => authed<Department[]>('GET', '/api/v1/departments'),
  createDepartment: (name: string) => authed<Department>('POST', '/api/v1/departments', { name }),
  renameDepartment: (deptId: string, name: string) =>
    authed<Department>('PATCH', `/api/v1/departments/${id(deptId)}`, { name }),
  deleteDepartment: (deptId: string) => authed<void>('DELETE', `/api/v1/departments/${id(deptId)}`),

  members: () => authed<Member[]>('GET', '/api/v1/members'),
  createMember: (r: MemberRequest) => authed<CreatedMember>('POST', '/api/v1/members', r),
  updateMember: (memberId: string, p: MemberPatch) => authed<Member>('PATCH', `/api/v1/members/${id(memberId)}`, p),
  deleteMember: (memberId: string) => authed<void>('DELETE', `/api/v1/members/${id(memberId)}`),
};
