-- The event store's policies, rewritten by the helper (V2026_12_08_10) as they were written by hand before: the
-- requests' role (${app_role}) reaches the events of the tenant its transaction entered and the national networks'
-- (aggregate type Network: shared by their member municipalities, no personal data), and the snapshots of the
-- aggregates whose events it reaches; the relay (${relay_role}: publisher, rebuild) reads every tenant's; the
-- schema's owner keeps every row.
select forum_relayed_table('domain_event_entry', 'tenant_events',
    $rule$event_tenant(meta_data) = current_setting('forum.tenant_id', true) or type = 'Network'$rule$,
    '${app_role}', '${relay_role}');

select forum_relayed_table('snapshot_event_entry', 'tenant_snapshots',
    $rule$exists (select 1 from domain_event_entry e
                  where e.aggregate_identifier = snapshot_event_entry.aggregate_identifier)$rule$,
    '${app_role}', '${relay_role}');
