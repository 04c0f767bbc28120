-- Organizations graded too (R-ASM-1, DOMAIN.md §4): in a round, the grassroots organization itself and each party
-- organization under it on 31 December (sub-committees, cells) gets one of the four grades — from 2025 by its score
-- (R-ASM-4) — or is not rated when established less than 6 months before (R-ASM-3). Written while the round is open,
-- kept as they stood (name, type, parent) when it is closed by its decision.
create table assessment_org_entry (
    round_id        bigint       not null references assessment_round (id),
    org_code        varchar(100) not null,
    org_name        varchar(300) not null,
    org_type        varchar(30)  not null,
    parent_code     varchar(100),
    excluded_reason varchar(30) check (excluded_reason in ('ESTABLISHED_RECENTLY')),
    score           numeric(5, 2) check (score between 0 and 100),
    grade           varchar(20) check (grade in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    -- QĐ 366 (from 2025): a collective with a disciplined subordinate organization or leadership member is not rated
    -- EXCELLENT; neither is recorded elsewhere, so whoever grades says so
    disciplined     boolean      not null default false,
    graded_by       varchar(100),
    graded_at       timestamp with time zone,
    primary key (round_id, org_code),
    check (excluded_reason is null or (grade is null and score is null))
);

-- the roll-up reads the grades of a year's organizations by their codes
create index assessment_org_entry_org_code on assessment_org_entry (org_code);
