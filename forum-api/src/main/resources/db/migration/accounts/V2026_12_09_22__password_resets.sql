-- Links to choose a new password, made by a coordinator for an account of the municipality (until mail is sent,
-- the coordinator passes the link on). Only the SHA-256 of the token is kept, as for invitations; a link works
-- once and until expires_at. Reached under its tenant, and by whoever holds the token (forum.password_reset).
create table password_reset (
    reset_id    uuid        primary key,
    token_hash  char(64)    not null unique,
    tenant_id   uuid        not null,
    account_id  uuid        not null references user_account (user_id),
    created_by  uuid        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_account on password_reset (account_id);

select forum_tenant_table('password_reset');
select forum_keyed_policy('password_reset', 'named_reset', 'token_hash', 'forum.password_reset');
