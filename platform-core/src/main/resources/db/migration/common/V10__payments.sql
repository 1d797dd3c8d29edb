-- Payments: the platform admin's settings for plugins the platform (not a tenant) enables, such as payment
-- providers; each attempt to pay an invoice through one; and why an invoice was voided.

-- Platform-wide, no tenant. No foreign key to platform_plugins: removing a plugin keeps its settings for a
-- reinstall, like tenants' bindings.
create table platform_plugin_settings (
  plugin_id        varchar(40)     primary key,
  payments_enabled boolean         not null,
  config           varchar(200000) not null, -- JSON of the settings that are not secret
  secrets          varchar(200000),          -- AES-GCM sealed JSON of the secret settings
  updated_at       timestamp with time zone not null
);

-- One attempt to pay an invoice: started by a checkout (pending), settled by the provider's notice or by the
-- platform admin (plugin_id null: recorded by hand). Amounts in minor units of currency.
create table payments (
  id             uuid primary key,
  tenant_id      uuid          not null references tenants (id),
  invoice_id     uuid          not null references invoices (id),
  plugin_id      varchar(40),
  reference      varchar(200)  not null,
  status         varchar(10)   not null,
  amount         bigint        not null,
  currency       varchar(3)    not null,
  refunded       bigint        not null,
  refunding      bigint        not null, -- asked of the provider, answer not yet recorded
  redirect_url   varchar(2000),
  instructions   varchar(10000),
  failure_reason varchar(2000),
  created_at     timestamp with time zone not null,
  updated_at     timestamp with time zone not null,
  paid_at        timestamp with time zone,
  constraint payments_reference_key unique (plugin_id, reference)
);
create index payments_invoice_idx on payments (tenant_id, invoice_id);

alter table invoices add column voided_at timestamp with time zone;
alter table invoices add column void_reason varchar(500);
