-- The batch of a consumer's transaction (forum.batch_tenants) admits inserts of its tenants' rows, and nothing more,
-- in every table. The event ledger is upserted once per transaction for all the tenants of its batch; an upsert
-- reads and updates the row, so the application now hands the ledger its additions through the view
-- event_ledger_applied, whose trigger adds each tenant's under that tenant, as the schema's owner. The
-- application role may insert into the view and do nothing else with it; it still reads and writes the ledger only
-- under the tenant it entered.
drop policy batch_writer on event_ledger;
create policy batch_insert on event_ledger for insert
    with check (tenant_id = any(nullif(current_setting('forum.batch_tenants', true), '')::uuid[]));

create view event_ledger_applied (tenant_id, events, id_hash) as
    select null::uuid, null::bigint, null::numeric where false;

-- Only for a tenant the transaction entered or admitted, as the insert policies allow; forum.tenant_id is set back
-- afterwards, so the rest of the transaction stays with the tenant it entered.
create function add_to_event_ledger() returns trigger
    language plpgsql security definer set search_path from current
as $$
declare
    entered text := current_setting('forum.tenant_id', true);
begin
    if new.tenant_id is null or new.tenant_id is distinct from nullif(entered, '')::uuid
            and not coalesce(new.tenant_id = any(nullif(current_setting('forum.batch_tenants', true), '')::uuid[]),
                             false) then
        raise exception 'new row violates row-level security policy for table "event_ledger"'
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('forum.tenant_id', new.tenant_id::text, true);
    insert into event_ledger as ledger (tenant_id, events, id_hash)
    values (new.tenant_id, new.events, new.id_hash)
    on conflict (tenant_id) do update
    set events = ledger.events + excluded.events,
        id_hash = ledger.id_hash + excluded.id_hash;
    perform set_config('forum.tenant_id', coalesce(entered, ''), true);
    return new;
end
$$;

create trigger add_to_event_ledger instead of insert on event_ledger_applied
    for each row execute function add_to_event_ledger();

revoke all on event_ledger_applied from ${app_role};
grant insert on event_ledger_applied to ${app_role};
revoke execute on function add_to_event_ledger() from public;
