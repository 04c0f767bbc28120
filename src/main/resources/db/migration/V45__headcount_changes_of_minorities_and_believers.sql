-- The members of an ethnic minority and the religious believers among the changes of each day (issue #7), by
-- organization (V33) and by province (V39), as the women are (V44): the year-end's stock counts them already (V26), so
-- that a list of a subtree's ethnic minorities or believers is counted from the projection as its members are, not
-- from each member's file (Hồ Chí Minh City's ethnic minorities: 2.7–2.8 s the page, counted and sorted).
alter table member_headcount_stat add column minority bigint not null default 0;
alter table member_headcount_stat add column religious bigint not null default 0;
alter table member_headcount_province_stat add column minority bigint not null default 0;
alter table member_headcount_province_stat add column religious bigint not null default 0;

-- Every member's contribution is counted again when the application next starts (StatisticsHorizon), the new columns
-- with it, as V44 does.
/* [jooq ignore start] */
truncate member_stock_stat, member_headcount_stat, member_movement_stat, member_stock_province_stat,
         member_movement_province_stat, member_headcount_province_stat, member_stat_pending;
update member_stat_horizon set changes_until = null;
insert into member_stat_pending (member_id) select id from member;
/* [jooq ignore stop] */
