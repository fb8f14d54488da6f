-- Tamper evidence (forum.api.audit.chain, docs/audit.md "Tamper evidence"): each tenant's events, and the national
-- networks' (chain 'network'), form a hash chain in global_index order. A link row per event: the digest of the
-- event's stored content and the link over the previous link and that digest. Kept apart from domain_event_entry, so
-- that an edited event no longer matches its digest. Written by the chainer as the schema's owner, which alone writes
-- here; the requests' role reads its own tenant's rows (the offline bundle of a case), nobody else's.
create table event_chain_link (
    global_index         bigint       primary key,
    chain                varchar(40)  not null,
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    digest               bytea        not null,
    link                 bytea        not null
);
create index event_chain_link_by_chain on event_chain_link (chain, global_index);
-- Swapped events are told apart from edited ones by where the chain has the event that stands at a place.
create index event_chain_link_by_event on event_chain_link (event_identifier);

-- How far the chainer has come in the store: every event up to global_index has its link.
create table event_chain_position (
    chainer      varchar(40) primary key,
    global_index bigint      not null
);
insert into event_chain_position (chainer, global_index) values ('chain', 0);

-- Signed checkpoints: the chain's link after its first event_count events, signed with the operator's Ed25519 key.
-- A copy of each is appended to a file per chain (forum.audit.checkpoint-directory), kept apart from the database.
create table event_chain_checkpoint (
    chain        varchar(40) not null,
    event_count  bigint      not null,
    global_index bigint      not null,
    link         bytea       not null,
    signed_at    timestamptz not null,
    public_key   bytea       not null,
    signature    bytea       not null,
    primary key (chain, event_count)
);

revoke insert, update, delete, truncate on event_chain_link, event_chain_checkpoint from ${app_role};
revoke all on event_chain_position from ${app_role};
select forum_keyed_policy('event_chain_link', 'own_tenant_chain', 'chain', 'forum.tenant_id', 'select');
select forum_keyed_policy('event_chain_checkpoint', 'own_tenant_checkpoints', 'chain', 'forum.tenant_id', 'select');
select forum_owner_policy('event_chain_link', 'schema_owner', 'all', 'true');
select forum_owner_policy('event_chain_checkpoint', 'schema_owner', 'all', 'true');
select forum_owner_policy('event_chain_position', 'schema_owner', 'all', 'true');
