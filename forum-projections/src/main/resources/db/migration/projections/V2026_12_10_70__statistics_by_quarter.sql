-- The network statistics' counts per municipality and quarter, so that a network's trend over eight quarters reads a
-- few rows per member instead of aggregating every fact of those quarters on each view (BENCHMARKS.md, pages).
--
-- A row is a function of the facts alone, kept by the fact tables' statement triggers from what each statement
-- changed (its transition tables): the issues, recommendations, decisions and venues a statement inserted are added
-- to their quarters' counts; whatever else a statement does (a meeting's changes, attendance replaced, a rebuild's
-- delete) has the quarters it touched, before and after the change, counted again from the facts. An event
-- delivered again inserts no fact ("on conflict do nothing"), so it adds nothing. So the counts equal the facts
-- whatever wrote them, in whatever order: the consumers, a rebuild, the SQL that fills the benchmarks' database.

-- A quarter is named by its first day in Scandinavian time (Quarter.ZONE); only counts above zero are kept.
create table statistics_quarter (
    tenant_id uuid        not null,
    quarter   date        not null,
    figure    varchar(20) not null check (figure in ('MEETINGS_HELD', 'PRESENT', 'EXPECTED', 'ISSUES',
                                                     'RECOMMENDATIONS', 'DECISIONS', 'VENUES')),
    -- The role (PRESENT, EXPECTED), category, kind or outcome; empty for meetings held and venues.
    code      varchar(40) not null,
    count     bigint      not null check (count > 0),
    primary key (tenant_id, quarter, figure, code)
);

select forum_tenant_table('statistics_quarter');
select forum_network_reader('statistics_quarter');

create function statistics_quarter_of(instant timestamptz) returns date
    language sql stable
as $$
select date_trunc('quarter', instant at time zone 'Europe/Stockholm')::date
$$;

-- The quarters named by their first days, each with its first instant and the first instant after it.
create function statistics_quarter_bounds(quarters date[]) returns table (quarter date, starts timestamptz, ends timestamptz)
    language sql stable
as $$
select q, q::timestamp at time zone 'Europe/Stockholm', (q + interval '3 months')::timestamp at time zone 'Europe/Stockholm'
from unnest(quarters) q
$$;

-- Counts one family of figures of one tenant in these quarters from the facts, in place of what was counted before.
-- Runs under that tenant (forum.tenant_id), entered by the caller.
create function statistics_count_quarters(tenant uuid, family text, quarters date[]) returns void
    language plpgsql
