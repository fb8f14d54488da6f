-- Every event of a venue's case, in the order of the venue's stream, with when, who (the acting user's
-- id) and a short summary built only from codes (kind of event, category, recommendation kind, outcome),
-- never from free text. The free text of an event (issue description, resolution, rationale, revocation
-- reason, licence holder) is kept apart in free_text, shown only to the municipality's own users, and
-- rebuilt from the events like every personal value.
create table venue_timeline_entry (
    tenant_id           uuid         not null,
    venue_id            uuid         not null,
    sequence            bigint       not null,
    event_id            varchar(255) not null,
    kind                varchar(40)  not null,
    occurred_at         timestamptz  not null,
    actor               varchar(255),
    correlation_id      varchar(255),
    summary             varchar(300) not null,
    subject_id          uuid,
    category            varchar(40),
    severity            varchar(20),
    recommendation_kind varchar(20),
    decision_outcome    varchar(20),
    observed_at         timestamptz,
    effective_from      date,
    effective_to        date,
    free_text_label     varchar(40),
    free_text           text,
    primary key (tenant_id, venue_id, sequence)
);

-- Tenants never see each other's rows: the tenant is set per transaction (set_config(..., true)).
alter table venue_timeline_entry enable row level security;
alter table venue_timeline_entry force row level security;
create policy tenant_isolation on venue_timeline_entry
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
