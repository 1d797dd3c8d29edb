do $$
declare
  t text;
begin
  foreach t in array array['cs_accounts', 'servicers', 'servicer_states', 'entry_points', 'customers', 'sessions',
                           'messages', 'events'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;

-- At most one open session per customer and account, whatever races (H2 relies on the customer row lock alone).
create unique index sessions_one_open_idx on sessions (account_id, customer_id) where state <> 4;