as $$
begin
    if family = 'MEETINGS' then
        delete from statistics_quarter r where r.tenant_id = tenant and r.quarter = any(quarters)
                                           and r.figure in ('MEETINGS_HELD', 'PRESENT', 'EXPECTED');
        -- Held: not cancelled, with attendance or minutes recorded; in the quarter of its start.
        with held as (
            select s.meeting_id, b.quarter from statistics_quarter_bounds(quarters) b
            join statistics_meeting s on s.tenant_id = tenant and s.starts_at >= b.starts and s.starts_at < b.ends
            where not s.cancelled and (s.attendance_recorded or s.minutes_recorded)),
        attended as (
            select h.quarter, a.role, sum(a.present) as present, sum(a.present + a.absent) as expected
            from held h join statistics_attendance a on a.tenant_id = tenant and a.meeting_id = h.meeting_id
            group by h.quarter, a.role)
        insert into statistics_quarter (tenant_id, quarter, figure, code, count)
        select tenant, h.quarter, 'MEETINGS_HELD', '', count(*) from held h group by h.quarter
        union all
        select tenant, a.quarter, 'PRESENT', a.role, a.present from attended a where a.present > 0
        union all
        select tenant, a.quarter, 'EXPECTED', a.role, a.expected from attended a where a.expected > 0;
        return;
    end if;
    delete from statistics_quarter r where r.tenant_id = tenant and r.quarter = any(quarters) and r.figure = family;
    if family = 'ISSUES' then
        insert into statistics_quarter (tenant_id, quarter, figure, code, count)
        select tenant, b.quarter, family, s.category, count(*) from statistics_quarter_bounds(quarters) b
        join statistics_issue s on s.tenant_id = tenant and s.observed_at >= b.starts and s.observed_at < b.ends
        group by b.quarter, s.category;
    elsif family = 'RECOMMENDATIONS' then
        insert into statistics_quarter (tenant_id, quarter, figure, code, count)
        select tenant, b.quarter, family, s.kind, count(*) from statistics_quarter_bounds(quarters) b
        join statistics_recommendation s on s.tenant_id = tenant and s.issued_at >= b.starts and s.issued_at < b.ends
        group by b.quarter, s.kind;
    elsif family = 'DECISIONS' then
        insert into statistics_quarter (tenant_id, quarter, figure, code, count)
        select tenant, b.quarter, family, s.outcome, count(*) from statistics_quarter_bounds(quarters) b
        join statistics_decision s on s.tenant_id = tenant and s.recorded_at >= b.starts and s.recorded_at < b.ends
        group by b.quarter, s.outcome;
    elsif family = 'VENUES' then
        insert into statistics_quarter (tenant_id, quarter, figure, code, count)
        select tenant, b.quarter, family, '', count(*) from statistics_quarter_bounds(quarters) b
        join statistics_venue s on s.tenant_id = tenant and s.registered_at >= b.starts and s.registered_at < b.ends
        group by b.quarter;
    else
        raise exception 'No family of statistics named %', family;
    end if;
end
$$;

-- The trigger of a fact table: TG_ARGV[0] is the family of figures it counts in, TG_ARGV[1] the column that puts a
-- fact in its quarter (an instant, or the meeting whose start does). Each tenant of the statement's rows is entered
-- in turn, as the event ledger's trigger does: rows the statement could write, it wrote under that tenant or as one
-- of the batch's tenants (forum.batch_tenants); the tenant entered before is entered again at the end. A deleted
-- fact (a meeting, an issue...) was counted in its quarter, so the quarters a delete may change are those with counts
-- of its family (key '*'), and its rows need not be read one by one: a rebuild deletes a municipality's every fact.
create function statistics_counted_again() returns trigger
    language plpgsql
as $$
declare
    entered text := current_setting('forum.tenant_id', true);
    family text := TG_ARGV[0];
    field text := TG_ARGV[1];
    tenants uuid[] := '{}';
    keys text[] := '{}';
    more_tenants uuid[];
    more_keys text[];
    tenant uuid;
    tenant_keys text[];
    quarters date[];
begin
    -- The key of a row: its quarter, or (attendance) its meeting, whose quarter only its tenant may read.
    if TG_OP in ('INSERT', 'UPDATE') then
        select coalesce(array_agg(k.tenant_id), '{}'), coalesce(array_agg(k.key), '{}') into more_tenants, more_keys
        from (select distinct n.tenant_id, case when field = 'meeting_id' then to_jsonb(n) ->> field
                  else statistics_quarter_of((to_jsonb(n) ->> field)::timestamptz)::text end as key
              from new_rows n) k;
        tenants := tenants || more_tenants;
        keys := keys || more_keys;
    end if;
    if TG_OP = 'DELETE' and field <> 'meeting_id' then
        select coalesce(array_agg(distinct o.tenant_id), '{}') into more_tenants from old_rows o;
        tenants := tenants || more_tenants;
        keys := keys || array_fill('*'::text, array[cardinality(more_tenants)]);
    elsif TG_OP in ('UPDATE', 'DELETE') then
        select coalesce(array_agg(k.tenant_id), '{}'), coalesce(array_agg(k.key), '{}') into more_tenants, more_keys
        from (select distinct o.tenant_id, case when field = 'meeting_id' then to_jsonb(o) ->> field
                  else statistics_quarter_of((to_jsonb(o) ->> field)::timestamptz)::text end as key
              from old_rows o) k;
        tenants := tenants || more_tenants;
        keys := keys || more_keys;
    end if;
    for tenant, tenant_keys in
        select k.tenant_id, array_agg(distinct k.key) from unnest(tenants, keys) k(tenant_id, key) group by k.tenant_id
    loop
        perform set_config('forum.tenant_id', tenant::text, true);
        quarters := case when field = 'meeting_id'
            then array(select statistics_quarter_of(s.starts_at) from statistics_meeting s
                       where s.tenant_id = tenant and s.meeting_id = any(tenant_keys::uuid[]))
            else array(select k::date from unnest(tenant_keys) k where k <> '*') end;
        if '*' = any(tenant_keys) then
            quarters := quarters || array(select r.quarter from statistics_quarter r where r.tenant_id = tenant
                and r.figure = case when family = 'MEETINGS' then 'MEETINGS_HELD' else family end);
        end if;
        perform statistics_count_quarters(tenant, family, array(select distinct q from unnest(quarters) q));
    end loop;
    perform set_config('forum.tenant_id', coalesce(entered, ''), true);
    return null;
