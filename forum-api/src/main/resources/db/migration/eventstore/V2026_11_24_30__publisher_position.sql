-- How far the publisher (PublisherLoop) has brought the event store to Kafka: every event up to global_index,
-- except those in gaps (indexes taken by transactions that had not committed yet, published when they do),
-- has been acknowledged by the broker. One instance publishes at a time: the owner, for as long as it renews
-- its lease. Axon's token_entry held this per segment of a pooled processor until now; with no row here the
-- publisher starts from the beginning of the store, and the consumers skip what they have applied already.
create table publisher_position (
    publisher    varchar(100) primary key,
    global_index bigint,
    gaps         bigint[]     not null default '{}',
    owner        varchar(255),
    lease_until  timestamptz  not null default '-infinity'
);
