-- The statistics projection (V26) summed once more by province (issue #7): the summary of the whole nation (its 34
-- provinces) joined the year's 1.4 million rows of the organizations with the 507,000 spans of the provinces' subtrees,
-- 2.6–4.0 s, and summed the stock of 352,000 organizations, about 1 s. Kept by the province of each organization on
-- the day (its top-level ancestor then, ARCHITECTURE.md data principle 8): the rows of an organization, and of the one a
-- transfer came from, go to the province each belonged to on the row's day (on 31 December of the stock's year);
-- '' for none. The application keeps them with the rows by organization, in the same statements
-- (member.internal.StatisticsProjection), and sums them again from the day of a move, merge or split on.

create table member_movement_province_stat (
    on_date            date          not null,
    province_code      varchar(100)  not null,
    was_province_code  varchar(100)  not null,
    type               varchar(20)   not null,
    detail             varchar(30)   not null,
    flags              smallint      not null,
    n                  bigint        not null,
    primary key (on_date, province_code, was_province_code, type, detail, flags)
);

create table member_stock_province_stat (
    year           integer       not null,
    province_code  varchar(100)  not null,
    total          bigint        not null,
    official       bigint        not null,
    probationary   bigint        not null,
    female         bigint        not null,
    minority       bigint        not null,
    religious      bigint        not null,
    exempted       bigint        not null,
    under30        bigint        not null,
    primary key (year, province_code)
);

/* [jooq ignore start] */
-- the rows by organization summed by province, as StatisticsProjection.PROVINCE_MOVEMENTS and PROVINCE_STOCK do with
-- Organizations.provinceSpansQuery (repeated here: a migration does not change with the code)
create temporary table province_span on commit drop as
select o.code, t.code as province_code, greatest(c.valid_from, v.valid_from) as valid_from,
       least(c.valid_to, v.valid_to) as valid_to
from organization_closure c
join organization_version v on v.organization_id = c.ancestor_id and v.parent_id is null
     and v.valid_from < c.valid_to and c.valid_from < v.valid_to
join organization o on o.id = c.descendant_id
join organization t on t.id = c.ancestor_id;

analyze province_span;

insert into member_movement_province_stat (on_date, province_code, was_province_code, type, detail, flags, n)
select s.on_date, coalesce(r.province_code, ''), coalesce(w.province_code, ''), s.type, s.detail, s.flags, sum(s.n)
from member_movement_stat s
left join province_span r on r.code = s.org_code and r.valid_from <= s.on_date and s.on_date < r.valid_to
left join province_span w on w.code = s.was_code and w.valid_from <= s.on_date and s.on_date < w.valid_to
group by 1, 2, 3, 4, 5, 6
having sum(s.n) <> 0;

insert into member_stock_province_stat (year, province_code, total, official, probationary, female, minority, religious,
                                        exempted, under30)
select s.year, coalesce(r.province_code, ''), sum(s.total), sum(s.official), sum(s.probationary), sum(s.female),
       sum(s.minority), sum(s.religious), sum(s.exempted), sum(s.under30)
from member_stock_stat s
left join province_span r on r.code = s.org_code
     and r.valid_from <= make_date(s.year, 12, 31) and make_date(s.year, 12, 31) < r.valid_to
group by 1, 2;
/* [jooq ignore stop] */
