-- The roles each account of a municipality had, and since when: the auditor's history names the actor of an event
-- with the role(s) held when it was recorded. A trigger on user_account writes a row whenever an account is
-- created or its roles change, whichever way (sign-up, invitation, a coordinator's change, an auditor's grant), so
-- no writer of roles can forget it. Rows are only added: the application may read them and nothing else.
--
-- Role changes before this migration were never recorded: each account's roles at this migration are its first
-- row, dated now, and a reader of an earlier moment is told that the roles shown are the ones held since then.
create table account_role_history (
    change_id  bigint       generated always as identity primary key,
    tenant_id  uuid         not null,
    account_id uuid         not null,
    roles      varchar(200) not null,
    since      timestamptz  not null
);
create index account_role_history_account on account_role_history (tenant_id, account_id, since);

select forum_tenant_table('account_role_history');
-- The trigger's function runs as the schema's owner, so that it records an account made before a tenant is
-- entered (sign-up, an invitation accepted by its token) as well.
select forum_owner_policy('account_role_history', 'recorded_roles', 'insert', 'true');
revoke insert, update, delete, truncate on account_role_history from ${app_role};

create function record_account_roles() returns trigger
    language plpgsql security definer set search_path from current
as $$
begin
    if new.tenant_id is not null and (tg_op = 'INSERT' or new.roles is distinct from old.roles) then
        insert into account_role_history (tenant_id, account_id, roles, since)
        values (new.tenant_id, new.user_id, new.roles, clock_timestamp());
    end if;
    return null;
end
$$;
revoke execute on function record_account_roles() from public;

create trigger account_roles_recorded after insert or update of roles on user_account
    for each row execute function record_account_roles();

-- Every account's roles as they stand now, read past row-level security for this once (the schema's owner has no
-- policy of its own on accounts).
alter table user_account no force row level security;
insert into account_role_history (tenant_id, account_id, roles, since)
select tenant_id, user_id, roles, now() from user_account where tenant_id is not null;
alter table user_account force row level security;
