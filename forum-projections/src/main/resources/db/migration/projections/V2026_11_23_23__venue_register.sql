-- The venue register of a municipality: each licensed venue with its issues, the forum's recommendations
-- and the licensing authority's decisions. The licence holder (may be a person), issue descriptions,
-- resolutions, rationales and revocation reasons are personal data or free text: shown to the
-- municipality's own users only, and rebuilt from the events. The event's sequence number orders rows
-- of one venue that share a timestamp.
create table venue (
    tenant_id      uuid         not null,
    venue_id       uuid         not null,
    name           varchar(200) not null,
    address        varchar(200) not null,
    licence_number varchar(200) not null,
    licence_holder varchar(200) not null,
    licence_kind   varchar(40)  not null,
    serving_hours  varchar(200) not null,
    registered_at  timestamptz  not null,
    primary key (tenant_id, venue_id)
);
create index venue_by_name on venue (tenant_id, lower(name));

create table venue_issue (
    tenant_id     uuid        not null,
    issue_id      uuid        not null,
    venue_id      uuid        not null,
    category      varchar(40) not null,
    observed_at   timestamptz not null,
    source        varchar(40) not null,
    severity      varchar(20) not null,
    description   text        not null,
    registered_at timestamptz not null,
    sequence      bigint      not null,
    resolved_at   timestamptz,
    resolution    text,
    primary key (tenant_id, issue_id)
);
create index venue_issue_by_venue on venue_issue (tenant_id, venue_id, observed_at);
create index venue_issue_by_time on venue_issue (tenant_id, observed_at);

create table venue_recommendation (
    tenant_id         uuid        not null,
    recommendation_id uuid        not null,
    venue_id          uuid        not null,
    kind              varchar(20) not null,
    rationale         text        not null,
    issue_ids         jsonb       not null,
    meeting_id        uuid,
    issued_at         timestamptz not null,
    sequence          bigint      not null,
    revoked_at        timestamptz,
    revocation_reason text,
    decided_at        timestamptz,
    primary key (tenant_id, recommendation_id)
);
create index venue_recommendation_by_venue on venue_recommendation (tenant_id, venue_id, sequence);

create table venue_decision (
    tenant_id           uuid        not null,
    decision_id         uuid        not null,
    venue_id            uuid        not null,
    recommendation_id   uuid,
    outcome             varchar(20) not null,
    effective_from      date        not null,
    effective_to        date,
    authority_reference varchar(200),
    recorded_at         timestamptz not null,
    sequence            bigint      not null,
    primary key (tenant_id, decision_id)
);
create index venue_decision_by_venue on venue_decision (tenant_id, venue_id, sequence);

-- Tenants never see each other's rows: the tenant is set per transaction (set_config(..., true)).
alter table venue enable row level security;
alter table venue force row level security;
create policy tenant_isolation on venue
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table venue_issue enable row level security;
alter table venue_issue force row level security;
create policy tenant_isolation on venue_issue
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table venue_recommendation enable row level security;
alter table venue_recommendation force row level security;
create policy tenant_isolation on venue_recommendation
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table venue_decision enable row level security;
alter table venue_decision force row level security;
create policy tenant_isolation on venue_decision
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
