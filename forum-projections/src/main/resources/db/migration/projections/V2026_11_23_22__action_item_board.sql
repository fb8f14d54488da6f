-- The action-item board of each forum: open, overdue and done items, by owner. "Overdue" depends on the
-- day the board is read, so it is decided by the query, not stored. The item text is free text.
-- The meetings' forum and start are kept here too, so the board is rebuilt from its own events only.
create table action_item_meeting (
    tenant_id  uuid        not null,
    meeting_id uuid        not null,
    forum_id   uuid        not null,
    starts_at  timestamptz not null,
    primary key (tenant_id, meeting_id)
);

create table action_item (
    tenant_id       uuid        not null,
    action_item_id  uuid        not null,
    meeting_id      uuid        not null,
    owner_member_id uuid        not null,
    what            text        not null,
    due             date        not null,
    assigned_at     timestamptz not null,
    completed_at    timestamptz,
    primary key (tenant_id, action_item_id)
);
create index action_item_by_meeting on action_item (tenant_id, meeting_id);

-- Tenants never see each other's rows: the tenant is set per transaction (set_config(..., true)).
alter table action_item_meeting enable row level security;
alter table action_item_meeting force row level security;
create policy tenant_isolation on action_item_meeting
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table action_item enable row level security;
alter table action_item force row level security;
create policy tenant_isolation on action_item
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
