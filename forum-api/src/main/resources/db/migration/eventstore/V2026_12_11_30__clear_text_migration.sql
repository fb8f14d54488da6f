-- The one-time sealing of the personal values that events stored before sealing existed hold in clear text, and the
-- removal of their clear-text copies from Kafka (forum.api.publishing.ClearTextHistory, docs/privacy.md). One row:
-- how far the sealing has come (it resumes after last_global_index), what it changed and when it finished; then the
-- offsets below which the topics' partitions held clear text, and when those records were deleted. Only the schema's
-- owner reads and writes it: the sealing rewrites stored events, which no other role may.
create table clear_text_migration (
    migration         varchar(40) primary key,
    last_global_index bigint      not null default 0,
    events_read       bigint      not null default 0,
    events_sealed     bigint      not null default 0,
    values_erased     bigint      not null default 0,
    started_at        timestamptz,
    finished_at       timestamptz,
    topic_ends        jsonb,
    topics_purged_at  timestamptz
);

revoke all on clear_text_migration from ${app_role};
select forum_owner_policy('clear_text_migration', 'schema_owner', 'all', 'true');

insert into clear_text_migration (migration) values ('personal-data-pd1');
