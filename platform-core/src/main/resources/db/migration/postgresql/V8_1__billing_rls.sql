-- Row-level security for V8's company tables (plans belong to the platform).
do $$
declare
  t text;
begin
  foreach t in array array['subscriptions', 'usage_events', 'billing_items'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;
