-- Row-level security for V11's table.
alter table left_messages enable row level security;
alter table left_messages force row level security;
create policy tenant_isolation on left_messages using (tenant_id = frontdesk_current_tenant())
  with check (tenant_id = frontdesk_current_tenant());
