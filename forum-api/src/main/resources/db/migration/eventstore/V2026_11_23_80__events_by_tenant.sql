-- A rebuild replays one tenant's events in store order. The tenant is only in the metadata (JSON, bytea), so
-- without this index every tenant's replay read the whole table: 750 tenants, 750 full scans.
--
-- Declared immutable so it can be indexed (convert_from is only stable because the encoding could change; the
-- metadata is always UTF-8 JSON written by the application). Returns the tenant as text, without a cast to
-- uuid, so that an unexpected tenant value cannot make an append fail on this index.
create function event_tenant(meta_data bytea) returns text
    language sql immutable parallel safe
    as $$ select convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' $$;

create index domain_event_entry_by_tenant on domain_event_entry (event_tenant(meta_data), global_index);
