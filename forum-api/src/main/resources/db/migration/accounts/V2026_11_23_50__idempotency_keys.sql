-- Idempotency-Key of POST requests: the first answer per (user, key) is kept for 24 hours and replayed to
-- retries. Scoped by user, not only by tenant, so a stored answer is never handed to another person of the
-- tenant. Only a hash of the request is kept (bodies may hold personal data); answers hold identifiers only.
-- Looked up by the signed-in user before anything else, so no row-level security; every query names the user.
create table idempotency_key (
    user_id               uuid         not null,
    idempotency_key       varchar(255) not null,
    tenant_id             uuid,
    request_hash          char(64)     not null,
    -- null while the first request is being handled
    response_status       integer,
    response_content_type varchar(255),
    response_location     varchar(2048),
    response_body         bytea,
    created_at            timestamptz  not null default now(),
    primary key (user_id, idempotency_key)
);
-- Expired keys are deleted lazily, by age.
create index idempotency_key_created_at on idempotency_key (created_at);
