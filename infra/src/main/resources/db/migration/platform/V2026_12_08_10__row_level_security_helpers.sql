-- Row-level security is written by these functions, never by hand, so that no table's policies can be copied
-- wrong. Every new table that holds a tenant's rows calls forum_tenant_table('the_table') in the migration that
-- creates it; a table some rows of which are also reached otherwise adds the policy for that with the helper that
-- names it (forum_keyed_policy, forum_owner_policy, forum_relayed_table, forum_network_reader). Each helper enables
-- and forces row-level security, drops its policies if they exist and creates them in the one form, so calling it
-- again rewrites them as it writes them today. Every policy it writes is commented 'written by <helper>': the
-- catalogue tests (RowLevelSecurityCatalogueIT) fail on a policy without that mark, and on a tenant table whose
-- policies differ from what forum_tenant_table writes. The helpers run with their caller's rights: the application
-- role, which owns no table, changes nothing with them (the tests call one on a temporary table of their own).

-- The rule that admits the rows whose key column equals a transaction-local setting (set_config(..., true)): with
-- the setting unset or empty, no row. A uuid key's setting is cast to uuid; other keys compare as text.
create function forum_key_rule(tbl regclass, key_column name, setting text) returns text
    language plpgsql stable
as $$
declare
    key_type regtype := (select atttypid from pg_attribute
                         where attrelid = tbl and attname = key_column and attnum > 0 and not attisdropped);
begin
    if key_type is null then
        raise exception 'table % has no column %', tbl, key_column;
    end if;
    return format('%I = nullif(current_setting(%L, true), %L)', key_column, setting, '')
        || case when key_type = 'uuid'::regtype then '::uuid' else '' end;
end
$$;

-- The helpers' one way of writing a policy: row-level security enabled and forced (the schema's owner is held to
-- it too), the policy dropped if it exists and created for one command (all, select, insert, update, delete) and
-- one role (null: every role), its rule checked where the command reads rows and where it writes them, and the
-- mark of the helper that wrote it. Migrations call the helpers below, not this.
create function forum_write_policy(tbl regclass, policy name, command text, role regrole, rule text, author text)
    returns void
    language plpgsql
as $$
begin
    if lower(command) not in ('all', 'select', 'insert', 'update', 'delete') then
        raise exception 'no such command for a policy: %', command;
    end if;
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('drop policy if exists %I on %s', policy, tbl);
    execute format('create policy %I on %s for %s to %s', policy, tbl, lower(command),
                   coalesce(role::text, 'public'))
        || case when lower(command) in ('all', 'select', 'update', 'delete') then format(' using (%s)', rule) else '' end
        || case when lower(command) in ('all', 'insert', 'update') then format(' with check (%s)', rule) else '' end;
    execute format('comment on policy %I on %s is %L', policy, tbl, 'written by ' || author);
end
$$;

-- A table of tenants' rows (a column tenant_id): a transaction reads and writes the rows of the one tenant it
-- entered (forum.tenant_id, TenantScope), and may insert, and only insert, the rows of the tenants its consumer's
-- batch names (forum.batch_tenants, TenantScope.admitBatch).
create function forum_tenant_table(tbl regclass) returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, 'tenant_isolation', 'all', null,
                               forum_key_rule(tbl, 'tenant_id', 'forum.tenant_id'), 'forum_tenant_table');
    perform forum_write_policy(tbl, 'batch_insert', 'insert', null,
                               $rule$tenant_id = any(nullif(current_setting('forum.batch_tenants', true), '')::uuid[])$rule$,
                               'forum_tenant_table');
end
$$;

-- Rows a transaction reaches by naming their key in a setting rather than by its tenant: an account by user name
-- before sign-in, an invitation by its token's hash, a user's Idempotency-Keys (RowKeys), a network's rows
-- (NetworkScope). All commands unless one is named.
create function forum_keyed_policy(tbl regclass, policy name, key_column name, setting text,
                                   command text default 'all') returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, policy, command, null, forum_key_rule(tbl, key_column, setting),
                               'forum_keyed_policy');
end
$$;

-- Rows only the schema's owner reaches (it runs the migrations, the bulk loads of the benchmarks, and the
-- functions declared security definer that do housekeeping for every tenant); the application role never does.
create function forum_owner_policy(tbl regclass, policy name, command text, rule text) returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, policy, command, current_user::regrole, rule, 'forum_owner_policy');
end
$$;

-- A table every tenant's rows of which the relay (publisher, rebuild) reads: the requests' role reaches the rows
-- its tenant_rule admits, the relay reads every row and changes none, the schema's owner keeps every row.
create function forum_relayed_table(tbl regclass, policy name, tenant_rule text, requests regrole, relay regrole)
    returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, policy, 'all', requests, tenant_rule, 'forum_relayed_table');
    execute format('grant select on %s to %s', tbl, relay);
    perform forum_write_policy(tbl, 'relay_reads', 'select', relay, 'true', 'forum_relayed_table');
    perform forum_owner_policy(tbl, 'schema_owner', 'all', 'true');
end
$$;
