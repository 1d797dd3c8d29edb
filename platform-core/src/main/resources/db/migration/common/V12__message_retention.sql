-- Message retention by plan: sessions closed longer ago than the plan's retention lose their messages, files and
-- events; the session row stays, marked with when that happened.
alter table sessions add column messages_purged_at timestamp with time zone;
-- Finds the sessions due without walking those already done.
create index sessions_retention_idx on sessions (tenant_id, state, messages_purged_at, closed_at);
-- Deleting a session's events and files by session, not by a scan.
create index events_session_idx on events (session_id);
create index attachments_session_idx on attachments (session_id);
