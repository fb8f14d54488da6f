-- An auditor's access ends at a date; a network coordinator belongs to one network and to no tenant.
alter table user_account add column expires_at timestamptz;
alter table user_account add column network_id uuid;

-- Invitations to an account, sent by e-mail: a coordinator invites a member of the own tenant or grants an
-- auditor time-limited access; the operator grants a network's coordinator. Only the SHA-256 of the token is
-- kept, so whoever reads this table cannot accept an invitation. Looked up by that hash before any tenant is
-- known, so no row-level security; every other query names the tenant.
create table account_invitation (
    invitation_id uuid         primary key,
    token_hash    char(64)     not null unique,
    tenant_id     uuid,
    network_id    uuid,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    role          varchar(40)  not null,
    -- when the token stops working
    expires_at    timestamptz  not null,
    -- when the account's access ends (auditor grants); null for members and network coordinators
    access_until  timestamptz,
    invited_by    uuid         not null,
    created_at    timestamptz  not null,
    accepted_at   timestamptz,
    account_id    uuid         references user_account (user_id),
    -- revoked before acceptance, or (auditor grants) access ended early
    revoked_at    timestamptz,
    constraint account_invitation_one_scope check ((tenant_id is null) <> (network_id is null))
);
create index account_invitation_tenant on account_invitation (tenant_id, role) where tenant_id is not null;
