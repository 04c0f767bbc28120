-- The annual quality assessment (DOMAIN.md §4): one round per assessment year and grassroots organization, its entries
-- per member, closed by a decision after which the grades are ASSESSED events of the member ledger (31 December).
create table assessment_round (
    id              bigint generated always as identity primary key,
    year            integer      not null check (year >= 2018),
    org_code        varchar(100) not null,
    regulation      varchar(100) not null,
    status          varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    decision_no     varchar(100),
    decision_date   date,
    decision_issuer varchar(300),
    opened_by       varchar(100),
    opened_at       timestamp with time zone not null default now(),
    closed_by       varchar(100),
    closed_at       timestamp with time zone,
    unique (year, org_code),
    check (status = 'OPEN' or (decision_no is not null and decision_date is not null))
);

-- member_no and org_code name the member module's records by their codes: modules do not share tables
create table assessment_entry (
    round_id        bigint       not null references assessment_round (id),
    member_no       varchar(30)  not null,
    full_name       varchar(200) not null,
    org_code        varchar(100) not null,
    excluded_reason varchar(20) check (excluded_reason in ('ADMITTED_RECENTLY', 'EXEMPTED')),
    score           numeric(5, 2) check (score between 0 and 100),
    grade           varchar(20) check (grade in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    sick            boolean      not null default false,
    graded_by       varchar(100),
    graded_at       timestamp with time zone,
    primary key (round_id, member_no),
    check (excluded_reason is null or (grade is null and score is null))
);
