-- Invoices: one per company and closed billing period with something to pay. Lines are kept as JSON: an issued
-- invoice never changes except its status.
create table invoices (
  id                uuid primary key,
  tenant_id         uuid          not null references tenants (id),
  number            varchar(40)   not null,
  status            varchar(10)   not null,
  plan_name         varchar(80)   not null,
  period_start      timestamp with time zone not null,
  period_end        timestamp with time zone not null,
  issued_at         timestamp with time zone not null,
  due_at            timestamp with time zone not null,
  currency          varchar(3)    not null,
  lines             varchar(100000) not null,
  subtotal          bigint        not null,
  tax_rate_bp       integer       not null,
  tax               bigint        not null,
  credit_applied    bigint        not null,
  total             bigint        not null,
  paid_at           timestamp with time zone,
  payment_reference varchar(200),
  constraint invoices_number_key unique (number),
  constraint invoices_period_key unique (tenant_id, period_start)
);

-- Platform-wide: the next invoice number, gapless (taken under this row's lock in the issuing transaction).
create table invoice_counter (
  id   integer primary key,
  next bigint  not null
);
insert into invoice_counter (id, next) values (1, 1);
