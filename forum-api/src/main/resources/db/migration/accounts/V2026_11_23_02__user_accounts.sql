-- Built-in accounts (the default run; production signs in through the municipality's identity provider).
-- Looked up by user name before any tenant is known, so this table has no row-level security;
-- every query on it names the user or the tenant explicitly.
create table user_account (
    user_id       uuid         primary key,
    tenant_id     uuid,
    username      varchar(320) not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    roles         varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
create index user_account_tenant on user_account (tenant_id);
