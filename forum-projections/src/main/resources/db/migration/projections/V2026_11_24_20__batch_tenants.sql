-- A consumer's polled batch holds the events of many tenants. Written under one tenant at a time, it cost a
-- set_config and a statement per table and tenant, which made the consumers slower the more tenants a batch
-- held (BENCHMARKS.md, lag). A consumer's transaction may now name the tenants of its batch in
-- forum.batch_tenants (TenantScope.admitBatch) and insert the rows of all of them in one statement.
--
-- The policy admits inserts only: reads, updates and deletes, and so every query's plan, stay with the one
-- tenant the transaction has entered. The consumer checks, before sending, that each row's tenant is the one
-- its event was queued under (ReadModelWrites); this policy bounds what it may write to the batch's tenants.
do $$
declare
    tenant_table record;
begin
    for tenant_table in
        select tablename from pg_policies
        where schemaname = current_schema() and policyname = 'tenant_isolation' and tablename <> 'event_ledger'
    loop
        execute format($policy$
            create policy batch_insert on %I for insert
                with check (tenant_id = any(nullif(current_setting('forum.batch_tenants', true), '')::uuid[]))
            $policy$, tenant_table.tablename);
    end loop;
end
$$;

-- The event ledger is written once per transaction with one upsert, which needs the row readable and
-- updatable too. Nothing but the consumers writes it and no endpoint reads it, so widening it to the batch's
-- tenants changes no query.
create policy batch_writer on event_ledger
    using (tenant_id = any(nullif(current_setting('forum.batch_tenants', true), '')::uuid[]))
    with check (tenant_id = any(nullif(current_setting('forum.batch_tenants', true), '')::uuid[]));
