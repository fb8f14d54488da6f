-- Forums and their members, as the municipality's own users see them. Members' names and e-mail
-- addresses are personal data: the table is rebuilt from the events, so erasing a data subject's key
-- (crypto-shredding) erases them here on the next replay. Removed members keep their row (removed_at)
-- so that old attendance lists and action items still show who it was.
create table forum (
    tenant_id             uuid         not null,
    forum_id              uuid         not null,
    name                  varchar(200) not null,
    method                varchar(40)  not null,
    meetings_per_year     integer      not null,
    coordinator_member_id uuid,
    established_at        timestamptz  not null,
    primary key (tenant_id, forum_id)
);

create table forum_member (
    tenant_id    uuid         not null,
    forum_id     uuid         not null,
    member_id    uuid         not null,
    person_name  varchar(200) not null,
    email        varchar(320),
    organisation varchar(200) not null,
    role         varchar(40)  not null,
    added_at     timestamptz  not null,
    removed_at   timestamptz,
    primary key (tenant_id, forum_id, member_id)
);

-- Tenants never see each other's rows: the tenant is set per transaction (set_config(..., true)).
alter table forum enable row level security;
alter table forum force row level security;
create policy tenant_isolation on forum
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table forum_member enable row level security;
alter table forum_member force row level security;
create policy tenant_isolation on forum_member
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
