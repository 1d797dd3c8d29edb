export type Role = 'platform-admin' | 'tenant-admin' | 'supervisor' | 'agent';

export const TENANT_ROLES: { value: Role; label: string }[] = [
  { value: 'tenant-admin', label: 'Tenant admin' },
  { value: 'supervisor', label: 'Supervisor' },
  { value: 'agent', label: 'Agent' },
];

export interface AuthConfig {
  mode: 'builtin' | 'keycloak';
  keycloak?: { url: string; realm: string; clientId: string };
}

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  token_type?: string;
  expires_in?: number;
}

export interface Tenant {
  id: string;
  slug: string;
  name: string;
}

export interface Me {
  user: { id: string; email: string; name: string; roles: Role[] };
  tenant: Tenant | null;
}

export interface Department {
  id: string;
  name: string;
}

export interface Member {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentIds: string[];
  status: 'active' | 'invited';
}

export interface CreatedMember extends Member {
  invitation?: { token: string; url: string };
}

export interface Invitation {
  tenant: { name: string; slug: string };
  email: string;
  name: string;
}
