-- Row-level security for V9's company table (the counter belongs to the platform).
alter table invoices enable row level security;
alter table invoices force row level security;
create policy tenant_isolation on invoices using (tenant_id = frontdesk_current_tenant())
  with check (tenant_id = frontdesk_current_tenant());
