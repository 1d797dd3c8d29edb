-- Developer API: API credentials of tenant back-ends (OAuth 2.0 client credentials) and the event feed's numbering.

create table api_credentials (
  id           uuid primary key,
  tenant_id    uuid         not null references tenants (id),
  name         varchar(100) not null,
  client_id    varchar(100) not null,
  secret_hash  varchar(64), -- SHA-256 of the secret (built-in issuer); null when Keycloak keeps the secret
  scopes       varchar(300) not null, -- scope ids, space-separated
  created_by   uuid references members (id) on delete set null,
  created_at   timestamp with time zone not null,
  last_used_at timestamp with time zone,
  revoked_at   timestamp with time zone,
  constraint api_credentials_client_key unique (client_id)
);
create index api_credentials_tenant_idx on api_credentials (tenant_id, created_at);

-- The token endpoint is called before any tenant is known: this global index holds no tenant data, only which
-- tenant and credential a client id belongs to.
create table api_client_ids (
  client_id     varchar(100) primary key,
  tenant_id     uuid not null references tenants (id) on delete cascade,
  credential_id uuid not null
);

-- One row per tenant: the feed relay locks it while it numbers events (feed_seq), and keeps the last number here.
create table event_feeds (
  tenant_id uuid   primary key references tenants (id),
  last_seq  bigint not null
);
