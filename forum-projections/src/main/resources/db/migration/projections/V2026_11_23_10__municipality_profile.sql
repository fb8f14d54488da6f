-- What each projection has applied, per aggregate: a redelivered or replayed event whose sequence
-- number is not above the stored one changes nothing. Written in the same transaction as the read model.
create table projection_position (
    projection    varchar(100) not null,
    aggregate_id  varchar(255) not null,
    last_sequence bigint       not null,
    primary key (projection, aggregate_id)
);

create table municipality_profile (
    tenant_id          uuid         primary key,
    municipality_key   varchar(20)  not null unique,
    name               varchar(200) not null,
    country            varchar(2)   not null,
    official_code      varchar(4)   not null,
    coordinator_name   varchar(200) not null,
    coordinator_email  varchar(320) not null,
    signed_up_at       timestamptz  not null
);

-- Tenants never see each other's rows: the tenant is set per transaction (set_config(..., true)).
alter table municipality_profile enable row level security;
alter table municipality_profile force row level security;
create policy tenant_isolation on municipality_profile
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
