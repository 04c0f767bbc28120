-- The audit trail (PRODUCT.md capability 10): one record per change, view of a member's file or export, written in the
-- transaction of the change. Append-only and hash-chained: each record carries the SHA-256 of its own content and of
-- the previous record's hash (prev_hash), so that a changed or deleted record breaks the chain (`audit verify`).
-- before/after hold the state changed, in a canonical JSON form the hash is computed over (see AuditHash).
create table audit_record (
    id              bigint generated always as identity primary key,
    at              timestamp with time zone not null,
    username        varchar(100) not null,
    client_address  varchar(100),
    kind            varchar(30)  not null
        check (kind in ('RESTRUCTURING', 'MEMBER_REGISTERED', 'MEMBER_CORRECTED', 'MEMBER_EVENT_RECORDED',
                        'MEMBER_EVENT_VOIDED', 'MEMBER_VIEWED', 'EXPORT', 'IMPORT', 'USER_ADDED', 'USER_ENABLED',
                        'USER_DISABLED', 'USER_ROLE_GRANTED', 'USER_ROLE_REVOKED', 'PASSWORD_CHANGED',
                        'PASSWORD_RESET', 'API_TOKEN_ISSUED', 'API_TOKEN_REVOKED', 'ACCOUNT_LOCKED', 'BACKUP',
                        'RESTORE')),
    subject         varchar(300),
    org_code        varchar(100),
    decision_no     varchar(100),
    before          jsonb,
    after           jsonb,
    prev_hash       varchar(64)  not null,
    hash            varchar(64)  not null unique
);

create index audit_record_at on audit_record (at);
create index audit_record_username on audit_record (username, at);
create index audit_record_subject on audit_record (subject, at);
create index audit_record_org on audit_record (org_code, at);

/* [jooq ignore start] */
-- Append-only: the application's own statements can never change or remove a record. (The owner of the table can
-- still disable the trigger: in production the application connects as a role that does not own audit_record and
-- has only SELECT and INSERT on it; see the README.)
create function audit_record_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_refuse_change();

create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_refuse_change();
/* [jooq ignore stop] */