end
$$;

-- The insert trigger of a fact table of the cases: the rows inserted, which no count holds yet, added to their
-- quarters' counts. TG_ARGV[0]: the family. Each tenant is entered in turn, as by statistics_counted_again. The rows
-- are read by a statement per table, not through to_jsonb: a rebuild inserts every fact through here.
create function statistics_counted_added() returns trigger
    language plpgsql
as $$
declare
    entered text := current_setting('forum.tenant_id', true);
    family text := TG_ARGV[0];
    added_rows refcursor;
    tenant uuid;
    in_tenant uuid;
    in_quarter date;
    of_code text;
    added bigint;
begin
    if TG_TABLE_NAME = 'statistics_issue' then
        open added_rows for select n.tenant_id, statistics_quarter_of(n.observed_at), n.category, count(*)
                            from new_rows n group by 1, 2, 3 order by 1;
    elsif TG_TABLE_NAME = 'statistics_recommendation' then
        open added_rows for select n.tenant_id, statistics_quarter_of(n.issued_at), n.kind, count(*)
                            from new_rows n group by 1, 2, 3 order by 1;
    elsif TG_TABLE_NAME = 'statistics_decision' then
        open added_rows for select n.tenant_id, statistics_quarter_of(n.recorded_at), n.outcome, count(*)
                            from new_rows n group by 1, 2, 3 order by 1;
    elsif TG_TABLE_NAME = 'statistics_venue' then
        open added_rows for select n.tenant_id, statistics_quarter_of(n.registered_at), '', count(*)
                            from new_rows n group by 1, 2 order by 1;
    else
        raise exception 'No counts per quarter of %', TG_TABLE_NAME;
    end if;
    loop
        fetch added_rows into in_tenant, in_quarter, of_code, added;
        exit when not found;
        if tenant is distinct from in_tenant then
            tenant := in_tenant;
            perform set_config('forum.tenant_id', tenant::text, true);
        end if;
        insert into statistics_quarter as r (tenant_id, quarter, figure, code, count)
        values (tenant, in_quarter, family, of_code, added)
        on conflict (tenant_id, quarter, figure, code) do update set count = r.count + excluded.count;
    end loop;
    close added_rows;
    perform set_config('forum.tenant_id', coalesce(entered, ''), true);
    return null;
end
$$;

create trigger counted_after_insert after insert on statistics_meeting referencing new table as new_rows
    for each statement execute function statistics_counted_again('MEETINGS', 'starts_at');
create trigger counted_after_update after update on statistics_meeting
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_counted_again('MEETINGS', 'starts_at');
create trigger counted_after_delete after delete on statistics_meeting referencing old table as old_rows
    for each statement execute function statistics_counted_again('MEETINGS', 'starts_at');

create trigger counted_after_insert after insert on statistics_attendance referencing new table as new_rows
    for each statement execute function statistics_counted_again('MEETINGS', 'meeting_id');
