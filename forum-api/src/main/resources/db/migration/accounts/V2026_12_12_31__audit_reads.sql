-- Every read of an auditor in the auditor's routes (pages /audit/**, JSON /api/v1/audit/**, and routes marked
-- @RecordedRead such as a case's JSON timeline): who read which route with which ids, and when. The coordinator
-- reads the log; nobody changes it through the application: its role may insert and select, nothing more.
create table audit_read (
    read_id   uuid          primary key,
    tenant_id uuid          not null,
    reader_id uuid          not null,
    route     varchar(300)  not null,
    path      varchar(2000) not null,
    ids       jsonb         not null,
    read_at   timestamptz   not null
);
create index audit_read_by_time on audit_read (tenant_id, read_at desc, read_id);

select forum_tenant_table('audit_read');
revoke update, delete, truncate on audit_read from ${app_role};
