-- What the platform operator sees of the outbox (issue 26: kept mails shown to the operator and the coordinator): per
-- municipality, kind and state, how many mails and when the latest was made and sent. Never an address, a name or a
-- word of a mail: those are the municipality's people's, which the operator does not read. The outbox stays closed
-- to the operator's transactions; this function reads it one municipality at a time, under that municipality, as
-- the schema's owner, and answers only the counts. It answers only inside the operator's reading (OperatorScope).
create function operator_mail_summary()
    returns table (tenant_id uuid, kind varchar, state varchar, mails bigint, latest_created timestamptz,
                   latest_sent timestamptz)
    language plpgsql security definer set search_path from current
as $$
#variable_conflict use_column
declare
    entered text := current_setting('forum.tenant_id', true);
    municipality uuid;
begin
    if nullif(current_setting('forum.operator', true), '') is distinct from 'on' then
        raise exception 'only the operator''s reading summarises the outbox' using errcode = 'insufficient_privilege';
    end if;
    for municipality in select o.tenant_id from operator_municipality o order by o.tenant_id loop
        perform set_config('forum.tenant_id', municipality::text, true);
        return query select m.tenant_id, m.kind, m.state, count(*), max(m.created_at), max(m.sent_at)
                     from mail_outbox m where m.tenant_id = municipality
                     group by m.tenant_id, m.kind, m.state;
    end loop;
    perform set_config('forum.tenant_id', coalesce(entered, ''), true);
end
$$;
revoke execute on function operator_mail_summary() from public;
grant execute on function operator_mail_summary() to ${app_role};
