alter table attachments enable row level security;
alter table attachments force row level security;
create policy tenant_isolation on attachments using (tenant_id = frontdesk_current_tenant())
  with check (tenant_id = frontdesk_current_tenant());