create trigger counted_after_update after update on statistics_attendance
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_counted_again('MEETINGS', 'meeting_id');
create trigger counted_after_delete after delete on statistics_attendance referencing old table as old_rows
    for each statement execute function statistics_counted_again('MEETINGS', 'meeting_id');

create trigger counted_after_insert after insert on statistics_issue referencing new table as new_rows
    for each statement execute function statistics_counted_added('ISSUES');
create trigger counted_after_update after update on statistics_issue
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_counted_again('ISSUES', 'observed_at');
create trigger counted_after_delete after delete on statistics_issue referencing old table as old_rows
    for each statement execute function statistics_counted_again('ISSUES', 'observed_at');

create trigger counted_after_insert after insert on statistics_recommendation referencing new table as new_rows
    for each statement execute function statistics_counted_added('RECOMMENDATIONS');
create trigger counted_after_update after update on statistics_recommendation
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_counted_again('RECOMMENDATIONS', 'issued_at');
create trigger counted_after_delete after delete on statistics_recommendation referencing old table as old_rows
    for each statement execute function statistics_counted_again('RECOMMENDATIONS', 'issued_at');

create trigger counted_after_insert after insert on statistics_decision referencing new table as new_rows
    for each statement execute function statistics_counted_added('DECISIONS');
create trigger counted_after_update after update on statistics_decision
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_counted_again('DECISIONS', 'recorded_at');
create trigger counted_after_delete after delete on statistics_decision referencing old table as old_rows
    for each statement execute function statistics_counted_again('DECISIONS', 'recorded_at');

create trigger counted_after_insert after insert on statistics_venue referencing new table as new_rows
    for each statement execute function statistics_counted_added('VENUES');
create trigger counted_after_update after update on statistics_venue
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_counted_again('VENUES', 'registered_at');
create trigger counted_after_delete after delete on statistics_venue referencing old table as old_rows
    for each statement execute function statistics_counted_again('VENUES', 'registered_at');

-- The counts of the facts already there, counted by the owner (Flyway's role) past row-level security for the length
-- of this migration's transaction: forced on every table of a tenant's rows, it would show the owner no tenant's rows.
alter table statistics_meeting no force row level security;
alter table statistics_attendance no force row level security;
alter table statistics_issue no force row level security;
alter table statistics_recommendation no force row level security;
alter table statistics_decision no force row level security;
alter table statistics_venue no force row level security;
alter table statistics_quarter no force row level security;

do $$
declare
    tenant uuid;
begin
    for tenant in select tenant_id from statistics_meeting union select tenant_id from statistics_issue
                  union select tenant_id from statistics_recommendation union select tenant_id from statistics_decision
                  union select tenant_id from statistics_venue
    loop
        perform set_config('forum.tenant_id', tenant::text, true);
        perform statistics_count_quarters(tenant, 'MEETINGS',
            array(select distinct statistics_quarter_of(starts_at) from statistics_meeting where tenant_id = tenant));
        perform statistics_count_quarters(tenant, 'ISSUES',
            array(select distinct statistics_quarter_of(observed_at) from statistics_issue where tenant_id = tenant));
        perform statistics_count_quarters(tenant, 'RECOMMENDATIONS',
            array(select distinct statistics_quarter_of(issued_at) from statistics_recommendation where tenant_id = tenant));
        perform statistics_count_quarters(tenant, 'DECISIONS',
            array(select distinct statistics_quarter_of(recorded_at) from statistics_decision where tenant_id = tenant));
        perform statistics_count_quarters(tenant, 'VENUES',
            array(select distinct statistics_quarter_of(registered_at) from statistics_venue where tenant_id = tenant));
    end loop;
    perform set_config('forum.tenant_id', '', true);
end
$$;

alter table statistics_meeting force row level security;
alter table statistics_attendance force row level security;
alter table statistics_issue force row level security;
alter table statistics_recommendation force row level security;
alter table statistics_decision force row level security;
alter table statistics_venue force row level security;
alter table statistics_quarter force row level security;
