-- Accounts (e-mails, password hashes), invitations (names, e-mails, token hashes) and the answers kept for
-- Idempotency-Keys belong to tenants, so row-level security closes them like the read models. Their lookups come
-- before a tenant is known (sign-in by user name, acceptance by token, a POST's key by its user), so a transaction
-- may also name, in a transaction-local setting (RowKeys), the one row it looks up: it reaches its tenant's rows
-- and rows whose key it holds already, no others. With nothing set it reaches none.

alter table user_account enable row level security;
alter table user_account force row level security;
create policy own_tenant on user_account
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
-- The operator and the networks' coordinators have no tenant: their accounts are reached by name only.
create policy named_account on user_account
    using (username = nullif(current_setting('forum.username', true), ''))
    with check (username = nullif(current_setting('forum.username', true), ''));

alter table account_invitation enable row level security;
alter table account_invitation force row level security;
create policy own_tenant on account_invitation
    using (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('forum.tenant_id', true), '')::uuid);
-- A network's invitations, issued by the operator, under the network (NetworkScope).
create policy own_network on account_invitation
    using (network_id = nullif(current_setting('forum.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('forum.network_id', true), '')::uuid);
-- Accepting: whoever holds the token may reach its invitation, whatever its tenant or network.
create policy named_invitation on account_invitation
    using (token_hash = nullif(current_setting('forum.invitation', true), ''))
    with check (token_hash = nullif(current_setting('forum.invitation', true), ''));

alter table idempotency_key enable row level security;
alter table idempotency_key force row level security;
create policy own_keys on idempotency_key
    using (user_id = nullif(current_setting('forum.user_id', true), '')::uuid)
    with check (user_id = nullif(current_setting('forum.user_id', true), '')::uuid);

-- Expired keys are deleted lazily by whichever request comes, every user's: through this function, which runs as
-- the schema's owner, the only role that may see and delete expired keys, and only those. The application may call
-- it and nothing more; the lifetime is fixed here, so no caller can make live keys expire.
create function delete_expired_idempotency_keys() returns bigint
    language sql security definer set search_path from current
    as $$
        with expired as (delete from idempotency_key where created_at < now() - interval '24 hours' returning 1)
        select count(*) from expired
    $$;
create policy expired_keys_seen on idempotency_key for select to current_user
    using (created_at < now() - interval '24 hours');
create policy expired_keys_deleted on idempotency_key for delete to current_user
    using (created_at < now() - interval '24 hours');
revoke execute on function delete_expired_idempotency_keys() from public;
grant execute on function delete_expired_idempotency_keys() to ${app_role};
