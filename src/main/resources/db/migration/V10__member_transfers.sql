-- Transfers of party activities as a two-sided handshake (R-TRF-1, R-TRF-2): the sending organization issues the
-- letter (the member is in transit), the receiving one confirms; an official transfer then becomes a TRANSFERRED
-- event of the ledger. A temporary transfer keeps the member in the home organization.
create table member_transfer (
    id               bigint generated always as identity primary key,
    member_id        bigint       not null references member (id),
    kind             varchar(10)  not null check (kind in ('OFFICIAL', 'TEMPORARY')),
    from_org         varchar(100) not null,
    to_org           varchar(100) not null,
    issued_on        date         not null,
    decision_no      varchar(100),
    decision_date    date,
    temporary_until  date,
    received_on      date,
    cancelled_on     date,
    cancel_reason    varchar(500),
    recorded_by      varchar(100),
    recorded_at      timestamp with time zone not null default now(),
    check (received_on is null or cancelled_on is null),
    check (kind = 'OFFICIAL' or temporary_until is not null)
);

create index member_transfer_member on member_transfer (member_id);
/* [jooq ignore start] */
create index member_transfer_pending_from on member_transfer (from_org) where received_on is null and cancelled_on is null;
create index member_transfer_pending_to on member_transfer (to_org) where received_on is null and cancelled_on is null;
/* [jooq ignore stop] */
