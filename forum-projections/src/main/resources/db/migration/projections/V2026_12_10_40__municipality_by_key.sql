-- A network invites a municipality by its official key (DK-657, SE-1780, NO-1835), which is in another tenant and
-- so out of reach of row-level security. This function answers, for one exact key, the municipality's tenant id and
-- name and nothing more: a municipality's name and official key are public (the countries publish them), and its
-- tenant id is the handle the invitation needs, which gives nobody its data (every read model stays under its
-- tenant). No listing, no partial match: whoever calls it learns only whether the key they already know has signed
-- up. Keys are compared regardless of case (se-1780 is SE-1780). It runs as the schema's owner, whose own policy
-- below admits reading this one table, for this function.
select forum_owner_policy('statistics_municipality', 'key_lookup', 'select', 'true');

create function municipality_by_key(key text) returns table (tenant_id uuid, name varchar)
    language sql stable security definer set search_path from current
as $$
    select s.tenant_id, s.name from statistics_municipality s where upper(s.municipality_key) = upper(key)
$$;

revoke execute on function municipality_by_key(text) from public;
grant execute on function municipality_by_key(text) to ${app_role};
