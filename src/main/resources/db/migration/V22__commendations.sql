-- The register of commendations (khen thưởng): a decision (number, date, issuer, form of commendation, reason, the year
-- it is for) and its recipients, members by number and organizations by code. Append-only: a wrong entry is voided
-- with a reason, never deleted. member_no and the organization codes name the member and organization modules' records
-- by their codes: modules do not share tables.
create table commendation (
    id               bigint generated always as identity primary key,
    org_code         varchar(100)  not null,
    decision_no      varchar(100)  not null,
    decision_date    date          not null,
    issuer           varchar(300)  not null,
    form             varchar(40)   not null check (form in ('ORDER', 'MEDAL', 'EMULATION_FLAG', 'CERTIFICATE_OF_MERIT',
                                                            'LETTER_OF_COMMENDATION', 'EXEMPLARY_ORGANIZATION',
                                                            'EXEMPLARY_ORGANIZATION_5_YEARS', 'EXEMPLARY_MEMBER',
                                                            'EXEMPLARY_MEMBER_5_YEARS')),
    reason           varchar(1000) not null,
    achievement_year integer check (achievement_year between 1930 and 2100),
    recorded_by      varchar(100),
    recorded_at      timestamp with time zone not null default now(),
    voided_by        varchar(100),
    voided_at        timestamp with time zone,
    void_reason      varchar(500),
    check (voided_at is null or void_reason is not null)
);

create index commendation_decision_date on commendation (decision_date);

-- org_code: the organization the recipient belonged to on the decision date (a member's cell; an organization itself),
-- by which the register and the year-end summary attribute the commendation to a subtree (by the tree of that date)
create table commendation_recipient (
    commendation_id  bigint       not null references commendation (id),
    position         integer      not null,
    kind             varchar(12)  not null check (kind in ('MEMBER', 'ORGANIZATION')),
    member_no        varchar(30),
    recipient_code   varchar(100),
    name             varchar(300) not null,
    org_code         varchar(100) not null,
    posthumous       boolean      not null default false,
    primary key (commendation_id, position),
    unique (commendation_id, member_no),
    unique (commendation_id, recipient_code),
    check ((kind = 'MEMBER') = (member_no is not null)),
    check ((kind = 'ORGANIZATION') = (recipient_code is not null)),
    check (kind = 'MEMBER' or not posthumous)
);

create index commendation_recipient_org on commendation_recipient (org_code);
create index commendation_recipient_member on commendation_recipient (member_no);

/* [jooq ignore start] */
-- one decision is recorded once: the same number, date and issuer again is a second entry of the same paper
create unique index commendation_decision_once on commendation (decision_no, decision_date, lower(issuer))
    where voided_at is null;
/* [jooq ignore stop] */

/* [jooq ignore start] */
-- the audit trail records commendations recorded and voided, like every other change
alter table audit_record drop constraint audit_record_kind_check;
alter table audit_record add constraint audit_record_kind_check
    check (kind in ('RESTRUCTURING', 'MEMBER_REGISTERED', 'MEMBER_CORRECTED', 'MEMBER_EVENT_RECORDED',
                    'MEMBER_EVENT_VOIDED', 'MEMBER_VIEWED', 'EXPORT', 'IMPORT', 'USER_ADDED', 'USER_ENABLED',
                    'USER_DISABLED', 'USER_ROLE_GRANTED', 'USER_ROLE_REVOKED', 'PASSWORD_CHANGED',
                    'PASSWORD_RESET', 'API_TOKEN_ISSUED', 'API_TOKEN_REVOKED', 'ACCOUNT_LOCKED', 'BACKUP',
                    'RESTORE', 'COMMENDATION_RECORDED', 'COMMENDATION_VOIDED'));
/* [jooq ignore stop] */
