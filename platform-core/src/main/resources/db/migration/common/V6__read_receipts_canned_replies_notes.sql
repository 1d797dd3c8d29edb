-- For the agent workspace and the widget: read receipts on sessions, canned (quick) replies, internal notes.

-- How far each side has read, as sequence numbers that only move forward, and how many customer messages staff
-- have not read yet: a counter kept in step with message inserts and recalls under the session's row lock, so
-- the inbox shows unread counts without counting messages.
alter table sessions add column customer_read_seq integer not null default 0;
alter table sessions add column staff_read_seq integer not null default 0;
alter table sessions add column unread_for_staff integer not null default 0;
-- Sessions from before: nothing was marked read. (On PostgreSQL, V6_1 repeats this with row-level security lifted,
-- which binds a migration role that is no superuser.)
update sessions set unread_for_staff =
  (select count(*) from messages m where m.session_id = sessions.id and m.sender_type = 'CUSTOMER'
     and m.recalled_at is null);

-- Canned replies: tenant-wide (owner_id null; admins and supervisors write them) or one member's own.
-- owner_key is owner_id, or the nil UUID for tenant-wide replies, so that one unique key guards shortcuts in both
-- scopes: H2 has no partial indexes, and a unique key over a nullable owner_id would let tenant-wide duplicates in.
create table canned_replies (
  id         uuid primary key,
  tenant_id  uuid          not null references tenants (id),
  owner_id   uuid references members (id) on delete cascade,
  owner_key  uuid          not null,
  shortcut   varchar(32)   not null,
  title      varchar(80)   not null,
  body       varchar(2000) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  constraint canned_replies_owner_check check (
    (owner_id is null and owner_key = '00000000-0000-0000-0000-000000000000')
    or (owner_id is not null and owner_key = owner_id)),
  constraint canned_replies_shortcut_key unique (tenant_id, owner_key, shortcut)
);

-- Internal notes staff leave on a session; never shown to the customer. author_id keeps the writer's id after
-- the member is deleted (like messages' sender_id), so it has no foreign key.
create table session_notes (
  id         uuid primary key,
  tenant_id  uuid          not null references tenants (id),
  session_id uuid          not null references sessions (id),
  author_id  uuid          not null,
  body       varchar(4000) not null,
  created_at timestamp with time zone not null
);
create index session_notes_session_idx on session_notes (session_id, created_at);
