-- Portable SQL (PostgreSQL, and H2 in PostgreSQL mode for the quick start).
-- Tables with a tenant_id are tenant-owned: Hibernate filters them by @TenantId and, on PostgreSQL,
-- row-level security (V1_1) filters them again.

create table tenants (
  id         uuid primary key,
  slug       varchar(40)  not null,
  name       varchar(120) not null,
  created_at timestamp with time zone not null,
  constraint tenants_slug_key unique (slug)
);

-- One login per email across the platform: an email names one staff member of one company, as it does in a
-- single Keycloak realm.
create table members (
  id            uuid primary key,
  tenant_id     uuid         not null references tenants (id),
  email         varchar(254) not null,
  name          varchar(120) not null,
  password_hash varchar(400),
  external_id   varchar(100),
  roles         varchar(200) not null,
  status        varchar(20)  not null,
  created_at    timestamp with time zone not null,
  constraint members_email_key unique (email)
);
create index members_tenant_idx on members (tenant_id);

create table departments (
  id         uuid primary key,
  tenant_id  uuid         not null references tenants (id),
  name       varchar(120) not null,
  created_at timestamp with time zone not null,
  constraint departments_name_key unique (tenant_id, name)
);

create table department_memberships (
  id            uuid primary key,
  tenant_id     uuid not null references tenants (id),
  member_id     uuid not null references members (id) on delete cascade,
  department_id uuid not null references departments (id) on delete cascade,
  constraint department_memberships_key unique (member_id, department_id)
);
create index department_memberships_department_idx on department_memberships (department_id);

-- Platform-level identity and credentials. These are looked up by a secret's hash before any tenant is known,
-- so they are not tenant-filtered; each row still names its tenant.
create table platform_admins (
  id            uuid primary key,
  email         varchar(254) not null,
  name          varchar(120) not null,
  password_hash varchar(400) not null,
  created_at    timestamp with time zone not null,
  constraint platform_admins_email_key unique (email)
);

create table refresh_tokens (
  id         uuid primary key,
  token_hash varchar(64) not null,
  subject_id uuid        not null,
  tenant_id  uuid references tenants (id) on delete cascade,
  expires_at timestamp with time zone not null,
  revoked_at timestamp with time zone,
  created_at timestamp with time zone not null,
  constraint refresh_tokens_hash_key unique (token_hash)
);

create table invitations (
  id          uuid primary key,
  token_hash  varchar(64) not null,
  tenant_id   uuid        not null references tenants (id) on delete cascade,
  member_id   uuid        not null references members (id) on delete cascade,
  expires_at  timestamp with time zone not null,
  accepted_at timestamp with time zone,
  constraint invitations_hash_key unique (token_hash)
);

create table signing_keys (
  kid         varchar(64)   primary key,
  algorithm   varchar(10)   not null,
  public_key  varchar(4000) not null,
  private_key varchar(4000) not null,
  created_at  timestamp with time zone not null
);
