-- Messages visitors leave when the company takes no new conversations (its plan's conversation limit is reached),
-- and channel messages that would have started one then: kept for staff to answer, until marked handled.
create table left_messages (
  id             uuid primary key,
  tenant_id      uuid          not null references tenants (id),
  account_id     uuid          not null references cs_accounts (id),
  entry_point_id uuid,
  scene_param    varchar(128),
  channel        varchar(80),
  source_ref     varchar(100),
  customer_id    uuid,
  name           varchar(120)  not null,
  contact        varchar(200)  not null,
  body           varchar(20000) not null,
  created_at     timestamp with time zone not null,
  handled_at     timestamp with time zone,
  handled_by     uuid,
  -- a channel message delivered twice is left once
  constraint left_messages_source_key unique (tenant_id, source_ref)
);
create index left_messages_open_idx on left_messages (tenant_id, handled_at, created_at);
