do $$
declare
  t text;
begin
  foreach t in array array['api_credentials', 'event_feeds'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;

-- The relay looks for events not yet numbered, per tenant, in id order.
create index events_unnumbered_idx on events (tenant_id, id) where feed_seq is null;
