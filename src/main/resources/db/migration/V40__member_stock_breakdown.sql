-- The stock's breakdown (issue #7, R-STAT-1): the members of each organization on each year-end of the horizon by
-- age band (all, and women: a dashboard's pyramid), professional level and political theory (a column for none
-- recorded), so that the basic statistics and the pyramid of a province read its organizations' rows of the year
-- instead of every member's file (Hồ Chí Minh City's statistics: 11.4 s). One column per value, named and summed by
-- member.internal.StockBreakdown, in this order. Integers: a count of one organization's members.
alter table member_stock_stat
    add column age_up_to_30               integer  not null default 0,
    add column age_from_31_to_40          integer  not null default 0,
    add column age_from_41_to_50          integer  not null default 0,
    add column age_from_51_to_60          integer  not null default 0,
    add column age_from_61_to_70          integer  not null default 0,
    add column age_over_70                integer  not null default 0,
    add column female_age_up_to_30        integer  not null default 0,
    add column female_age_from_31_to_40   integer  not null default 0,
    add column female_age_from_41_to_50   integer  not null default 0,
    add column female_age_from_51_to_60   integer  not null default 0,
    add column female_age_from_61_to_70   integer  not null default 0,
    add column female_age_over_70         integer  not null default 0,
    add column level_none                 integer  not null default 0,
    add column level_vocational           integer  not null default 0,
    add column level_college              integer  not null default 0,
    add column level_bachelor             integer  not null default 0,
    add column level_master               integer  not null default 0,
    add column level_doctor               integer  not null default 0,
    add column level_unknown              integer  not null default 0,
    add column theory_none                integer  not null default 0,
    add column theory_elementary          integer  not null default 0,
    add column theory_intermediate        integer  not null default 0,
    add column theory_advanced            integer  not null default 0,
    add column theory_unknown             integer  not null default 0;

-- The stock already there is counted again when the application next starts, the new columns with it: emptied, and
-- its horizon's years emptied too (last_year before first_year), which StatisticsHorizon extends to the current year
-- from every member's rows (StatisticsProjection.extendTo), the sums by province with it. Until then no year-end is
-- read from the stock.
/* [jooq ignore start] */
truncate member_stock_stat, member_stock_province_stat;
update member_stat_horizon set last_year = first_year - 1;
/* [jooq ignore stop] */
