-- Attachments: files uploaded by a customer or a staff member, stored in the attachment store under a key the
-- store made up. An upload belongs to its uploader until they send it in a message (used_at, session_id).
create table attachments (
  id            uuid primary key,
  tenant_id     uuid          not null references tenants (id),
  kind          varchar(12)   not null, -- image, video, voice, file, sticker, avatar
  content_type  varchar(100)  not null, -- sniffed from the bytes, never taken from the client
  size_bytes    bigint        not null,
  name          varchar(200)  not null,
  storage_key   varchar(200)  not null,
  sha256        varchar(64)   not null,
  uploader_type varchar(12)   not null, -- customer, member or api
  uploader_id   uuid          not null,
  session_id    uuid,                   -- the session it was first sent in
  used_at       timestamp with time zone,
  created_at    timestamp with time zone not null,
  constraint attachments_storage_key unique (storage_key)
);
create index attachments_unused_idx on attachments (tenant_id, used_at, created_at);

alter table cs_accounts
  add constraint cs_accounts_avatar_fk foreign key (avatar_attachment_id) references attachments (id) on delete set null;

-- Inactivity close looks for open sessions of an account that went quiet.
create index sessions_account_activity_idx on sessions (account_id, last_activity_at);
