-- Member files and the lifecycle ledger (PRODUCT.md capability 2). member_event is append-only: a correction voids an
-- event (voided_at, voided_by, void_reason) and records a new one. member_period and the status/org_code columns of
-- member are projections of the ledger, rebuilt in the same transaction as every change.

create table member (
    id                  bigint generated always as identity primary key,
    member_no           varchar(30)  not null unique,
    full_name           varchar(200) not null,
    given_name          varchar(100) not null,
    name_folded         varchar(200) not null,
    gender              varchar(6)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date          date         not null,
    ethnicity           varchar(50)  not null,
    religion            varchar(50),
    education           varchar(20),
    professional_level  varchar(20) check (professional_level in ('NONE', 'VOCATIONAL', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR')),
    political_theory    varchar(20) check (political_theory in ('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED')),
    card_no             varchar(30)  unique,
    national_id         varchar(12)  unique check (national_id ~ '^[0-9]{12}$'),
    place_of_birth      varchar(300),
    hometown            varchar(300),
    residence           varchar(300),
    occupation          varchar(300),
    status              varchar(20)  not null default 'NOT_ADMITTED'
        check (status in ('NOT_ADMITTED', 'PROBATIONARY', 'OFFICIAL', 'OUTSIDE', 'DIED')),
    org_code            varchar(100),
    exempted            boolean      not null default false,
    created_at          timestamp with time zone not null default now()
);

create index member_org_code on member (org_code);
/* [jooq ignore start] */
create index member_name_folded on member (name_folded text_pattern_ops);
create index member_name_words on member using gin (to_tsvector('simple', name_folded));
/* [jooq ignore stop] */

create table member_event (
    id             bigint generated always as identity primary key,
    member_id      bigint       not null references member (id),
    type           varchar(20)  not null
        check (type in ('ADMITTED', 'RECOGNIZED', 'NOT_RECOGNIZED', 'TRANSFERRED', 'EXEMPTED', 'EXEMPTION_ENDED',
                        'DISCIPLINED', 'EXPELLED', 'REMOVED', 'LEFT', 'DIED', 'READMITTED', 'BADGE_AWARDED', 'ASSESSED')),
    effective_on   date         not null,
    org_code       varchar(100),
    decision_no    varchar(100),
    decision_date  date,
    detail         varchar(30),
    recorded_at    timestamp with time zone not null default now(),
    recorded_by    varchar(100),
    voided_at      timestamp with time zone,
    voided_by      varchar(100),
    void_reason    varchar(500)
);

create index member_event_member on member_event (member_id, effective_on, id);
create index member_event_type_date on member_event (type, effective_on);

-- the state of each member over time: [valid_from, valid_to) with the status, organization and exemption
create table member_period (
    member_id   bigint       not null references member (id),
    valid_from  date         not null,
    valid_to    date         not null,
    status      varchar(20)  not null,
    org_code    varchar(100),
    exempted    boolean      not null,
    primary key (member_id, valid_from),
    check (valid_from < valid_to)
);

create index member_period_org on member_period (org_code, valid_from, valid_to);
