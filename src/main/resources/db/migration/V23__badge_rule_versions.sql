-- R-BADGE-4 (DOMAIN.md §3.3): the discipline blocks of a Party badge as dated rule versions. A version is in force from
-- its first day until the next one starts; eligibility applies the version in force on the award date. An
-- administrator adds a version when a new regulation is issued (/badges/rules); versions are never changed or removed
-- once added (the trigger below), so that an award date always finds the rules it was judged by.
-- The months are the waiting period after a discipline of that form; null: that form does not block.
create table badge_discipline_rule (
    valid_from        date         primary key,
    source            varchar(200) not null,
    reprimand_months  integer check (reprimand_months between 1 and 120),
    warning_months    integer check (warning_months between 1 and 120),
    dismissal_months  integer check (dismissal_months between 1 and 120),
    added_by          varchar(100),
    added_at          timestamp with time zone not null default now()
);

-- The versions the code applied before this table (DisciplineWaiting.SEEDED), each with its legal source. The oldest
-- one also applies before its start (the founding of the Party, 3/2/1930: no discipline is older). Added by no one.
insert into badge_discipline_rule (valid_from, source, reprimand_months, warning_months, dismissal_months) values
    ('1930-02-03', 'hướng dẫn trước 2016', 3, 6, 12),
    ('2016-07-25', 'QĐ 29-QĐ/TW', null, 6, 12),
    ('2021-07-30', 'QĐ 24-QĐ/TW', 6, 9, 12);

/* [jooq ignore start] */
create function badge_discipline_rule_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'badge_discipline_rule is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

-- TRUNCATE stays possible: a restore replaces the seeded rows with those of the backup (DatabaseBackup, SeededTable)
create trigger badge_discipline_rule_append_only before update or delete on badge_discipline_rule
    for each row execute function badge_discipline_rule_refuse_change();

-- The audit trail records a version added (AuditKind.BADGE_RULE_ADDED). The allowed kinds are taken from the
-- constraint as it stands, so that the kinds other migrations added stay allowed.
do $$
declare
    allowed text;
begin
    select pg_get_constraintdef(oid) into allowed from pg_constraint
     where conrelid = 'audit_record'::regclass and conname = 'audit_record_kind_check';
    execute 'alter table audit_record drop constraint audit_record_kind_check';
    execute 'alter table audit_record add constraint audit_record_kind_check '
        || replace(allowed, 'ARRAY[', 'ARRAY[''BADGE_RULE_ADDED''::character varying, ');
end
$$;
/* [jooq ignore stop] */
