-- The statistics projection (ARCHITECTURE.md data principle 6, issue #7): summaries read counts kept per organization
-- instead of joining every member's events and periods. Both tables are sums of each member's contribution, computed
-- from the member's file, events and periods; a write takes the member's contribution out before it changes them and
-- puts the new one back after (member.internal.StatisticsProjection), in the same transaction.

-- The events of each day, by the organization the member belonged to on that day (org_code, '' for none) and, for a
-- transfer, the one the member came from (was_code); flags of an admission: 1 female, 2 ethnic minority, 4 aged 18–30.
create table member_movement_stat (
    on_date   date          not null,
    org_code  varchar(100)  not null,
    was_code  varchar(100)  not null,
    type      varchar(20)   not null,
    detail    varchar(30)   not null,
    flags     smallint      not null,
    n         bigint        not null,
    primary key (on_date, org_code, was_code, type, detail, flags)
);

create index member_movement_stat_org on member_movement_stat (org_code, on_date);

-- Official and probationary members of each organization on 31 December of each year of the horizon.
create table member_stock_stat (
    year          integer       not null,
    org_code      varchar(100)  not null,
    total         bigint        not null,
    official      bigint        not null,
    probationary  bigint        not null,
    female        bigint        not null,
    minority      bigint        not null,
    religious     bigint        not null,
    exempted      bigint        not null,
    under30       bigint        not null,
    primary key (year, org_code)
);

-- The years member_stock_stat holds (first_year to last_year); the application extends it to the current year when
-- it starts. Earlier and later year-ends are counted from the members' periods.
create table member_stat_horizon (
    first_year  integer  not null,
    last_year   integer  not null
);

-- Members whose contribution is not in the two tables (being changed in a transaction, or loaded by an import and not
-- yet added): while any is, summaries are counted from the members' rows.
create table member_stat_pending (
    member_id  bigint  primary key
);

/* [jooq ignore start] */
create index member_movement_stat_was on member_movement_stat (was_code, on_date) where was_code <> '';
insert into member_stat_horizon (first_year, last_year) values (2000, 1999);
-- the members already recorded are added when the application next starts
insert into member_stat_pending (member_id) select id from member;
/* [jooq ignore stop] */
