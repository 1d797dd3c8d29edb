-- Customer service: CS accounts, their servicers, entry points, customers, sessions, messages and the event log.

create table cs_accounts (
  id                       uuid primary key,
  tenant_id                uuid          not null references tenants (id),
  name                     varchar(120)  not null,
  avatar_attachment_id     uuid,
  welcome_message          varchar(2000),
  business_hours           varchar(4000), -- JSON; null means always open
  off_hours_reply          varchar(2000),
  assistant_enabled        boolean       not null,
  routing_mode             varchar(20)   not null,
  servicer_cap             integer       not null,
  prefer_last_servicer     boolean       not null,
  prefer_last_days         integer       not null,
  inactivity_close_minutes integer       not null,
  send_window_messages     integer       not null,
  send_window_hours        integer       not null,
  round_robin_cursor       uuid,
  deleted_at               timestamp with time zone,
  created_at               timestamp with time zone not null
);
create index cs_accounts_tenant_idx on cs_accounts (tenant_id);

-- A servicer assignment: one member, or a whole department (whoever is in it when a session is routed).
create table servicers (
  id            uuid primary key,
  tenant_id     uuid not null references tenants (id),
  account_id    uuid not null references cs_accounts (id) on delete cascade,
  member_id     uuid references members (id) on delete cascade,
  department_id uuid references departments (id) on delete cascade,
  created_at    timestamp with time zone not null,
  constraint servicers_one_kind check ((member_id is null) <> (department_id is null)),
  constraint servicers_member_key unique (account_id, member_id),
  constraint servicers_department_key unique (account_id, department_id)
);

-- A member's reception status across all accounts; no row means receiving.
create table servicer_states (
  member_id  uuid primary key references members (id) on delete cascade,
  tenant_id  uuid        not null references tenants (id),
  status     varchar(20) not null,
  changed_at timestamp with time zone not null
);

create table entry_points (
  id              uuid primary key,
  tenant_id       uuid          not null references tenants (id),
  account_id      uuid          not null references cs_accounts (id) on delete cascade,
  entry_key       varchar(40)   not null,
  scene           varchar(64)   not null,
  name            varchar(120)  not null,
  allowed_origins varchar(4000) not null, -- newline-separated
  created_at      timestamp with time zone not null,
  constraint entry_points_key unique (entry_key),
  constraint entry_points_scene_key unique (account_id, scene)
);

-- Entry keys are public: a visitor presents one before any tenant is known. This global index holds no tenant
-- data, only which tenant a key belongs to.
create table entry_keys (
  entry_key      varchar(40) primary key,
  tenant_id      uuid not null references tenants (id) on delete cascade,
  entry_point_id uuid not null
);

create table customers (
  id           uuid primary key,
  tenant_id    uuid         not null references tenants (id),
  external_id  varchar(200), -- the host site's user id, for identified visitors
  name         varchar(120),
  created_at   timestamp with time zone not null,
  last_seen_at timestamp with time zone not null,
  constraint customers_external_key unique (tenant_id, external_id)
);

create table sessions (
  id                        uuid primary key,
  tenant_id                 uuid        not null references tenants (id),
  account_id                uuid        not null references cs_accounts (id),
  customer_id               uuid        not null references customers (id),
  entry_point_id            uuid,
  scene                     varchar(64),
  scene_param               varchar(128),
  state                     smallint    not null,
  servicer_id               uuid references members (id) on delete set null,
  previous_session_id       uuid,
  last_seq                  integer     not null,
  business_sends            integer     not null, -- business messages since the customer's last one
  last_customer_message_at  timestamp with time zone,
  last_activity_at          timestamp with time zone not null,
  queued_at                 timestamp with time zone,
  assigned_at               timestamp with time zone,
  closed_at                 timestamp with time zone,
  created_at                timestamp with time zone not null
);
create index sessions_account_state_idx on sessions (account_id, state, queued_at);
create index sessions_customer_idx on sessions (customer_id, account_id, created_at);
create index sessions_servicer_idx on sessions (servicer_id, state);

create table messages (
  id            uuid primary key,
  tenant_id     uuid         not null references tenants (id),
  session_id    uuid         not null references sessions (id),
  seq           integer      not null,
  sender_type   varchar(12)  not null,
  sender_ref    varchar(64)  not null, -- who sent it, for clientMsgId de-duplication
  sender_id     uuid,
  client_msg_id varchar(64),
  type          varchar(20)  not null,
  body          varchar(20000) not null, -- JSON of the type's content
  recalled_at   timestamp with time zone,
  created_at    timestamp with time zone not null,
  constraint messages_seq_key unique (session_id, seq),
  constraint messages_client_msg_key unique (tenant_id, sender_ref, client_msg_id)
);

-- Everything that happened, in order of commit per tenant once the relay has numbered it (feed_seq).
create table events (
  id         bigint generated by default as identity primary key,
  tenant_id  uuid         not null references tenants (id),
  type       varchar(40)  not null,
  session_id uuid,
  payload    varchar(30000) not null,
  feed_seq   bigint,
  created_at timestamp with time zone not null,
  constraint events_feed_key unique (tenant_id, feed_seq)
);

-- Server-wide secrets (HMAC keys for visitor tokens and real-time tickets), created on first start.
create table server_secrets (
  name       varchar(40) primary key,
  secret     varchar(200) not null,
  created_at timestamp with time zone not null
);

-- The key a tenant's web site uses to vouch for its logged-in users (HMAC-SHA256 of the user id).
alter table tenants add column widget_secret varchar(100);
