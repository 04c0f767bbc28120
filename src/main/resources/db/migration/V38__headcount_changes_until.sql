-- The last day of any row of member_headcount_stat (an upper bound: a contribution taken out leaves it), so that a
-- list's total on a day whose nearest year-end comes after every recorded change — a list of today in the second half
-- of the year — reads no change at all: probing each organization of a province's subtree for changes there were none
-- of took 45 ms for Cần Thơ's 10,727 organizations and 0.5–1.8 s for Hồ Chí Minh City's 44,320 (issue #7).
alter table member_stat_horizon add column changes_until date;
/* [jooq ignore start] */
update member_stat_horizon set changes_until = (select max(on_date) from member_headcount_stat);
/* [jooq ignore stop] */
