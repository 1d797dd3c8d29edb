-- Billing: the plan catalog (platform-wide, versioned), each company's subscription, and metered usage.

-- A plan version. Changing a plan's terms adds a version; subscriptions keep theirs until they renew.
-- Amounts are minor units of the currency (cents); limits are null when unlimited.
create table plans (
  id                   uuid primary key,
  code                 varchar(40)  not null,
  version              integer      not null,
  name                 varchar(80)  not null,
  description          varchar(500),
  currency             varchar(3)   not null,
  monthly_price        bigint       not null,
  yearly_price         bigint       not null,
  included_seats       integer      not null,
  extra_seat_monthly   bigint,               -- null: no extra seats beyond the included ones
  extra_seat_yearly    bigint,
  max_accounts         integer,
  max_seats            integer,
  max_conversations    integer,              -- per billing period (month, or month of a yearly plan)
  retention_days       integer,
  max_plugins          integer,
  overage_per_100      bigint,               -- price per started 100 conversations past the limit; null: a hard limit
  trial_days           integer      not null,
  sort_order           integer      not null,
  latest               boolean      not null,
  created_at           timestamp with time zone not null,
  constraint plans_code_version_key unique (code, version)
);

-- One subscription per company. pending_* is a change that takes effect at period end (a downgrade, fewer seats,
-- another cycle); cancel_at_period_end ends it then.
create table subscriptions (
  tenant_id             uuid primary key references tenants (id),
  plan_id               uuid        not null references plans (id),
  billing_cycle         varchar(10) not null,
  billing_anchor        timestamp with time zone not null, -- periods run from here in steps of the cycle
  seats                 integer     not null,
  status                varchar(20) not null,
  period_start          timestamp with time zone not null,
  period_end            timestamp with time zone not null,
  trial_end             timestamp with time zone,
  pending_plan_id       uuid references plans (id),
  pending_cycle         varchar(10),
  pending_seats         integer,
  cancel_at_period_end  boolean     not null,
  tax_rate_bp           integer     not null,
  credit_balance        bigint      not null,
  created_at            timestamp with time zone not null,
  updated_at            timestamp with time zone not null
);

-- Usage as events, each counted once: the event id is the primary key within the company. Periods are ranges
-- of occurred_at, so an event needs no knowledge of the subscription when it is recorded.
create table usage_events (
  tenant_id    uuid         not null references tenants (id),
  event_id     varchar(120) not null,
  kind         varchar(30)  not null,
  quantity     bigint       not null,
  occurred_at  timestamp with time zone not null,
  constraint usage_events_pkey primary key (tenant_id, event_id)
);
create index usage_events_kind_time_idx on usage_events (tenant_id, kind, occurred_at);

-- Charges and credits waiting for the next invoice (proration of mid-period changes).
create table billing_items (
  id          uuid primary key,
  tenant_id   uuid         not null references tenants (id),
  kind        varchar(30)  not null,
  description varchar(300) not null,
  amount      bigint       not null,
  currency    varchar(3)   not null,
  created_at  timestamp with time zone not null,
  invoice_id  uuid
);
create index billing_items_open_idx on billing_items (tenant_id, invoice_id);
