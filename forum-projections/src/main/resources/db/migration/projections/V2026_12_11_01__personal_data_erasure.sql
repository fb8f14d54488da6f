-- Each erasure of personal data (issue 24): when, why, how many data subjects. No personal data: the subjects are
-- ids, and what they held is gone with their keys.
create table personal_data_erasure (
    tenant_id  uuid         not null,
    erasure_id uuid         not null,
    erased_at  timestamptz  not null,
    reason     varchar(40)  not null,
    subjects   jsonb        not null,
    actor      varchar(255),
    primary key (tenant_id, erasure_id)
);

select forum_tenant_table('personal_data_erasure');
