-- What the platform operator, an account in no tenant, reads across the municipalities: the register of who signed
-- up (name, country, official code, when), each one's last activity, and the networks' memberships. Never a contact,
-- a person or anything a municipality wrote. The operator's transactions set forum.operator (OperatorScope); the
-- policies below let them read, and only read, these tables of every tenant. Every other table stays closed to them.

-- The register as the operator sees it: MunicipalitySignedUp without its coordinator's name and e-mail.
create table operator_municipality (
    tenant_id     uuid         primary key,
    name          varchar(200) not null,
    country       varchar(2)   not null,
    official_code varchar(4)   not null,
    signed_up_at  timestamptz  not null
);
select forum_tenant_table('operator_municipality');

-- The time of a tenant's latest event, written with the ledger's counts: once per tenant per transaction, by the
-- view's trigger (V2026_12_07_20), so the last activity costs the pipeline no statement of its own.
alter table event_ledger add column last_event_at timestamptz;

create or replace view event_ledger_applied (tenant_id, events, id_hash, last_event_at) as
    select null::uuid, null::bigint, null::numeric, null::timestamptz where false;

create or replace function add_to_event_ledger() returns trigger
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
    insert into event_ledger as ledger (tenant_id, events, id_hash, last_event_at)
    values (new.tenant_id, new.events, new.id_hash, new.last_event_at)
    on conflict (tenant_id) do update
    set events = ledger.events + excluded.events,
        id_hash = ledger.id_hash + excluded.id_hash,
        last_event_at = greatest(ledger.last_event_at, excluded.last_event_at);
    perform set_config('forum.tenant_id', coalesce(entered, ''), true);
    return new;
end
$$;
revoke execute on function add_to_event_ledger() from public;

-- The operator's reading policy: every row of the table, for select only, while forum.operator is 'on'.
create function forum_operator_reader(tbl regclass) returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, 'operator_reader', 'select', null,
                               $rule$nullif(current_setting('forum.operator', true), '') = 'on'$rule$,
                               'forum_operator_reader');
end
$$;

select forum_operator_reader('operator_municipality');
select forum_operator_reader('event_ledger');
select forum_operator_reader('network_membership');
