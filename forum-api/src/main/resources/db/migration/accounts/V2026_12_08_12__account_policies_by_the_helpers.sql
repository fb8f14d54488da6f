-- The policies of accounts, invitations and Idempotency-Keys, rewritten by the helpers (V2026_12_08_10) as they
-- were written by hand before. Their rows are reached under their tenant and, before a tenant is known, by the one
-- key a transaction names (RowKeys); they take no batch's inserts, so they are not tenant tables of the read
-- models' kind (forum_tenant_table) but keyed ones, their tenant being one of their keys.

select forum_keyed_policy('user_account', 'own_tenant', 'tenant_id', 'forum.tenant_id');
-- The operator and the networks' coordinators have no tenant: their accounts are reached by name only.
select forum_keyed_policy('user_account', 'named_account', 'username', 'forum.username');

select forum_keyed_policy('account_invitation', 'own_tenant', 'tenant_id', 'forum.tenant_id');
-- A network's invitations, issued by the operator, under the network (NetworkScope).
select forum_keyed_policy('account_invitation', 'own_network', 'network_id', 'forum.network_id');
-- Accepting: whoever holds the token may reach its invitation, whatever its tenant or network.
select forum_keyed_policy('account_invitation', 'named_invitation', 'token_hash', 'forum.invitation');

select forum_keyed_policy('idempotency_key', 'own_keys', 'user_id', 'forum.user_id');
-- Only delete_expired_idempotency_keys(), which runs as the schema's owner, sees and deletes expired keys.
select forum_owner_policy('idempotency_key', 'expired_keys_seen', 'select',
                          $rule$created_at < now() - interval '24 hours'$rule$);
select forum_owner_policy('idempotency_key', 'expired_keys_deleted', 'delete',
                          $rule$created_at < now() - interval '24 hours'$rule$);
