-- Row-level security for V6's tables.
do $$
declare
  t text;
begin
  foreach t in array array['canned_replies', 'session_notes'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = frontdesk_current_tenant())'
                   ' with check (tenant_id = frontdesk_current_tenant())', t);
  end loop;
end $$;

-- V6's count of unread customer messages saw no rows if the migration role is no superuser (FORCE binds the owner
-- too): count again with the policies lifted inside this transaction.
alter table sessions no force row level security;
alter table messages no force row level security;
update sessions set unread_for_staff =
  (select count(*) from messages m where m.session_id = sessions.id and m.sender_type = 'CUSTOMER'
     and m.recalled_at is null);
alter table sessions force row level security;
alter table messages force row level security;
