-- The read models' policies, rewritten by the helpers (V2026_12_08_10) as they were written by hand before: every
-- table of a tenant's rows is a tenant table (forum_tenant_table); the network statistics are also read by the
-- network in scope (forum_network_reader). A new read-model table calls forum_tenant_table in its own migration.

-- The network statistics' facts and names, read by a transaction that has set forum.network_id (NetworkScope): the
-- rows of the municipalities that are or were members of that network, of no other, and only read.
create function forum_network_reader(tbl regclass) returns void
    language plpgsql
as $$
begin
    perform forum_write_policy(tbl, 'network_reader', 'select', null,
                               $rule$tenant_id in (select m.tenant_id from network_membership m
                                   where m.network_id = nullif(current_setting('forum.network_id', true), '')::uuid)$rule$,
                               'forum_network_reader');
end
$$;

select forum_tenant_table('municipality_profile');
select forum_tenant_table('forum');
select forum_tenant_table('forum_member');
select forum_tenant_table('meeting');
select forum_tenant_table('meeting_attendance');
select forum_tenant_table('meeting_decision');
select forum_tenant_table('meeting_action_item');
select forum_tenant_table('action_item_meeting');
select forum_tenant_table('action_item');
select forum_tenant_table('venue');
select forum_tenant_table('venue_issue');
select forum_tenant_table('venue_recommendation');
select forum_tenant_table('venue_decision');
select forum_tenant_table('venue_timeline_entry');
-- Written under each tenant (by the view event_ledger_applied's trigger when a batch holds many tenants).
select forum_tenant_table('event_ledger');

-- A membership is written under the member's tenant and read by the network it belongs to.
select forum_tenant_table('network_membership');
select forum_keyed_policy('network_membership', 'network_reader', 'network_id', 'forum.network_id', 'select');

select forum_tenant_table('statistics_municipality');
select forum_network_reader('statistics_municipality');
select forum_tenant_table('statistics_meeting');
select forum_network_reader('statistics_meeting');
select forum_tenant_table('statistics_attendance');
select forum_network_reader('statistics_attendance');
select forum_tenant_table('statistics_issue');
select forum_network_reader('statistics_issue');
select forum_tenant_table('statistics_recommendation');
select forum_network_reader('statistics_recommendation');
select forum_tenant_table('statistics_decision');
select forum_network_reader('statistics_decision');
select forum_tenant_table('statistics_venue');
select forum_network_reader('statistics_venue');
