-- A network's invitations to municipalities: one row per network and municipality, its latest state. Written under
-- the invited municipality's tenant, read by that municipality and by the network in scope.
create table network_invitation (
    network_id uuid        not null,
    tenant_id  uuid        not null,
    invited_at timestamptz not null,
    state      varchar(20) not null check (state in ('STANDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    settled_at timestamptz,
    primary key (network_id, tenant_id)
);

select forum_tenant_table('network_invitation');
select forum_keyed_policy('network_invitation', 'network_reader', 'network_id', 'forum.network_id', 'select');

-- A network sees the names of the municipalities it invited, as it sees its members' (name and key only).
create function forum_network_inviter(tbl regclass) returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, 'network_inviter', 'select', null,
                               $rule$tenant_id in (select i.tenant_id from network_invitation i
                                   where i.network_id = nullif(current_setting('forum.network_id', true), '')::uuid)$rule$,
                               'forum_network_inviter');
end
$$;

select forum_network_inviter('statistics_municipality');
