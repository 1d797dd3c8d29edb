-- Row-level security for V7's tenant tables (platform_plugins belongs to no tenant).
do $$
declare
  t text;
begin
  foreach t in array array['plugin_bindings', 'plugin_store'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;
