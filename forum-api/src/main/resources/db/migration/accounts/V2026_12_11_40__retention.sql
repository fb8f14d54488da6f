-- Retention (issue 24): each municipality's periods after which the retention job erases or deletes personal data,
-- and a record of each run. A kind without a row here has the default the application documents (RetentionKind).
create table retention_period (
    tenant_id  uuid        not null,
    kind       varchar(40) not null,
    days       integer     not null check (days > 0),
    changed_at timestamptz not null,
    changed_by uuid        not null,
    primary key (tenant_id, kind)
);
select forum_tenant_table('retention_period');

-- One run of the job, on whichever instance took the lock: no tenant's data, only when, where and whether it failed
-- as a whole (a tenant's own failure is in its row below).
create table retention_run (
    run_id      uuid         primary key,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    instance    varchar(200) not null,
    tenants     integer      not null default 0,
    failure     text
);
create index retention_run_by_start on retention_run (started_at desc);

-- What one run did in one municipality: per kind how many data subjects it erased or rows it deleted.
create table retention_run_tenant (
    tenant_id   uuid        not null,
    run_id      uuid        not null references retention_run (run_id),
    started_at  timestamptz not null,
    finished_at timestamptz,
    counts      jsonb       not null default '{}',
    failure     text,
    primary key (tenant_id, run_id)
);
create index retention_run_tenant_by_start on retention_run_tenant (tenant_id, started_at desc);
select forum_tenant_table('retention_run_tenant');

-- The job goes through the municipalities one at a time, each under its own tenant: this answers their tenant ids
-- and nothing else. It runs as the schema's owner, whose policy on statistics_municipality (V2026_12_10_40) admits
-- reading it; the application may call it and nothing more.
create function retention_tenants() returns setof uuid
    language sql stable security definer set search_path from current
as $$
    select s.tenant_id from statistics_municipality s order by s.tenant_id
$$;
revoke execute on function retention_tenants() from public;
grant execute on function retention_tenants() to ${app_role};
