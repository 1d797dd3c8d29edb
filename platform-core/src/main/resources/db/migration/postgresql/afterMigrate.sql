-- After every migration: give the application's runtime role (when it is not the migration role) the data
-- privileges it needs and nothing more. It owns nothing, so it can neither alter nor bypass the RLS policies.
do $$
begin
  if '${appRole}' <> current_user then
    execute format('grant usage on schema %I to %I', current_schema(), '${appRole}');
    execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                   current_schema(), '${appRole}');
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${appRole}');
    execute format('revoke all on table %I.flyway_schema_history from %I', current_schema(), '${appRole}');
  end if;
end $$;
