-- Plugins: the jars installed on the platform, where tenants enabled them (with their configuration), what
-- plugins store per tenant, and which channel and thread a session came from.

-- Platform-wide, no tenant: every instance of a cluster loads the same jars from here.
create table platform_plugins (
  id           varchar(40)     primary key,
  version      varchar(60)     not null,
  sha256       varchar(64)     not null,
  signer       varchar(1000)   not null,
  descriptor   varchar(300000) not null,
  jar          bytea           not null,
  enabled      boolean         not null,
  bundled      boolean         not null,
  installed_at timestamp with time zone not null,
  updated_at   timestamp with time zone not null
);

-- A tenant's (or one CS account's) enablement and configuration of a plugin. No foreign key to platform_plugins:
-- removing a plugin keeps tenants' settings for a reinstall. scope_key is account_id, or the nil UUID for the
-- tenant-wide binding, so one unique key covers both (H2 has no partial indexes).
create table plugin_bindings (
  id               uuid primary key,
  tenant_id        uuid           not null references tenants (id),
  plugin_id        varchar(40)    not null,
  account_id       uuid references cs_accounts (id) on delete cascade,
  scope_key        uuid           not null,
  enabled          boolean        not null,
  config           varchar(200000) not null, -- JSON of the settings that are not secret
  secrets          varchar(200000),          -- AES-GCM sealed JSON of the secret settings
  suspended_reason varchar(2000),
  suspended_at     timestamp with time zone,
  created_at       timestamp with time zone not null,
  updated_at       timestamp with time zone not null,
  constraint plugin_bindings_scope_check check (
    (account_id is null and scope_key = '00000000-0000-0000-0000-000000000000')
    or (account_id is not null and scope_key = account_id)),
  constraint plugin_bindings_scope_key unique (tenant_id, plugin_id, scope_key)
);

-- A plugin's key-value store for one tenant. size_bytes is the key and value's UTF-8 size, summed for quotas.
create table plugin_store (
  tenant_id   uuid            not null references tenants (id),
  plugin_id   varchar(40)     not null,
  entry_key   varchar(200)    not null,
  entry_value varchar(1000000) not null,
  size_bytes  integer         not null,
  updated_at  timestamp with time zone not null,
  constraint plugin_store_pkey primary key (tenant_id, plugin_id, entry_key)
);

-- Sessions opened through a channel plugin: which plugin, its channel's name, and the external thread.
alter table sessions add column channel_plugin_id varchar(40);
alter table sessions add column channel varchar(40);
alter table sessions add column thread_key varchar(500);
create index sessions_thread_idx on sessions (tenant_id, channel_plugin_id, thread_key);
