-- Events carry every tenant's personal data. The requests' role (${app_role}) reads and appends the events of the
-- tenant its transaction entered (forum.tenant_id, set before each command's handler runs) and a national
-- network's (aggregate type Network: shared by its member municipalities, no personal data). The publisher and
-- the rebuild read every tenant's events through a role of their own (${relay_role}) that may only read them.
alter table domain_event_entry enable row level security;
alter table domain_event_entry force row level security;

create policy tenant_events on domain_event_entry to ${app_role}
    using (event_tenant(meta_data) = current_setting('forum.tenant_id', true) or type = 'Network')
    with check (event_tenant(meta_data) = current_setting('forum.tenant_id', true) or type = 'Network');

grant select on domain_event_entry to ${relay_role};
create policy relay_reads on domain_event_entry for select to ${relay_role} using (true);

-- A snapshot belongs to the tenant whose events its aggregate has: visible where those events are.
alter table snapshot_event_entry enable row level security;
alter table snapshot_event_entry force row level security;

create policy tenant_snapshots on snapshot_event_entry to ${app_role}
    using (exists (select 1 from domain_event_entry e
                   where e.aggregate_identifier = snapshot_event_entry.aggregate_identifier))
    with check (exists (select 1 from domain_event_entry e
                        where e.aggregate_identifier = snapshot_event_entry.aggregate_identifier));

-- The relay reads snapshots as it reads events (operators' checks; nothing in a snapshot is not in the events).
grant select on snapshot_event_entry to ${relay_role};
create policy relay_reads on snapshot_event_entry for select to ${relay_role} using (true);

-- The schema's owner (who runs these migrations, and the benchmarks' bulk loads) keeps seeing every row.
create policy schema_owner on domain_event_entry to current_user using (true) with check (true);
create policy schema_owner on snapshot_event_entry to current_user using (true) with check (true);
