-- Row-level security for V10's company table (platform_plugin_settings belongs to the platform).
alter table payments enable row level security;
alter table payments force row level security;
create policy tenant_isolation on payments using (tenant_id = frontdesk_current_tenant())
  with check (tenant_id = frontdesk_current_tenant());
