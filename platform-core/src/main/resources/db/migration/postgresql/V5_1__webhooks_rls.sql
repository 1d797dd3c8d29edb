-- Row-level security for the webhook tables (webhook_queue is global on purpose; see V5).
do $$
declare
  t text;
begin
  foreach t in array array['webhooks', 'webhook_deliveries', 'webhook_attempts'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;
