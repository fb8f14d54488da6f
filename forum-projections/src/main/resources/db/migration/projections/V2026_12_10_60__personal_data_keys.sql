-- The key of each data subject (issue 24, crypto-shredding): a Tink AEAD keyset that seals the subject's personal
-- data, stored encrypted with the master key (forum.personal-data.master-key, never in the database), so that a dump
-- of the database alone opens nothing. Deleting a subject's row erases every value sealed with it. A subject is named
-- within its tenant (forum.projections.personaldata); only that tenant reads, creates or deletes its keys.
create table personal_data_key (
    tenant_id  uuid         not null,
    subject_id varchar(200) not null check (subject_id <> ''),
    keyset     bytea        not null,
    created_at timestamptz  not null default now(),
    primary key (tenant_id, subject_id)
);

select forum_tenant_table('personal_data_key');
