-- A move, merge or split recorded before its day changes the province of organizations only from that day (issue #7).
-- What carries the province of today — the members' scale-out key (ARCHITECTURE.md data principle 8) and the strays
-- of the lists (V33) — must follow it on that day: the decision lists it here, and organization.Restructurings
-- announces it again once its day has come (at the start and each night), deleting the row in the same transaction.
create table restructuring_effect_due (
    restructuring_id  bigint  not null primary key references restructuring (id),
    effective_on      date    not null,
    codes             text    not null
);

create index restructuring_effect_due_day on restructuring_effect_due (effective_on);
