-- Mail through an outbox (issue 26): each mail is a row written in the transaction that decides it is due (an
-- invitation, a password link) or by the projection that derives it from an event; a sender job sends the due rows
-- later. A mail is one row per (tenant, dedup_key), so a record delivered twice, a retry or a second instance never
-- makes a second one. The words are composed when the mail is first sent or kept (subject, html and text are null
-- until then), from the facts the row holds, in its language. Holds personal data (the recipient's address and name,
-- an invitation's name, an action item's text): erasing a data subject deletes the rows to it (recipient_subject,
-- recipient_account_id) and about it (about_subject), whether a coordinator or the retention job erases it.
create table mail_outbox (
    mail_id              uuid         primary key,
    tenant_id            uuid         not null,
    dedup_key            varchar(300) not null,
    kind                 varchar(40)  not null,
    recipient_account_id uuid,
    recipient_subject    varchar(80),
    about_subject        varchar(80),
    recipient_address    varchar(320) not null,
    recipient_name       varchar(200),
    language             varchar(8)   not null,
    facts                jsonb        not null default '{}',
    subject              text,
    html                 text,
    text                 text,
    ics                  text,
    ics_method           varchar(16),
    created_at           timestamptz  not null,
    state                varchar(10)  not null default 'pending'
        check (state in ('pending', 'sent', 'kept', 'failed')),
    attempts             integer      not null default 0,
    next_attempt_at      timestamptz  not null,
    last_error           text,
    sent_at              timestamptz,
    unique (tenant_id, dedup_key)
);
create index mail_outbox_due on mail_outbox (tenant_id, next_attempt_at) where state = 'pending';
create index mail_outbox_by_creation on mail_outbox (tenant_id, created_at desc);
select forum_tenant_table('mail_outbox');

-- A municipality's sender name and reply-to address; without a row, the product's name and no reply-to.
create table mail_sender_settings (
    tenant_id   uuid         primary key,
    sender_name varchar(200) not null,
    reply_to    varchar(320),
    changed_at  timestamptz  not null,
    changed_by  uuid         not null
);
select forum_tenant_table('mail_sender_settings');

-- The optional mails a person turned off (reminders, digest, minutes approved), by e-mail address: the members a
-- mail reaches are known by their address, not all have an account.
create table mail_opt_out (
    tenant_id  uuid         not null,
    address    varchar(320) not null,
    kind       varchar(40)  not null,
    changed_at timestamptz  not null,
    primary key (tenant_id, address, kind)
);
select forum_tenant_table('mail_opt_out');
