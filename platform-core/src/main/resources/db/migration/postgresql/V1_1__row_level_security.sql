-- Row-level security: the second, independent tenant wall. Every tenant-owned table sees only the rows of the
-- tenant named by the transaction-local setting app.tenant_id (set by RowLevelSecurityConnectionProvider with
-- set_config(..., true)). No setting means no rows. FORCE makes the policy bind the table owner too.
create function frontdesk_current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

do $$
declare
  t text;
begin
  foreach t in array array['members', 'departments', 'department_memberships'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;
