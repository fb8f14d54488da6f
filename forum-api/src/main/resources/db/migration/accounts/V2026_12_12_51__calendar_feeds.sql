-- Subscribed calendars: a secret address per person (the meetings of their forums) and per forum (its meetings),
-- which a calendar reads without signing in. Only the SHA-256 of the address's token is kept, as for invitations;
-- renewing replaces the row, so the old address finds nothing. Reached under its tenant, and, to read it, by
-- whoever holds the token (forum.calendar_feed). The language is the one the feed was made in.
create table calendar_feed (
    feed_id    uuid        primary key,
    token_hash char(64)    not null unique,
    tenant_id  uuid        not null,
    account_id uuid        references user_account (user_id),
    forum_id   uuid,
    language   varchar(8)  not null,
    created_by uuid        not null,
    created_at timestamptz not null,
    constraint calendar_feed_of_a_person_or_a_forum check ((account_id is null) <> (forum_id is null))
);
create unique index calendar_feed_of_person on calendar_feed (tenant_id, account_id) where account_id is not null;
create unique index calendar_feed_of_forum on calendar_feed (tenant_id, forum_id) where forum_id is not null;

select forum_tenant_table('calendar_feed');
select forum_keyed_policy('calendar_feed', 'named_feed', 'token_hash', 'forum.calendar_feed', 'select');
