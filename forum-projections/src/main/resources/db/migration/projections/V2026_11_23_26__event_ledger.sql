-- Per tenant: how many events the read models applied and the sum of hashtext(event id) over them. Equal to
-- the same figures over the event store when nothing was lost or applied twice (checked by the fault tests).
create table event_ledger (
    tenant_id uuid    primary key,
    events    bigint  not null,
    id_hash   numeric not null
);

alter table event_ledger enable row level security;
alter table event_ledger force row level security;
create policy tenant_isolation on event_ledger
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
