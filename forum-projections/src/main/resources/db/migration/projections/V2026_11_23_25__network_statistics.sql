-- Network statistics: per network, per quarter, per member municipality. Cross-tenant by design:
-- a network coordinator reads the aggregated figures of the network's member municipalities. No table
-- here holds personal data, venue names or free text: only identifiers, times, codes (role, category,
-- kind, outcome) and counts. Figures are aggregated and small counts suppressed by the query service.
--
-- The facts are kept per tenant, regardless of membership (a municipality that joins later brings its
-- history along; which quarters count is decided at query time from the membership intervals). They carry
-- tenant_id with the same row-level security as every read model (written only under the event's own
-- tenant), plus a second, read-only policy network_reader: a transaction that has set forum.network_id
-- (NetworkScope) reads the facts of the municipalities that are or were members of that network, and of
-- no other municipality.

-- A network is the platform operator's, not a tenant's: no tenant data, no row-level security.
create table network (
    network_id uuid         primary key,
    name       varchar(200) not null,
    country    varchar(2)   not null,
    created_at timestamptz  not null
);

-- One row per period of membership (a municipality may leave and join again); written under the member's
-- tenant, read by the member and by the network in scope.
create table network_membership (
    network_id uuid        not null,
    tenant_id  uuid        not null,
    joined_at  timestamptz not null,
    left_at    timestamptz,
    primary key (network_id, tenant_id, joined_at)
);

-- How a municipality is named on the dashboard: name and key only, never its contacts.
create table statistics_municipality (
    tenant_id        uuid         primary key,
    municipality_key varchar(20)  not null,
    name             varchar(200) not null,
    country          varchar(2)   not null
);

-- A meeting counts as held in the quarter of its start when it is not cancelled and has attendance or minutes.
create table statistics_meeting (
    tenant_id           uuid        not null,
    meeting_id          uuid        not null,
    starts_at           timestamptz not null,
    cancelled           boolean     not null default false,
    attendance_recorded boolean     not null default false,
    minutes_recorded    boolean     not null default false,
    primary key (tenant_id, meeting_id)
);
create index statistics_meeting_by_time on statistics_meeting (tenant_id, starts_at);

-- Present and absent members per role of a meeting's latest attendance: counts, never who.
create table statistics_attendance (
    tenant_id  uuid        not null,
    meeting_id uuid        not null,
    role       varchar(40) not null,
    present    integer     not null,
    absent     integer     not null,
    primary key (tenant_id, meeting_id, role)
);

create table statistics_issue (
    tenant_id   uuid        not null,
    issue_id    uuid        not null,
    category    varchar(40) not null,
    observed_at timestamptz not null,
    primary key (tenant_id, issue_id)
);
create index statistics_issue_by_time on statistics_issue (tenant_id, observed_at);

create table statistics_recommendation (
    tenant_id         uuid        not null,
    recommendation_id uuid        not null,
    kind              varchar(20) not null,
    issued_at         timestamptz not null,
    primary key (tenant_id, recommendation_id)
);
create index statistics_recommendation_by_time on statistics_recommendation (tenant_id, issued_at);

create table statistics_decision (
    tenant_id   uuid        not null,
    decision_id uuid        not null,
    outcome     varchar(20) not null,
    recorded_at timestamptz not null,
    primary key (tenant_id, decision_id)
);
create index statistics_decision_by_time on statistics_decision (tenant_id, recorded_at);

create table statistics_venue (
    tenant_id     uuid        not null,
    venue_id      uuid        not null,
    registered_at timestamptz not null,
    primary key (tenant_id, venue_id)
);
create index statistics_venue_by_time on statistics_venue (tenant_id, registered_at);

alter table network_membership enable row level security;
alter table network_membership force row level security;
create policy tenant_isolation on network_membership
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on network_membership for select
    using (network_id = nullif(current_setting('forum.network_id', true), '')::uuid);

alter table statistics_municipality enable row level security;
alter table statistics_municipality force row level security;
create policy tenant_isolation on statistics_municipality
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_municipality for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));

alter table statistics_meeting enable row level security;
alter table statistics_meeting force row level security;
create policy tenant_isolation on statistics_meeting
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_meeting for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));

alter table statistics_attendance enable row level security;
alter table statistics_attendance force row level security;
create policy tenant_isolation on statistics_attendance
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_attendance for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));

alter table statistics_issue enable row level security;
alter table statistics_issue force row level security;
create policy tenant_isolation on statistics_issue
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_issue for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));

alter table statistics_recommendation enable row level security;
alter table statistics_recommendation force row level security;
create policy tenant_isolation on statistics_recommendation
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_recommendation for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));

alter table statistics_decision enable row level security;
alter table statistics_decision force row level security;
create policy tenant_isolation on statistics_decision
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_decision for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));

alter table statistics_venue enable row level security;
alter table statistics_venue force row level security;
create policy tenant_isolation on statistics_venue
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
create policy network_reader on statistics_venue for select
    using (tenant_id in (select m.tenant_id from network_membership m
                         where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid));
