-- The changes of each day (V33) summed by province too (issue #7), like the movements and the stock (V34): a list of a
-- whole province in the middle of the year read the changes since the year-end organization by organization with the
-- subtree's codes, 85–93 ms p95 for Cần Thơ's 10,727 organizations and 362–374 ms for Hồ Chí Minh City's 44,320 on
-- 30/06/2025; by province they are one range of rows. Kept by the province of each organization on the row's day (its
-- top-level ancestor then, '' for none), in the same statements as the rows by organization
-- (member.internal.StatisticsProjection), and summed again from the day of a move, merge or split on.
create table member_headcount_province_stat (
    province_code  varchar(100)  not null,
    on_date        date          not null,
    total          bigint        not null,
    official       bigint        not null,
    probationary   bigint        not null,
    exempted       bigint        not null,
    primary key (province_code, on_date)
);

/* [jooq ignore start] */
-- the rows by organization summed by province, as StatisticsProjection.HEADCOUNT_BY_PROVINCE does with
-- Organizations.provinceSpansQuery (repeated here, as in V34: a migration does not change with the code)
create temporary table province_span on commit drop as
select o.code, t.code as province_code, greatest(c.valid_from, v.valid_from) as valid_from,
       least(c.valid_to, v.valid_to) as valid_to
from organization_closure c
join organization_version v on v.organization_id = c.ancestor_id and v.parent_id is null
     and v.valid_from < c.valid_to and c.valid_from < v.valid_to
join organization o on o.id = c.descendant_id
join organization t on t.id = c.ancestor_id;

analyze province_span;

insert into member_headcount_province_stat (province_code, on_date, total, official, probationary, exempted)
select coalesce(r.province_code, ''), s.on_date, sum(s.total), sum(s.official), sum(s.probationary), sum(s.exempted)
from member_headcount_stat s
left join province_span r on r.code = s.org_code and r.valid_from <= s.on_date and s.on_date < r.valid_to
group by 1, 2
order by 1, 2;
/* [jooq ignore stop] */
