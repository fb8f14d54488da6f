-- A municipality's agreements with its venues and the training of the venues' staff. The signatories' names, the
-- commitments in the venue's own words and an ending's note are personal data (subject "agreement"): shown to the
-- municipality's own users only, never in the public member list, and erased with the agreement's key. Whether an
-- agreement is in force, lapsed or ended, and a venue's status in the method, are read from the dates.
create table venue_agreement (
    tenant_id               uuid         not null,
    agreement_id            uuid         not null,
    venue_id                uuid         not null,
    method                  varchar(40)  not null,
    signed_on               date         not null,
    signed_for_venue        varchar(200) not null,
    signed_for_municipality varchar(200) not null,
    commitments             jsonb        not null,
    other_commitments       text,
    staff_count             integer      not null,
    renewal_due             date         not null,
    renewed_on              date,
    ended_on                date,
    end_reason              varchar(40),
    end_note                text,
    sequence                bigint       not null,
    primary key (tenant_id, agreement_id)
);
create index venue_agreement_by_venue on venue_agreement (tenant_id, venue_id, signed_on);
create index venue_agreement_by_renewal on venue_agreement (tenant_id, renewal_due) where ended_on is null;

create table venue_training (
    tenant_id     uuid         not null,
    training_id   uuid         not null,
    venue_id      uuid         not null,
    kind          varchar(40)  not null,
    course_name   varchar(200),
    provider      varchar(200) not null,
    trained_on    date         not null,
    staff_trained integer      not null,
    valid_until   date         not null,
    primary key (tenant_id, training_id)
);
create index venue_training_by_venue on venue_training (tenant_id, venue_id, valid_until);

select forum_tenant_table('venue_agreement');
select forum_tenant_table('venue_training');
