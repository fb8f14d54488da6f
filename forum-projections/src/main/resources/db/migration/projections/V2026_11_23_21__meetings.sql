-- The meeting calendar and each meeting's page: time, place, agenda, attendance, minutes, decisions and
-- action items. Minutes, decisions, cancellation reasons and action items are free text and may hold
-- personal data; they are shown to the municipality's own users only and rebuilt from the events.
-- Forum and member names are not copied: the queries read them from forum and forum_member.
create table meeting (
    tenant_id              uuid         not null,
    meeting_id             uuid         not null,
    forum_id               uuid         not null,
    starts_at              timestamptz  not null,
    ends_at                timestamptz  not null,
    location               varchar(200) not null,
    agenda                 jsonb        not null,
    scheduled_at           timestamptz  not null,
    cancelled_at           timestamptz,
    cancellation_reason    text,
    attendance_recorded_at timestamptz,
    minutes                text,
    minutes_recorded_at    timestamptz,
    minutes_approved_at    timestamptz,
    primary key (tenant_id, meeting_id)
);
create index meeting_by_time on meeting (tenant_id, starts_at);
create index meeting_by_forum_and_time on meeting (tenant_id, forum_id, starts_at);

-- Replaced as a whole by each AttendanceRecorded.
create table meeting_attendance (
    tenant_id  uuid        not null,
    meeting_id uuid        not null,
    member_id  uuid        not null,
    role       varchar(40) not null,
    present    boolean     not null,
    primary key (tenant_id, meeting_id, member_id)
);

-- A decision has no identifier of its own: its event's sequence number in the meeting's stream.
create table meeting_decision (
    tenant_id   uuid        not null,
    meeting_id  uuid        not null,
    sequence    bigint      not null,
    text        text        not null,
    recorded_at timestamptz not null,
    primary key (tenant_id, meeting_id, sequence)
);

create table meeting_action_item (
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
create index meeting_action_item_by_meeting on meeting_action_item (tenant_id, meeting_id);

-- Tenants never see each other's rows: the tenant is set per transaction (set_config(..., true)).
alter table meeting enable row level security;
alter table meeting force row level security;
create policy tenant_isolation on meeting
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table meeting_attendance enable row level security;
alter table meeting_attendance force row level security;
create policy tenant_isolation on meeting_attendance
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table meeting_decision enable row level security;
alter table meeting_decision force row level security;
create policy tenant_isolation on meeting_decision
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);

alter table meeting_action_item enable row level security;
alter table meeting_action_item force row level security;
create policy tenant_isolation on meeting_action_item
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
