-- Axon's JDBC event store, with snake_case names (EventSchema in forum-api).
-- Payloads are bytea (never large-object oid); the identity gives the global index, one by one.
create table domain_event_entry (
    global_index         bigint generated always as identity primary key,
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    -- Loading an aggregate and the optimistic lock per aggregate rest on this index.
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_identifier unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number),
    constraint snapshot_event_entry_event_identifier unique (event_identifier)
);

-- Tracking tokens of streaming processors (the Kafka publisher), claimed per segment.
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);
-- Tokens are updated after every batch: leave room on each page for HOT updates.
alter table token_entry set (fillfactor = 50);
