-- Badge rounds (DOMAIN.md §3): for an award date and a subtree, the proposal list (from eligibility, edited with
-- reasons; early awards of R-BADGE-2 with theirs), approved on a decision with badge numbers; awards of living members
-- become BADGE_AWARDED events of the member ledger, posthumous ones stay in this register (no event follows DIED).
create table badge_round (
    id              bigint generated always as identity primary key,
    org_code        varchar(100) not null,
    award_date      date         not null,
    status          varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'APPROVED')),
    decision_no     varchar(100),
    decision_date   date,
    decision_issuer varchar(300),
    opened_by       varchar(100),
    opened_at       timestamp with time zone not null default now(),
    approved_by     varchar(100),
    approved_at     timestamp with time zone,
    check (status = 'OPEN' or (decision_no is not null and decision_date is not null))
);

create index badge_round_award_date on badge_round (award_date);

-- member_no and org_code name the member module's records by their codes: modules do not share tables
create table badge_proposal (
    round_id         bigint       not null references badge_round (id),
    member_no        varchar(30)  not null,
    full_name        varchar(200) not null,
    org_code         varchar(100) not null,
    party_age_months integer      not null,
    badge_years      integer      not null check (badge_years in (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)),
    kind             varchar(20)  not null check (kind in ('ELIGIBLE', 'SERIOUS_ILLNESS', 'POSTHUMOUS')),
    reason           varchar(500),
    removed_reason   varchar(500),
    badge_no         varchar(30) unique,
    added_by         varchar(100),
    added_at         timestamp with time zone not null default now(),
    primary key (round_id, member_no),
    check (kind = 'ELIGIBLE' or reason is not null)
);
